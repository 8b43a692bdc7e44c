import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { decimalString, isCurrencyCode } from '@ziba/money';
import { callOptions, requirePermission, requireStaff } from '../plugins/auth.ts';
import { errorResponses, MoneyOutput, NullableString, Page, SEQUENCE_CURSOR_PATTERN } from '../schemas/common.ts';
import { operation } from '../openapi/operation.ts';
import { StringEnum } from '../schemas/enums.ts';
import { component } from '../openapi/components.ts';
import type { RouteDeps } from './route-deps.ts';
import { requireOrderedDates } from './query-ranges.ts';
import { emailsOf } from './user-lookups.ts';

const AuditRecordSchema = component(
  'AuditRecord',
  Type.Object({
    seq: Type.String(),
    eventId: Type.String(),
    eventType: Type.String(),
    action: Type.String(),
    actorType: Type.String(),
    actorId: Type.String(),
    actorEmail: NullableString('the acting user’s email; null when the actor is a service or the system'),
    entityType: Type.String(),
    entityId: Type.String(),
    amount: Type.Union([MoneyOutput, Type.Null()]),
    correlationId: Type.String(),
    occurredAt: Type.String(),
    hash: Type.String(),
    fromState: NullableString('a status change (payout, trip, payout account): the status before it; null for a first status or any other action'),
    toState: NullableString(
      'a status change (payout, trip, payout account: VERIFIED, PENDING_REVIEW, REJECTED): the status after it; a user’s status change: what changed (BLOCKED, UNBLOCKED, DRIVER_SUSPENDED, DRIVER_REINSTATED); an admin account’s change (ADMIN_ACCESS_CHANGED): ADMIN_CREATED, PERMISSIONS_CHANGED, SIGN_INS_ENDED or TOKENS_ENDED; null for any other action',
    ),
    changes: Type.Array(
      Type.Object({
        field: Type.String({
          description:
            'the setting’s field, as the API names it (a tariff’s baseFare, perKm, minimumFare; a menu item’s name, price, available; a commission rule version’s serviceType, countryCode, paymentMethod, bps, effectiveFrom; an admin’s permissions, comma-separated)',
        }),
        from: NullableString('null for a first value'),
        to: Type.String({ description: 'money in minor units of `currency`; available as true or false' }),
        currency: NullableString('the currency of a money value; null for a value that is no money'),
      }),
      {
        description:
          'a setting changed (a tariff’s prices, a menu item; a commission rule’s new version: which rule, the rate it replaces and from when; an admin’s permissions): each value that moved, from and to; empty for any other action',
      },
    ),
    reason: NullableString(
      'why, in the actor’s words, where the action records it (an admin’s cancel of a trip or release of a fare hold, a KYC decision, a payout account’s review, a user blocked or suspended); null otherwise',
    ),
  }),
);
/** A record's status change and reason as JSON says them: null where the message has '' (none). */
const stateChangeJson = (r: { fromState: string; toState: string; reason: string }) => ({
  fromState: r.fromState || null,
  toState: r.toState || null,
  reason: r.reason || null,
});
/** A record's setting changes as JSON says them: null where the message has '' (a first value, no currency). */
const changesJson = (r: { changes: Array<{ field: string; from: string; to: string; currency: string }> }) =>
  r.changes.map((c) => ({ field: c.field, from: c.from || null, to: c.to, currency: c.currency || null }));

/** What the list and the export filter by, beside the dates. */
const AuditFilters = {
  entityType: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z_]+$' })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  actorId: Type.Optional(Type.String({ maxLength: 100 })),
  action: Type.Optional(Type.String({ maxLength: 60, pattern: '^[A-Z_]+$' })),
};
const filtersOf = (q: { entityType?: string; entityId?: string; actorId?: string; action?: string }) => ({
  entityType: q.entityType ?? '',
  entityId: q.entityId ?? '',
  actorId: q.actorId ?? '',
  action: q.action ?? '',
});

