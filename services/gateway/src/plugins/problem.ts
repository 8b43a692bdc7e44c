import { downstreamOf } from '@ziba/service-kit';
import { AppError, isAppError, isFault } from '@ziba/service-kit/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Duplex } from 'node:stream';
import { problemAnchor, PROBLEMS } from '../openapi/problem-catalogue.ts';
import { allowedMethods } from './allowed-methods.ts';
import type { SpaFallback } from './web-ui.ts';

/** RFC 9457 problem details with a stable `code`; never a stack trace or an internal message. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  reasons?: string[];
  /** The fields at fault, each with what is wrong with it: a form puts each message on its field. */
  errors?: FieldError[];
  instance?: string;
}

export interface FieldError {
  /** As the request names it: `email`, or `residence.city` inside an object. */
  field: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  414: 'URI Too Long',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * What the log says of a fault, so a 503 or 500 can be traced to its cause: the answer's code and, for
 * a gRPC call, the service, the method, the gRPC status code and its text (made safe by the client:
 * digits of account or document numbers masked). Never the request or the downstream's payload.
 */
export function faultFields(err: AppError): { code: string; target?: string; method?: string; grpcCode?: string | null; details?: string } {
  const downstream = downstreamOf(err);
  return downstream ? { code: err.code, ...downstream } : { code: err.code, details: err.message };
}

/** `problemsPage`: where `type` links point, this gateway's /docs/problems, where every code is explained. */
function problem(
  problemsPage: string,
  status: number,
  code: string,
  instance: string | undefined,
  detail?: string,
  reasons?: string[],
  errors?: FieldError[],
): Problem {
  const body: Problem = { type: `${problemsPage}#${problemAnchor(code)}`, title: TITLES[status] ?? 'Error', status, code };
  if (instance) body.instance = instance;
  if (detail) body.detail = detail;
  if (reasons?.length) body.reasons = reasons;
  if (errors?.length) body.errors = errors;
  return body;
}

/** A schema error's field: its JSON pointer as a dotted path, and for a missing one the name it lacks. */
function fieldErrorsOf(validation: readonly { instancePath?: string; keyword?: string; params?: Record<string, unknown>; message?: string }[]): FieldError[] {
  return validation.flatMap((e) => {
    const at = (e.instancePath ?? '').split('/').filter(Boolean).join('.');
    const missing = e.keyword === 'required' ? (e.params?.requiredProperties as string[] | undefined) : undefined;
    if (missing?.length) return missing.map((name) => ({ field: at ? `${at}.${name}` : name, message: 'is required' }));
    const unknown = e.keyword === 'additionalProperties' ? (e.params?.additionalProperties as string[] | undefined) : undefined;
    if (unknown?.length) return unknown.map((name) => ({ field: at ? `${at}.${name}` : name, message: 'is not a field this request takes' }));
    return at ? [{ field: at, message: e.message ?? 'is not valid' }] : [];
  });
}

/**
 * The field a refusal's words name: services word one as "<field>: <why>" (identity's INVALID_FIELD
 * and INVALID_DATE) or "<field> must ..." (INVALID_ARGUMENT: the trip service's lines of an order),
 * the gateway's own checks beyond the schema as "<where> <field> must ..." (a date range the wrong
 * way round).
 */
function namedFieldOf(code: string, detail: string): FieldError[] | undefined {
  const named =
    code === 'INVALID_FIELD' || code === 'INVALID_DATE'
      ? /^([A-Za-z][\w.]*): (.+)$/.exec(detail)
      : code === 'VALIDATION_FAILED'
        ? /^(?:body|querystring|params|headers) ([A-Za-z_][\w.]*) (must .+)$/.exec(detail)
        : code === 'INVALID_ARGUMENT'
          ? /^([A-Za-z][\w.]*) (must .+)$/.exec(detail)
          : null;
  return named ? [{ field: named[1]!, message: named[2]! }] : undefined;
}

function sendProblem(
  problemsPage: string,
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  detail?: string,
  reasons?: string[],
  errors?: FieldError[],
): FastifyReply {
  // Busy, briefly unavailable, or still at work on it: a client may come back in a second (with the same
  // Idempotency-Key). Such an answer is not kept as the key's answer (plugins/idempotency.ts).
  if (status === 503 || PROBLEMS[code]?.retryShortly) reply.header('retry-after', '1');
  // RFC 9110 (15.5.2): a 401 names the scheme that would authenticate.
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="ziba"');
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problem(problemsPage, status, code, request.id, detail, reasons, errors));
}

