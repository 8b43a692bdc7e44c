import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { NEW_ACCOUNT_EMAIL_PATTERN } from '@ziba/contracts';
import { ID_CURSOR_PATTERN, ONE_LINE_PATTERN, SEQUENCE_CURSOR_PATTERN } from '../schemas/common.ts';

// A minus sign is read too, so `limit=-1` is told its bound (must be >= 1), not that it is no whole number.
const DIGITS = /^-?[0-9]{1,15}$/;

/** The names of a query schema's integer parameters. */
function integerParams(schema: TSchema): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {};
  return Object.entries(properties)
    .filter(([, p]) => p.type === 'integer')
    .map(([name]) => name);
}

/**
 * What no text field takes:
 * - NUL (no stored text can hold one; PostgreSQL would fail on it);
 * - the other control characters but tab and line breaks, half of a surrogate pair (no character at
 *   all), the noncharacters U+FFFE and U+FFFF;
 * - the invisible marks that change how text reads without showing: zero-width space, the
 *   direction marks, embeddings, overrides and isolates (a name would display otherwise than it is
 *   stored), word joiners and the byte-order mark. The joiners U+200C and U+200D stay: Bengali
 *   and emoji need them;
 * - text with something in it but nothing visible (only joiners, combining marks or fillers): it
 *   would show as a blank name.
 */
const HIDDEN = /[^\P{Cc}\t\n\r]|\p{Cs}|[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;
/** A character that shows: a letter, digit, punctuation or symbol, but the Hangul fillers (letters that draw nothing). */
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0])[\p{L}\p{N}\p{P}\p{S}]/u;
const HIDDEN_CHARACTERS: ReadonlyArray<{ keyword: string; found: (text: string) => boolean; message: string }> = [
  { keyword: 'nul', found: (text) => text.includes('\u0000'), message: 'must not contain a NUL character' },
  { keyword: 'hidden', found: (text) => HIDDEN.test(text), message: 'must not contain control characters, invisible characters or text-direction overrides' },
  { keyword: 'invisible', found: (text) => /\S/.test(text) && !VISIBLE.test(text), message: 'must contain a visible character' },
];

/**
 * A password is a secret, not text anyone reads: only NUL is refused in it, so an account whose
 * password holds another character the rules above refuse can still sign in.
 */
const SECRET = /password$/i;