const AuditQuery = Type.Object(
  {
    ...AuditFilters,
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'records per page; 50 when omitted' })),
    cursor: Type.Optional(Type.String({ pattern: SEQUENCE_CURSOR_PATTERN })),
  },
  { additionalProperties: false },
);

/**
 * The audit trail for finance and compliance (SPEC section 7): read-only, for admins who may read
 * money (VIEW_PAYOUTS, VIEW_WALLETS or VIEW_EARNINGS_REPORTS); the audit service checks it is staff.
 */
export const adminAuditRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];
  const readers = () => [requirePermission('VIEW_PAYOUTS', 'VIEW_WALLETS', 'VIEW_EARNINGS_REPORTS')];

  app.get(
    '/api/admin/audit',
    {
      preHandler: readers(),
      schema: {
        ...operation(
          'listAuditRecords',
          'The audit trail (VIEW_PAYOUTS, VIEW_WALLETS or VIEW_EARNINGS_REPORTS)',
          'Append-only records of every money movement, payout transition, settlement and account change, newest first.',
        ),
        tags,
        security,
        querystring: AuditQuery,
        response: { 200: Type.Object({ records: Type.Array(AuditRecordSchema), page: Page }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      requireOrderedDates(q);
      const r = await clients.audit.call(
        'ListAuditRecords',
        {
          ...filtersOf(q),
          from: q.from ?? '',
          to: q.to ?? '',
          page: { pageSize: q.limit ?? 50, cursor: q.cursor ?? '' },
        },
        callOptions(request),
      );
      const emailOf = await emailsOf(
        clients,
        request,
        r.records.map((x) => x.actorId),
      );
      return {
        records: r.records.map((x) => ({
          ...x,
          ...stateChangeJson(x),
          actorEmail: emailOf(x.actorId),
          amount: x.amount ?? null,
          changes: changesJson(x),
        })),
        page: { nextCursor: r.page?.nextCursor || null },
      };
    },
  );

  // Walks the whole chain: every record's hash and link. The first broken record, if any, is named.
  // Any admin may ask (SPEC 7: anyone can ask for the check): it says whether the trail is intact, not what is in it.
  app.get(
    '/api/admin/audit/verify',
    {
      preHandler: [requireStaff],
      schema: {
        ...operation(
          'verifyAuditChain',
          'Verify the audit hash chain (any admin)',
          'Walks every record’s hash and link; names the first broken record, if any. Any admin may ask, whatever their permissions: it reveals no record.',
        ),
        tags,
        security,
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            records: Type.String(),
            firstBrokenSeq: Type.Union([Type.String(), Type.Null()]),
            reason: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      const v = await clients.audit.call('VerifyChain', {}, callOptions(request));
      return { ok: v.ok, records: v.records, firstBrokenSeq: v.firstBrokenSeq || null, reason: v.reason || null };
    },
  );
};

const PAGE = 1000;
const CSV_COLUMNS = [
  'seq',
  'occurredAt',
  'action',
  'actorType',
  'actorId',
  'entityType',
  'entityId',
  'amount',
  'currency',
  'correlationId',
  'eventId',
  'hash',
  'fromState',
  'toState',
  'changes',
  'reason',
  // Added later, so at the end: a reader of the columns by position still finds the others where they were.
  'actorEmail',
  'amountDecimal',
] as const;
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Text a person wrote (an admin's reason, an email address) in a CSV cell: one that starts like a formula is prefixed with ' so a spreadsheet shows it, never runs it. */
const textCell = (v: string) => csvCell(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/**
 * GET /api/admin/audit/export?from&to&format=ndjson|csv (and the list's filters): the range, newest first, written a page at
 * a time as it is read, so memory stays bounded however large the range.
 */
export const adminAuditExportRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { clients }) => {
  app.get(
    '/api/admin/audit/export',
    {
      preHandler: [requirePermission('VIEW_PAYOUTS', 'VIEW_WALLETS', 'VIEW_EARNINGS_REPORTS')],
      schema: {
        ...operation('exportAuditRecords', 'Export the audit trail', 'A date range, filtered as the list is, as NDJSON or CSV, streamed.'),
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: Type.Object(
          {
            ...AuditFilters,
            from: Type.String({ format: 'date-time' }),
            to: Type.String({ format: 'date-time' }),
            format: Type.Optional(StringEnum(['ndjson', 'csv'], { description: 'ndjson when omitted' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description:
              'One audit record per line, flat, for spreadsheets and finance tools: the columns seq, occurredAt, action, actorType, actorId, entityType, entityId, amount (minor units: kobo, cents, poisha), currency, correlationId, eventId, hash, fromState, toState, changes (a setting changed: each value that moved, as the JSON array the list gives, [{field,from,to,currency}]), reason (why, in the actor’s words, where the action records it), actorEmail (a user’s or admin’s, as the list names them), amountDecimal (the amount in the currency’s major unit, such as 12.50, for spreadsheets). NDJSON (the default): a JSON object a line with those keys, null where a record has none, and changes an empty array as in the list. CSV: a header row, then those columns, empty where a record has none; a reason or email that starts like a formula is prefixed with an apostrophe. Sent as an attachment, never cached.',
            content: { 'application/x-ndjson': { schema: Type.String() }, 'text/csv': { schema: Type.String() } },
          },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      requireOrderedDates({ from, to });
      const csv = request.query.format === 'csv';
      const pageAfter = (cursor: string) =>
        clients.audit.call('ListAuditRecords', { ...filtersOf(request.query), from, to, page: { pageSize: PAGE, cursor } }, callOptions(request));
      // The first page is read before anything is sent: a refusal or an unavailable audit service is
      // then a problem answer, not a file that looks complete and empty.
      let page = await pageAfter('');
      // The body is written past fastify's reply, so the headers its hooks set so far (request and
      // correlation ids, rate limit, security) go out here, and so does no-store: a file of every
      // money movement must not stay in a browser's or a proxy's cache.
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'cache-control': 'no-store',
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
        'content-disposition': `attachment; filename="audit-${from.slice(0, 10)}-to-${to.slice(0, 10)}.${csv ? 'csv' : 'ndjson'}"`,
      });
      if (csv) reply.raw.write(`${CSV_COLUMNS.join(',')}\n`);
      for (;;) {
        const emailOf = await emailsOf(
          clients,
          request,
          page.records.map((r) => r.actorId),
        );
        for (const r of page.records) {
          const changes = changesJson(r);
          // One cell of JSON for the CSV: it starts with '[', so a spreadsheet never reads a name in it as a formula.
          const row: Record<string, string | null> = {
            ...r,
            actorEmail: emailOf(r.actorId),
            amount: r.amount?.amount ?? '',
            currency: r.amount?.currency ?? '',
            amountDecimal: r.amount && isCurrencyCode(r.amount.currency) ? decimalString(BigInt(r.amount.amount), r.amount.currency) : '',
            changes: changes.length > 0 ? JSON.stringify(changes) : '',
          };
          const line = csv
            ? CSV_COLUMNS.map((c) => (c === 'reason' || c === 'actorEmail' ? textCell : csvCell)(row[c] ?? '')).join(',')
            : JSON.stringify(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'changes' ? changes : row[c] || null])));
          if (!reply.raw.write(`${line}\n`)) await new Promise((r) => reply.raw.once('drain', r));
        }
        const cursor = page.page?.nextCursor ?? '';
        if (!cursor) break;
        try {
          page = await pageAfter(cursor);
        } catch (err) {
          // Part of the file is sent: the connection is cut, so the download fails rather than ends short.
          request.log.error({ err }, 'audit export stopped: a page could not be read');
          reply.raw.destroy();
          return reply;
        }
      }
      reply.raw.end();
      return reply;
    },
  );
};
