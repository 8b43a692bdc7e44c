import type { Problem } from '@ziba/api-client';
import { problemWords } from './problem-words.ts';

/** A refused form's problem, split: plain words for each field it names, and sentences for the rest. */
export interface FieldProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  /** What names no field of the form; empty when every part of the problem went on a field. */
  other: string[];
}

/** One part of a problem: the field it names as the request does (`dateOfBirth`), and the server's words for it. */
interface Part {
  field: string | null;
  message: string;
}

/**
 * Refusals that name no field in their detail, by code: the field they are about (its detail says
 * what is wrong in words: "a US bank code is the bank’s 9-digit ABA routing number").
 */
const FIELD_OF_CODE: Record<string, string> = {
  INVALID_EMAIL: 'email',
  WEAK_PASSWORD: 'password',
  EMAIL_TAKEN: 'email',
  // A payout account (POST /api/{earner}/bank-account): the fields as the request names them.
  INVALID_BANK_CODE: 'bankCode',
  INVALID_ACCOUNT_NUMBER: 'accountNumber',
  METHOD_NOT_OFFERED: 'provider',
  // An identity document (POST /api/me/identity-documents): its detail names the type first ("NIN: a NIN has 11 digits").
  INVALID_DOCUMENT_NUMBER: 'documentNumber',
  DOCUMENT_EXPIRED: 'expiryDate',
  DOCUMENT_NOT_ISSUED_IN_COUNTRY: 'documentType',
};

/** The start of a detail that names what the field already shows: its own name, or a document's type. */
const DETAIL_PREFIX = /^[A-Za-z_0-9]+: /;

/** What a code says of its field, when its detail is not the words to show. */
const WORDS_OF_CODE: Record<string, string> = {
  EMAIL_TAKEN: 'An account with this email already exists. Sign in instead.',
};

/**
 * The parts of a problem: the fields the server names in `errors` (VALIDATION_FAILED, INVALID_FIELD,
 * INVALID_DATE), or for a code about one field (INVALID_EMAIL, ...), that field with the detail.
 */
function partsOf(problem: Problem): Part[] {
  const byCode = FIELD_OF_CODE[problem.code];
  // Their detail starts with the field's name: "password must be 10 to 200 characters".
  if (byCode)
    return [
      { field: byCode, message: WORDS_OF_CODE[problem.code] ?? (problem.detail ?? '').replace(new RegExp(`^${byCode} `), '').replace(DETAIL_PREFIX, '') },
    ];
  return (problem.errors ?? []).map((e) => ({ field: e.field, message: e.message }));
}

/** The server's words for a field's fault, as a person would say them; the fallback keeps its meaning. */
const PLAIN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is required$|^must match pattern "\\S"$|^must not have fewer than 1 characters?$/, () => 'Fill this in.'],
  [/^must not have fewer than (\d+) characters$/, (m) => `Use at least ${m[1]} characters.`],
  [/^must not have more than (\d+) characters$/, (m) => `Use at most ${m[1]} characters.`],
  [/^must be (\d+) to (\d+) characters$/, (m) => `Use ${m[1]} to ${m[2]} characters.`],
  [/^must be at most (\d+) characters$/, (m) => `Use at most ${m[1]} characters.`],
  [/^must be an email address|^is not a valid address$/, () => 'Enter an email address like name@example.com.'],
  [/^must not contain control characters$/, () => 'Remove the special characters.'],
  [/^account holders must be at least (\d+)$/, (m) => `You must be at least ${m[1]} to hold an account.`],
  [/^is in the future$/, () => 'This date is in the future.'],
  [/^is before (\d{4})$/, (m) => `Enter a date from ${m[1]} on.`],
  [/^must be a date|^is not a calendar date$|^must match pattern "\^\[0-9\]\{4\}-/, () => 'Enter a real date.'],
  [/^must match pattern/, () => 'This is not in the expected form.'],
];

/** A field's fault in plain words: a known rule as a sentence; another as the server said it, as a sentence. */
export function plainFieldWords(message: string): string {
  for (const [rule, words] of PLAIN) {
    const m = rule.exec(message);
    if (m) return words(m);
  }
  const sentence = /^(must|is|has) /.test(message) ? `This ${message}` : `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * A refused form's problem, each part on the field it names (`fields`, the form's fields by the
 * request's names; `aliases` for other names the server uses for them), in plain words, the first
 * part per field. What names none of them stays a sentence in `other`; a problem tied to no field at
 * all is said as everywhere else (problemWords).
 */
export function problemOnFields<F extends string>(
  problem: Problem | undefined,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): FieldProblems<F> {
  if (!problem) return { fields: {}, other: problemWords(problem) };
  const known = (name: string | null): F | undefined =>
    name === null ? undefined : (fields as readonly string[]).includes(name) ? (name as F) : aliases[name];
  const result: FieldProblems<F> = { fields: {}, other: [] };
  const parts = partsOf(problem);
  for (const part of parts) {
    const field = known(part.field);
    if (field === undefined) result.other.push(plainFieldWords(part.field ? `${part.field} ${part.message}` : part.message));
    else result.fields[field] ??= plainFieldWords(part.message);
  }
  if (!Object.keys(result.fields).length) return { fields: {}, other: problemWords(problem) };
  return result;
}

/** The first field of `order` with a problem, to put the focus on. */
export const firstProblemField = <F extends string>(order: readonly F[], fields: Partial<Record<F, string>>): F | undefined => order.find((f) => fields[f]);
