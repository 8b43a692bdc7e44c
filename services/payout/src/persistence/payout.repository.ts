import type { SqlExecutor } from '@ziba/messaging';
import { PAID_AFTER_REVERSAL, type PayoutStatus } from '../domain/payout-state.ts';
import { VELOCITY_LIMIT, VELOCITY_WINDOW_MS } from '../domain/withdrawal-rules.ts';

export interface PayoutRow {
  id: string;
  ownerId: string;
  ownerType: string;
  countryCode: string;
  currency: string;
  mode: string;
  amount: bigint;
  status: PayoutStatus;
  reasons: string[];
  reviewFlags: string[];
  origin: string;
  provider: string;
  providerReference: string | null;
  methodId: string | null;
  maskedAccount: string | null;
  rejectionReason: string | null;
  failureReason: string | null;
  externalReference: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The hash of the request its Idempotency-Key answered; null on rows from before it was kept. */
  requestHash: string | null;
  /** Admin approvals it needs before the provider (two at or above the country's four-eyes threshold). */
  approvalsRequired: number;
}

/** A payout as answered (detail and lists): the row and the type of its payout method. */
export interface PayoutView extends PayoutRow {
  /** BANK or MOBILE_MONEY (null without a method). */
  methodType: string | null;
  /** The method's bank or mobile-money provider (null without a method), so a confirmation can say "Zenith Bank ****1234". */
  methodInstitution: string | null;
}

/** A new payout, as the request writes it (the rest are the table's defaults). */
export type NewPayout = Omit<PayoutRow, 'providerReference' | 'rejectionReason' | 'failureReason' | 'externalReference' | 'createdAt' | 'updatedAt'> & {
  idempotencyKey: string;
  clientIp: string | null;
  autoRunId: string | null;
};

/** What a move may change besides the status: the notes of the step and its flags. */
export type PayoutPatch = Partial<Pick<PayoutRow, 'reasons' | 'reviewFlags' | 'rejectionReason' | 'failureReason' | 'externalReference' | 'providerReference'>>;

interface Raw {
  id: string;
  owner_id: string;
  owner_type: string;
  country_code: string;
  currency: string;
  mode: string;
  amount: string;
  status: string;
  reasons: string[];
  review_flags: string[];
  origin: string;
  provider: string;
  provider_reference: string | null;
  method_id: string | null;
  masked_account: string | null;
  rejection_reason: string | null;
  failure_reason: string | null;
  external_reference: string | null;
  created_at: Date;
  updated_at: Date;
  request_hash: string | null;
  approvals_required: number;
}
type RawView = Raw & { method_type: string | null; method_institution: string | null };

const COLUMNS = `id, owner_id, owner_type, country_code, currency, mode, amount::text as amount, status, reasons, review_flags, origin, provider,
  provider_reference, method_id, masked_account, rejection_reason, failure_reason, external_reference, created_at, updated_at, request_hash,
  approvals_required`;
/** Only what is answered reads the method's type and institution; the saga's own reads do not pay for them. */
const VIEW_COLUMNS = `${COLUMNS}, pm.method_type, pm.method_institution`;
/** The payout with its method's type and institution, read in one lookup of the method. */
const VIEW_FROM = `payout left join lateral (
  select type as method_type, coalesce(bank_name, provider) as method_institution from payout_method where id = payout.method_id
) pm on true`;

/** Postgres' array literal; the values are codes (no commas or quotes). */
const textArray = (values: readonly string[]) => `{${values.join(',')}}`;

const PATCH_COLUMNS: Record<keyof PayoutPatch, string> = {
  reasons: 'reasons = ?::text[]',
  reviewFlags: 'review_flags = ?::text[]',
  rejectionReason: 'rejection_reason = ?',
  failureReason: 'failure_reason = ?',
  externalReference: 'external_reference = ?',
  providerReference: 'provider_reference = ?',
};

const toRow = (r: Raw): PayoutRow => ({
  id: r.id,
  ownerId: r.owner_id,
  ownerType: r.owner_type,
  countryCode: r.country_code.trim(),
  currency: r.currency.trim(),
  mode: r.mode,
  amount: BigInt(r.amount),
  status: r.status as PayoutStatus,
  reasons: r.reasons ?? [],
  reviewFlags: r.review_flags ?? [],
  origin: r.origin,
  provider: r.provider,
  providerReference: r.provider_reference,
  methodId: r.method_id,
  maskedAccount: r.masked_account,
  rejectionReason: r.rejection_reason,
  failureReason: r.failure_reason,
  externalReference: r.external_reference,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  requestHash: r.request_hash,
  approvalsRequired: r.approvals_required,
});
const toView = (r: RawView): PayoutView => ({ ...toRow(r), methodType: r.method_type ?? null, methodInstitution: r.method_institution ?? null });

