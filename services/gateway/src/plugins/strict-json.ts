import { AppError } from '@ziba/service-kit/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A refused body: the field at fault as a dotted path (`items.0.quantity`; empty at the top), and why. */
export interface StrictJsonProblem {
  field: string;
  message: string;
}

/**
 * What JSON.parse lets through and this API refuses, in a body already parsed (so well-formed):
 * - a key given twice in one object: the last would win in silence, so two readers of one body (a
 *   proxy, a log, this gateway) could disagree on an amount;
 * - a number written with a fraction or an exponent (`1e3`, `100.0`): every number the API takes is a
 *   whole number (minor units, counts), and one spelling of each keeps requests and their
 *   Idempotency-Key fingerprints unambiguous; nor beyond 2^53, where it would be read rounded.
 * Null when the body has neither.
 */
export function strictJsonProblem(text: string): StrictJsonProblem | null {
  // One entry per open container: an object's keys seen so far and the key being read, or an array's index.
  const open: Array<{ keys: Set<string>; at: string } | { keys: null; at: number }> = [];
  const fieldAt = () => open.map((o) => o.at).join('.');
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = open.at(-1);
      if (top?.keys && keyNext) {
        // Decoded, so "\u0061mount" is the same key as "amount".
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.at = key.slice(0, 60);
        if (top.keys.has(key)) return { field: fieldAt(), message: 'must be given once: the key is given twice' };
        top.keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === '{') {
      open.push({ keys: new Set(), at: '' });
      keyNext = true;
    } else if (c === '[') {
      open.push({ keys: null, at: 0 });
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      const top = open.at(-1);
      if (top?.keys) keyNext = true;
      else if (top) top.at++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let end = i;
      while (end < text.length && '+-.0123456789eE'.includes(text[end]!)) end++;
      const literal = text.slice(i, end);
      const shown = literal.slice(0, 40);
      if (/[.eE]/.test(literal)) return { field: fieldAt(), message: `must be a whole number written in digits, not ${shown}` };
      // Beyond 2^53 JSON.parse rounds; each field's maximum refuses such values, and this says why.
      if (!Number.isSafeInteger(Number(literal)))
        return { field: fieldAt(), message: `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} to be read exactly, not ${shown}` };
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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** The body as text, or null when its bytes are not UTF-8. */
function utf8Of(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/**
 * Where a body that is well-formed JSON holds `__proto__`, or `constructor` with a `prototype`, which
 * Fastify's parser refuses as not JSON at all: the key's path (items.0.__proto__, each key cut to 60
 * characters as strictJsonProblem cuts them); null for a body that is not JSON, or holds neither.
 * Walked with a stack, not recursion: any depth of nesting a body can hold is searched.
 */
export function reservedKeyIn(body: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    for (const [key, inner] of Object.entries(v)) {
      const here = path ? `${path}.${key.slice(0, 60)}` : key.slice(0, 60);
      if (key === '__proto__' || (key === 'constructor' && typeof inner === 'object' && inner !== null && Object.hasOwn(inner, 'prototype')))
        return here.length > 200 ? `…${here.slice(-199)}` : here;
      stack.push([inner, here]);
    }
  }
  return null;
}

/**
 * The API's JSON parser: Fastify's own (which refuses `__proto__` and `constructor.prototype`), then
 * the checks above. JSON is UTF-8 (RFC 8259); a body declared in another charset, or content-encoded, is 415.
 */
export function registerStrictJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    const encoded = contentEncodingRefusal(request);
    if (encoded) return done(encoded, undefined);
    const charset = charsetOf(request.headers['content-type']);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') return done(unsupportedMedia('send JSON in UTF-8 (charset=utf-8, or no charset)'), undefined);
    // No bytes is no body, whatever the header says (many clients send the header on every request):
    // a route that takes none, or an empty one, goes on; one that needs a body names it missing.
    if ((raw as Buffer).length === 0) return done(null, undefined);
    const body = utf8Of(raw as Buffer);
    // A byte that is not UTF-8 would otherwise be read as U+FFFD and stored as such: the text saved would not be the text sent.
    if (body === null) return done(new AppError('INVALID', 'VALIDATION_FAILED', 'the body is not valid UTF-8 text; send JSON in UTF-8'), undefined);
    parse(request, body, (err, value) => {
      // Well-formed JSON refused: a key that would poison a prototype, refused by name as a field is.
      let reserved: string | null = null;
      try {
        reserved = err ? reservedKeyIn(body) : null;
      } catch {
        // Naming the key is a courtesy: whatever stops it, the body is refused as Fastify refused it.
      }
      if (reserved !== null) return done(new AppError('INVALID', 'VALIDATION_FAILED', `body ${reserved} must not be sent: it is a reserved key`), undefined);
      if (err) return done(err, undefined);
      const problem = strictJsonProblem(body);
      // Worded as a schema refusal ("body <field> must ..."), so the problem's errors[] names the field.
      if (problem) return done(new AppError('INVALID', 'VALIDATION_FAILED', `body ${problem.field ? `${problem.field} ` : ''}${problem.message}`), undefined);
      done(null, value);
    });
  });
}
