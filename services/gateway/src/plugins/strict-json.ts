import { AppError } from '@ziba/service-kit/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * What JSON.parse lets through and this API refuses, in a body already parsed (so well-formed):
 * - a key given twice in one object: the last would win in silence, so two readers of one body (a
 *   proxy, a log, this gateway) could disagree on an amount;
 * - a number written with a fraction or an exponent (`1e3`, `100.0`): every number the API takes is a
 *   whole number (minor units, counts), and one spelling of each keeps requests and their
 *   Idempotency-Key fingerprints unambiguous; nor beyond 2^53, where it would be read rounded.
 * Null when the body has neither.
 */
export function strictJsonProblem(text: string): string | null {
  // One entry per open container: the keys seen so far in an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (keys && keyNext) {
        // Decoded, so "\u0061mount" is the same key as "amount".
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return `the key "${key.slice(0, 60)}" is given twice`;
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === '{') {
      open.push(new Set());
      keyNext = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      keyNext = open.at(-1) != null;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let end = i;
      while (end < text.length && '+-.0123456789eE'.includes(text[end]!)) end++;
      const literal = text.slice(i, end);
      if (/[.eE]/.test(literal)) return `the number ${literal.slice(0, 40)} must be a whole number written in digits`;
      // Beyond 2^53 JSON.parse rounds; each field's maximum refuses such values, and this says why.
      if (!Number.isSafeInteger(Number(literal))) return `the number ${literal.slice(0, 40)} is too large to be read exactly`;
      i = end - 1;
    }
  }
  return null;
}

/** A body the API refuses for its media type (415 UNSUPPORTED_MEDIA_TYPE, plugins/problem.ts), with what to send instead. */
const unsupportedMedia = (detail: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(detail), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', headers });

/**
 * The gateway decodes no content-coding, so a body sent with one (`Content-Encoding: gzip`) would be
 * read as if it were not encoded: refused as 415, with `Accept-Encoding: identity` (RFC 9110 15.5.16),
 * before anything reads it. Null for no Content-Encoding, or `identity`. Every body parser calls this
 * (this one, and the payout webhooks' own).
 */
export function contentEncodingRefusal(request: Pick<FastifyRequest, 'headers'>): Error | null {
  const given = request.headers['content-encoding'];
  if (given === undefined) return null;
  const codings = String(given)
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  if (codings.every((c) => c === 'identity')) return null;
  return unsupportedMedia(`the body must not be content-encoded (Content-Encoding: ${String(given).slice(0, 40)}); send it as it is`, {
    'accept-encoding': 'identity',
  });
}

/** `charset=...` of a Content-Type, lower-cased; null when none is given. */
const charsetOf = (contentType: string | undefined): string | null => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;

/**
 * The API's JSON parser: Fastify's own (which refuses `__proto__` and `constructor.prototype`), then
 * the checks above. JSON is UTF-8 (RFC 8259); a body declared in another charset, or content-encoded, is 415.
 */
export function registerStrictJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const encoded = contentEncodingRefusal(request);
    if (encoded) return done(encoded, undefined);
    const charset = charsetOf(request.headers['content-type']);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') return done(unsupportedMedia('send JSON in UTF-8 (charset=utf-8, or no charset)'), undefined);
    parse(request, body as string, (err, value) => {
      if (err) return done(err, undefined);
      const problem = strictJsonProblem(body as string);
      if (problem) return done(new AppError('INVALID', 'VALIDATION_FAILED', `body ${problem}`), undefined);
      done(null, value);
    });
  });
}
