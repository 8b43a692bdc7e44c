import { Type, type TSchema } from 'typebox';
import { component } from '../openapi/components.ts';

/** A request amount: a JSON integer of minor units, 1 to 10^15 (no floats, no strings). */
export const AmountInput = Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000, description: 'minor units (kobo, cents, poisha)' });

/** A response amount: minor units as a decimal string, exact for any int64. */
export const AmountOutput = component(
  'MinorUnits',
  Type.String({ pattern: '^-?[0-9]+$', description: 'minor units (kobo, cents, poisha) as a decimal string, exact for any int64', example: '250000' }),
);

/** A response money value as the services send it: the amount as above, in its currency. */
export const MoneyOutput = component(
  'Money',
  Type.Object({ amount: AmountOutput, currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217', example: 'NGN' }) }),
);

export const Uuid = Type.String({ format: 'uuid' });

/** Empty proto strings (not yet assigned, not yet settled) are null in JSON. */
export const NullableString = (description?: string) => Type.Union([Type.String(description ? { description } : {}), Type.Null()]);

export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 });

/**
 * The country filter of the payouts and wallets lists. SPEC section 8 names it `country`; the
 * platform's other lists say `countryCode`. Both lists take either (routes/country-filter.ts reads
 * them), so a client written from either name is served, never refused an "unknown field".
 */
export const CountryFilterQuery = {
  country: Type.Optional({ ...CountryCode, description: 'ISO 3166 country code' }),
  countryCode: Type.Optional({ ...CountryCode, description: 'the same filter as `country`, by the name the other lists use' }),
};

/** A calendar date, YYYY-MM-DD; the format also refuses days that do not exist (2026-02-30). */
export const IsoDate = (description: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date', maxLength: 10, description });

/** Action endpoints that take no input: no body at all, or an empty object (anything else is a 400). */
export const EmptyBody = Type.Object({}, { additionalProperties: false });

const IdempotencyKey = Type.String({
  minLength: 8,
  maxLength: 128,
  pattern: '^[A-Za-z0-9_:.-]+$',
  description:
    'the same key and request answer with the first answer (header Idempotent-Replayed: true, and a body’s replayed field true); another request under the same key is 409 IDEMPOTENCY_KEY_REUSED',
});

/** Money-moving requests that must carry a key (a top-up, a withdrawal, an owed-commission payment). */
export const IdempotencyKeyHeader = Type.Object({ 'idempotency-key': IdempotencyKey }, { additionalProperties: true });

/** Transitions, settlements and decisions, whose own state already makes a repeat harmless: a key is welcome, not required. */
export const OptionalIdempotencyKeyHeader = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) }, { additionalProperties: true });

export const ProblemSchema = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ description: 'a link to the explanation of `code` in the API docs' }),
      title: Type.String({ description: 'the HTTP status in words' }),
      status: Type.Integer({ description: 'the HTTP status' }),
      code: Type.String({ description: 'stable and machine-readable, e.g. PAYOUT_BLOCKED; branch on this, not on `detail`', example: 'PAYOUT_BLOCKED' }),
      detail: Type.Optional(Type.String({ description: 'for people; may change' })),
      reasons: Type.Optional(Type.Array(Type.String(), { description: 'every business rule that refused the request, as stable codes' })),
      errors: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String({ description: 'as the request names it: `email`, or `residenceAddress.city` inside an object' }),
            message: Type.String({ description: 'what is wrong with it, for people; may change' }),
          }),
          { description: 'on VALIDATION_FAILED, INVALID_FIELD, INVALID_DATE and INVALID_ARGUMENT: each field at fault, so a form can say it beside the field' },
        ),
      ),
      instance: Type.Optional(Type.String({ description: 'the request id (also the x-request-id header); quote it to support' })),
    },
    { description: 'RFC 9457 problem details' },
  ),
);

export const Page = component(
  'Page',
  Type.Object({ nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'pass as `cursor` for the next page; null on the last page' }) }),
);

/**
 * A name or an address line: one line that says something (a line break or tab would break it on a
 * receipt or a list). Spaces, then the first non-space, then the rest of the line: each character has
 * one place to match, so a long input is refused in linear time (TypeBox checks a pattern even past
 * maxLength when it lists the errors).
 */
export const ONE_LINE_PATTERN = '^[^\\S\\n\\r\\t]*\\S[^\\n\\r\\t]*$';
export const OneLineText = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: ONE_LINE_PATTERN, ...(description ? { description } : {}) });

/** The cursor of a list paged by ids (trips, payouts, users, wallets): a UUID, checked here so a bad one is the same 400 on every list. */
export const ID_CURSOR_PATTERN = '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$';
/** The cursor of a list paged by sequence numbers (a wallet's transactions, notifications, the audit trail). */
export const SEQUENCE_CURSOR_PATTERN = '^[0-9]{1,19}$';

const pageQuery = (cursorPattern: string) => ({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'items per page; 20 when omitted' })),
  cursor: Type.Optional(Type.String({ maxLength: 64, pattern: cursorPattern, description: 'the `page.nextCursor` of the previous page' })),
});
/** The query of a list paged by ids. */
export const PageQuery = pageQuery(ID_CURSOR_PATTERN);
/** The query of a list paged by sequence numbers. */
export const SequencePageQuery = pageQuery(SEQUENCE_CURSOR_PATTERN);

/** Error responses every route documents. */
export const errorResponses = (...statuses: number[]): Record<number, TSchema> => Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));