export const PayoutRepository = {
  async find(em: SqlExecutor, id: string, options: { lock?: boolean } = {}): Promise<PayoutRow | null> {
    const [r] = await em.execute<Raw[]>(`select ${COLUMNS} from payout where id = ?${options.lock ? ' for update' : ''}`, [id]);
    return r ? toRow(r) : null;
  },

  /** The payout as answered, with its method's type. */
  async view(em: SqlExecutor, id: string): Promise<PayoutView | null> {
    const [r] = await em.execute<RawView[]>(`select ${VIEW_COLUMNS} from ${VIEW_FROM} where id = ?`, [id]);
    return r ? toView(r) : null;
  },

  /** The payout an Idempotency-Key already answered, as answered. */
  async byKey(em: SqlExecutor, ownerId: string, key: string): Promise<PayoutView | null> {
    const [r] = await em.execute<RawView[]>(`select ${VIEW_COLUMNS} from ${VIEW_FROM} where owner_id = ? and idempotency_key = ?`, [ownerId, key]);
    return r ? toView(r) : null;
  },

  /** The weekly run's payouts that were not blocked, as answered, by earner. */
  async ofAutoRun(em: SqlExecutor, runId: string): Promise<PayoutView[]> {
    const rows = await em.execute<RawView[]>(`select ${VIEW_COLUMNS} from ${VIEW_FROM} where auto_run_id = ? and status <> 'BLOCKED' order by owner_id`, [
      runId,
    ]);
    return rows.map(toView);
  },

  async insert(em: SqlExecutor, p: NewPayout): Promise<void> {
    await em.execute(
      `insert into payout (id, owner_id, owner_type, country_code, currency, mode, amount, status, reasons, review_flags, provider, method_id, masked_account,
         idempotency_key, client_ip, origin, auto_run_id, request_hash, approvals_required)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        p.id,
        p.ownerId,
        p.ownerType,
        p.countryCode,
        p.currency,
        p.mode,
        p.amount.toString(),
        p.status,
        textArray(p.reasons),
        textArray(p.reviewFlags),
        p.provider,
        p.methodId,
        p.maskedAccount,
        p.idempotencyKey,
        p.clientIp,
        p.origin,
        p.autoRunId,
        p.requestHash,
        p.approvalsRequired,
      ],
      'run',
    );
  },

  async list(
    em: SqlExecutor,
    f: {
      ownerId?: string;
      status?: string;
      ownerType?: string;
      countryCode?: string;
      mode?: string;
      from?: string;
      to?: string;
      methodType?: string;
      flagged?: boolean;
      /** Oldest request first (a queue); newest first otherwise. The cursor continues in the same order. */
      oldestFirst?: boolean;
      cursor?: string;
      limit: number;
    },
  ): Promise<PayoutView[]> {
    const [after, direction] = f.oldestFirst ? ['>', 'asc'] : ['<', 'desc'];
    const rows = await em.execute<RawView[]>(
      `select ${VIEW_COLUMNS} from ${VIEW_FROM}
        where (?::uuid is null or owner_id = ?::uuid) and (? = '' or status = ?) and (? = '' or owner_type = ?) and (? = '' or country_code = ?)
          and (? = '' or mode = ?)
          and (? = '' or created_at >= ?::date) and (? = '' or created_at < ?::date + 1)
          and (?::uuid is null or (created_at, id) ${after} (select c.created_at, c.id from payout c where c.id = ?::uuid))
          and (? = '' or method_id in (select m.id from payout_method m where m.type = ?))
          and (?::boolean is null or (cardinality(review_flags) > 0) = ?::boolean)
        order by created_at ${direction}, id ${direction} limit ?`,
      [
        f.ownerId ?? null,
        f.ownerId ?? null,
        f.status ?? '',
        f.status ?? '',
        f.ownerType ?? '',
        f.ownerType ?? '',
        f.countryCode ?? '',
        f.countryCode ?? '',
        f.mode ?? '',
        f.mode ?? '',
        f.from ?? '',
        f.from || null,
        f.to ?? '',
        f.to || null,
        f.cursor || null,
        f.cursor || null,
        f.methodType ?? '',
        f.methodType ?? '',
        f.flagged ?? null,
        f.flagged ?? null,
        f.limit,
      ],
    );
    return rows.map(toView);
  },

  /**
   * Whether a bank's reference is on another payout of the provider and currency already (letter case
   * aside). Marks with one reference queue on an advisory lock held to the commit, so two at once
   * cannot both find it free.
   */
  async referenceUsedElsewhere(em: SqlExecutor, p: Pick<PayoutRow, 'id' | 'provider' | 'currency'>, reference: string): Promise<boolean> {
    // The key is lower-cased by PostgreSQL, as the comparison below is (JavaScript's lower case differs for some letters).
    await em.execute(`select pg_advisory_xact_lock(hashtextextended('payout-reference:' || ? || '/' || ? || '/' || lower(?), 0))`, [
      p.provider,
      p.currency,
      reference,
    ]);
    const found = await em.execute<unknown[]>(
      `select 1 from payout where provider = ? and currency = ? and lower(external_reference) = lower(?) and id <> ? limit 1`,
      [p.provider, p.currency, reference, p.id],
    );
    return found.length > 0;
  },

  /** Compare-and-set: moves only from the expected state; false when someone else moved it first. */
  async move(em: SqlExecutor, id: string, from: PayoutStatus, to: PayoutStatus, patch: PayoutPatch = {}): Promise<boolean> {
    const fields = (Object.keys(patch) as Array<keyof PayoutPatch>).filter((k) => patch[k] !== undefined);
    const values = fields.map((k) => {
      const v = patch[k]!;
      return Array.isArray(v) ? textArray(v) : v;
    });
    const rows = await em.execute<Array<{ id: string }>>(
      `update payout set status = ?, ${fields.map((k) => `${PATCH_COLUMNS[k]}, `).join('')}updated_at = now() where id = ? and status = ? returning id`,
      [to, ...values, id, from],
    );
    return rows.length === 1;
  },

  async recordTransition(
    em: SqlExecutor,
    payoutId: string,
    from: string | null,
    to: string,
    actor: { type: string; id: string },
    note: string | null,
    requestKey: string | null,
  ): Promise<void> {
    await em.execute(
      'insert into payout_transition (payout_id, from_status, to_status, actor_type, actor_id, note, request_key) values (?, ?, ?, ?, ?, ?, ?)',
      [payoutId, from, to, actor.type, actor.id, note, requestKey],
      'run',
    );
  },

  /** What this actor decided on this payout under this Idempotency-Key: its steps, and whether it approved. */
  async decisionsWith(
    em: SqlExecutor,
    payoutId: string,
    actorId: string,
    requestKey: string,
  ): Promise<{ steps: Array<{ from: PayoutStatus | null; to: PayoutStatus }>; approved: boolean }> {
    const rows = await em.execute<Array<{ from_status: PayoutStatus | null; to_status: PayoutStatus | null }>>(
      `select from_status, to_status from payout_transition where payout_id = ? and actor_id = ? and request_key = ?
       union all
       select null, null from payout_approval where payout_id = ? and admin_id = ? and request_key = ?`,
      [payoutId, actorId, requestKey, payoutId, actorId, requestKey],
    );
    return {
      steps: rows.filter((r) => r.to_status !== null).map((r) => ({ from: r.from_status, to: r.to_status! })),
      approved: rows.some((r) => r.to_status === null),
    };
  },

  async transitions(em: SqlExecutor, payoutId: string) {
    return em.execute<Array<{ from_status: string | null; to_status: string; actor_type: string; actor_id: string; note: string | null; at: Date }>>(
      'select from_status, to_status, actor_type, actor_id, note, at from payout_transition where payout_id = ? order by id',
      [payoutId],
    );
  },

  /** The provider's callbacks applied to this payout, oldest first. */
  async providerCallbacks(em: SqlExecutor, payoutId: string) {
    return em.execute<Array<{ provider: string; event_id: string; status: string; received_at: Date }>>(
      'select provider, event_id, status, received_at from provider_event where payout_id = ? order by received_at, event_id',
      [payoutId],
    );
  },

  async approvals(em: SqlExecutor, payoutId: string) {
    return em.execute<Array<{ admin_id: string; note: string | null; approved_at: Date }>>(
      'select admin_id, note, approved_at from payout_approval where payout_id = ? order by approved_at, admin_id',
      [payoutId],
    );
  },

  /** Called with the payout row locked, so approvals of one payout are counted one at a time. */
  async recordApproval(em: SqlExecutor, payoutId: string, adminId: string, note: string | null, requestKey: string | null): Promise<void> {
    await em.execute('insert into payout_approval (payout_id, admin_id, note, request_key) values (?, ?, ?, ?)', [payoutId, adminId, note, requestKey], 'run');
  },

  async setApprovalsRequired(em: SqlExecutor, payoutId: string, required: number): Promise<void> {
    await em.execute('update payout set approvals_required = ? where id = ?', [required, payoutId], 'run');
  },

  /**
   * Adds a review flag to every payout of this earner in one of these states that does not carry it
   * yet. Not a step: `updated_at` stays, which the reconciler reads as how long a payout has been processing.
   */
  async flagPayoutsOf(em: SqlExecutor, ownerId: string, statuses: readonly string[], flag: string): Promise<void> {
    await em.execute(
      `update payout set review_flags = array_append(review_flags, ?)
        where owner_id = ? and status = any(?::text[]) and not (? = any(review_flags))`,
      [flag, ownerId, textArray([...statuses]), flag],
      'run',
    );
  },

  async setReviewFlags(em: SqlExecutor, payoutId: string, flags: string[]): Promise<void> {
    await em.execute('update payout set review_flags = ?::text[], updated_at = now() where id = ?', [textArray(flags), payoutId], 'run');
  },

  /**
   * Records a provider's callback once: false when this event was recorded before (a repeat). Kept in
   * the same database as the payout, so it is forgotten again when its effect could not be applied.
   */
  async recordProviderEvent(em: SqlExecutor, e: { provider: string; eventId: string; payoutId: string; status: string }): Promise<boolean> {
    const inserted = await em.execute<Array<{ event_id: string }>>(
      'insert into provider_event (provider, event_id, payout_id, status) values (?, ?, ?, ?) on conflict do nothing returning event_id',
      [e.provider, e.eventId, e.payoutId, e.status],
    );
    return inserted.length > 0;
  },

  async forgetProviderEvent(em: SqlExecutor, provider: string, eventId: string): Promise<void> {
    await em.execute('delete from provider_event where provider = ? and event_id = ?', [provider, eventId], 'run');
  },

  /** Open payouts by status: how many, and how long the longest-waiting one has not changed (seconds). */
  async openByStatus(em: SqlExecutor, statuses: readonly PayoutStatus[]): Promise<Array<{ status: string; n: number; age: number }>> {
    return em.execute<Array<{ status: string; n: number; age: number }>>(
      `select status, count(*)::int as n, coalesce(extract(epoch from now() - min(updated_at)), 0)::float8 as age
     from payout where status in (?) group by status`,
      [[...statuses]],
    );
  },

  /**
   * When the earner's own newest attempts of the velocity window were made (a weekly run's payout is
   * not the earner's request), newest first, at most as many as the limit counts: their number is also
   * the count every per-earner rule needs (none counts further).
   */
  async recentAttemptTimes(em: SqlExecutor, ownerId: string): Promise<Date[]> {
    const rows = await em.execute<Array<{ created_at: Date }>>(
      `select created_at from payout where owner_id = ? and origin = 'manual_request' and created_at > now() - ? * interval '1 millisecond' order by created_at desc limit ?`,
      [ownerId, VELOCITY_WINDOW_MS, VELOCITY_LIMIT],
    );
    return rows.map((r) => new Date(r.created_at));
  },

  async recentAttemptsFromIp(em: SqlExecutor, ip: string): Promise<number> {
    if (!ip) return 0;
    const [r] = await em.execute<Array<{ n: number }>>(
      `select count(*)::int n from payout where client_ip = ? and created_at > now() - ? * interval '1 millisecond'`,
      [ip, VELOCITY_WINDOW_MS],
    );
    return r?.n ?? 0;
  },

  /** What an earner's past payouts tell whoever approves the next: a bank returned one; one was paid after it was reversed. */
  async pastTrouble(em: SqlExecutor, ownerId: string): Promise<{ returnedBefore: boolean; paidAfterReversal: boolean }> {
    const [r] = await em.execute<Array<{ returned: boolean | null; paid_after_reversal: boolean | null }>>(
      `select bool_or(status = 'RETURNED') returned, bool_or(status = 'REVERSED' and ? = any(review_flags)) paid_after_reversal
         from payout where owner_id = ?`,
      [PAID_AFTER_REVERSAL, ownerId],
    );
    return { returnedBefore: r?.returned === true, paidAfterReversal: r?.paid_after_reversal === true };
  },

  async hasOpen(em: SqlExecutor, ownerId: string): Promise<boolean> {
    const [r] = await em.execute<Array<{ n: number }>>(
      `select count(*)::int n from payout where owner_id = ? and status in ('REQUESTED','PENDING','APPROVED','PROCESSING','FAILED')`,
      [ownerId],
    );
    return (r?.n ?? 0) > 0;
  },

  /** Payouts at a provider whose outcome has not come back for a while: the reconciler asks. */
  async awaitingProvider(em: SqlExecutor, olderThan: Date): Promise<PayoutRow[]> {
    return (
      await em.execute<Raw[]>(
        `select ${COLUMNS} from payout where status = 'PROCESSING' and provider <> 'manual' and updated_at < ? order by updated_at limit 100`,
        [olderThan],
      )
    ).map(toRow);
  },

  async stuckRequests(em: SqlExecutor, olderThan: Date): Promise<string[]> {
    return (
      await em.execute<Array<{ id: string }>>(`select id from payout where status = 'REQUESTED' and created_at < ? order by created_at limit 100`, [olderThan])
    ).map((r) => r.id);
  },
};