/**
 * Problems for what fails before a route is found (the Fastify `frameworkErrors` option): a malformed
 * URL escape (400 BAD_URL) or a path segment longer than any id (414 URI_TOO_LONG).
 */
export function frameworkProblems(publicBaseUrl: string) {
  const page = `${publicBaseUrl}/docs/problems`;
  return (err: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? sendProblem(page, reply, request, 414, 'URI_TOO_LONG', 'a path segment is longer than any id')
      : sendProblem(page, reply, request, 400, 'BAD_URL', 'the URL is malformed');
}

/**
 * Problems for what fails before a request is even parsed (Node's `clientError`): headers too large
 * (431), or bytes that are not HTTP (400). The socket gets a complete problem+json answer and closes.
 */
export function clientErrorProblems(publicBaseUrl: string) {
  const page = `${publicBaseUrl}/docs/problems`;
  return (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const [status, code, detail] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'HEADERS_TOO_LARGE', 'the request headers are too large'] : [400, 'BAD_REQUEST', 'the request is malformed'];
    const body = JSON.stringify(problem(page, status, code, undefined, detail));
    socket.end(
      `HTTP/1.1 ${status} ${TITLES[status] ?? 'Error'}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  };
}

const CURSOR_REFUSAL = 'must be the page.nextCursor of the previous page';

export function registerProblemHandlers(app: FastifyInstance, publicBaseUrl: string, spaFallback: SpaFallback | null = null): void {
  const page = `${publicBaseUrl}/docs/problems`;
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    if (isAppError(err)) {
      if (isFault(err)) request.log.warn(faultFields(err), 'downstream failure');
      // A downstream's internal message is not for clients; domain refusals are written for them.
      const detail = err.kind === 'INTERNAL' ? 'the request could not be completed' : err.message;
      // A refusal that knows when to come back says so (a throttled sign-in).
      const retryAfter = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      // A service's refusal of a page cursor (well formed, but none this list gave) is said as the
      // gateway's own refusal of a malformed one: any bad cursor is one code and one sentence.
      if (err.code === 'INVALID_ARGUMENT' && detail.startsWith('cursor '))
        return sendProblem(page, reply, request, 400, 'VALIDATION_FAILED', `querystring cursor ${CURSOR_REFUSAL}`, undefined, [
          { field: 'cursor', message: CURSOR_REFUSAL },
        ]);
      return sendProblem(page, reply, request, err.httpStatus, err.code, detail, err.reasons, namedFieldOf(err.code, detail));
    }
    const fe = err as FastifyError;
    if (fe.validation)
      return sendProblem(
        page,
        reply,
        request,
        400,
        'VALIDATION_FAILED',
        // Fastify joins the errors as "querystring/from must ..., querystring/to must ...": each one worded alike.
        fe.message.replace(/(^|, )(body|querystring|params|headers)\/?\s*/g, '$1$2 '),
        undefined,
        fieldErrorsOf(fe.validation),
      );
    if (fe.statusCode === 429) return sendProblem(page, reply, request, 429, 'RATE_LIMITED', 'too many requests; slow down');
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // What to send instead, where the refusal says (a content-coded body: Accept-Encoding: identity).
      const headers = (fe as { headers?: Record<string, string> }).headers;
      if (headers) reply.headers(headers);
      const code =
        fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'UNSUPPORTED_MEDIA_TYPE' : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'BODY_TOO_LARGE' : 'BAD_REQUEST';
      return sendProblem(page, reply, request, fe.statusCode, code, code === 'BAD_REQUEST' ? 'the request is malformed' : fe.message);
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(page, reply, request, 500, 'INTERNAL', 'the request could not be completed');
  });
  // A known path asked with another method is 405, with what it takes. A browser's navigation to a
  // page of the web UI gets the UI; anything else (and all of /api) a 404 problem.
  const methodsOf = allowedMethods(app);
  app.setNotFoundHandler((request, reply) => {
    const allowed = methodsOf(request.url.split('?')[0]!);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(page, reply, request, 405, 'METHOD_NOT_ALLOWED', `this endpoint takes ${allowed.join(', ')}`);
    }
    return spaFallback?.(request, reply) ?? sendProblem(page, reply, request, 404, 'ROUTE_NOT_FOUND', 'no such endpoint');
  });
}