/** Where in the input a hidden character is, as a JSON pointer, and which rule it breaks; null when there is none. */
function hiddenCharacterAt(value: unknown, path = ''): { at: string; keyword: string; message: string } | null {
  if (typeof value === 'string') {
    const rules = SECRET.test(path) ? HIDDEN_CHARACTERS.slice(0, 1) : HIDDEN_CHARACTERS;
    const broken = rules.find((h) => h.found(value));
    return broken ? { at: path || '/', keyword: broken.keyword, message: broken.message } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = hiddenCharacterAt(inner, `${path}/${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * The property names of a params or headers schema when converting its input can change nothing:
 * an object of string properties only, named plainly (TypeBox's Convert matches property names as
 * regular expressions), with no schema for additional properties. Null when Convert may change it.
 */
function stringProperties(schema: TSchema): string[] | null {
  if (!Type.IsObject(schema) || typeof (schema as { additionalProperties?: unknown }).additionalProperties === 'object') return null;
  const entries = Object.entries(schema.properties as Record<string, TSchema>);
  return entries.every(([name, p]) => /^[A-Za-z0-9_-]+$/.test(name) && Type.IsString(p)) ? entries.map(([name]) => name) : null;
}

interface ValidationError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

/** What a pattern means, said instead of the pattern itself (a client shows these words to people). */
const PATTERN_MEANINGS: Record<string, string> = {
  [NEW_ACCOUNT_EMAIL_PATTERN]: "must be an email address: letters, digits and . _ % + - ' before the @, a domain such as example.com after it",
  '\\S': 'must not be blank',
  '\\S[\\s\\S]+\\S': 'must be at least 3 characters, not counting spaces at the ends',
  '^[0-9 -]{6,30}$': 'must be 6 to 20 digits (spaces and dashes are fine)',
  '^[A-Z]{2}$': 'must be a two-letter country code in capitals, such as NG',
  '^[A-Z]{3}$': 'must be a three-letter currency code in capitals, such as NGN',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date written YYYY-MM-DD',
  [ONE_LINE_PATTERN]: 'must be one line of text, not blank',
  [ID_CURSOR_PATTERN]: 'must be the page.nextCursor of the previous page',
  [SEQUENCE_CURSOR_PATTERN]: 'must be the page.nextCursor of the previous page',
};

/**
 * TypeBox's errors as a client reads them. It reports an unknown field twice: "schema is false" at the
 * field, and "must not have additional properties" on its object; one line names the field instead.
 * A long pattern is said in words (PATTERN_MEANINGS).
 */
function readableErrors<R>(result: R): R {
  const errors = (result as { error?: ValidationError[] }).error;
  if (!Array.isArray(errors)) return result;
  return {
    error: errors
      .filter((e) => !(e.keyword === 'boolean' && e.schemaPath.endsWith('/additionalProperties')))
      .map((e) => {
        const names = e.keyword === 'additionalProperties' ? (e.params.additionalProperties as string[] | undefined) : undefined;
        if (names?.length) return { ...e, message: `has ${names.length > 1 ? 'unknown fields' : 'an unknown field'}: ${names.join(', ')}` };
        const meaning = e.keyword === 'pattern' ? PATTERN_MEANINGS[String(e.params.pattern)] : undefined;
        return meaning ? { ...e, message: meaning } : e;
      }),
  } as R;
}

/**
 * TypeBox validation, with two rules for every input:
 * - a hidden character (HIDDEN_CHARACTERS: NUL, controls, invisible marks, text that shows nothing) is refused anywhere;
 * - a query string carries only text, so an integer query parameter (`?limit=50`) is read as a number
 *   when it is plain digits, and refused by its schema otherwise. Nothing else is coerced.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  const validate = TypeBoxValidatorCompiler(route);
  const integers = route.httpPart === 'querystring' ? integerParams(route.schema) : [];
  // TypeBoxValidatorCompiler converts every part but the body (Value.Convert, which walks the schema
  // on each call: about 4% of the gateway's CPU profile in bench e2e) before its compiled check. For
  // path parameters and headers whose schema has only strings, and whose values are strings (always,
  // for params; for headers but set-cookie), that conversion returns its input: check it directly.
  const strings = route.httpPart === 'params' || route.httpPart === 'headers' ? stringProperties(route.schema) : null;
  const check = strings ? Compile(route.schema) : null;
  return (data: unknown) => readableErrors(validateInput(data));
  function validateInput(data: unknown) {
    const hidden = route.httpPart === 'headers' ? null : hiddenCharacterAt(data);
    if (hidden) return { error: [{ instancePath: hidden.at, schemaPath: '', keyword: hidden.keyword, params: {}, message: hidden.message }] };
    if (check && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const input = data as Record<string, unknown>;
      if (strings!.every((name) => input[name] === undefined || typeof input[name] === 'string') && check.Check(input)) return { value: input };
    }
    if (!integers.length || typeof data !== 'object' || data === null) return validate(data);
    const query = { ...(data as Record<string, unknown>) };
    for (const name of integers) {
      const value = query[name];
      if (typeof value !== 'string') continue;
      // Not left to the compiler's conversion, which reads "1.5" as 1.
      if (!DIGITS.test(value)) return { error: [{ instancePath: `/${name}`, schemaPath: '', keyword: 'type', params: {}, message: 'must be a whole number' }] };
      query[name] = Number(value);
    }
    return validate(query);
  }
};
