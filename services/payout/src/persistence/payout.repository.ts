import type { SqlExecutor } from '@ziba/messaging';
import type { PayoutStatus } from '../domain/payout-state.ts';

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
  /** BANK or MOBILE_MONEY: the type of its payout method, read with the row (null without a method). */
  methodType?: string | null;
}

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
  method_type?: string | null;
}

const COLUMNS = `id, owner_id, owner_type, country_code, currency, mode, amount::text as amount, status, reasons, review_flags, origin, provider, provider_reference,
  method_id, masked_account, rejection_reason, failure_reason, external_reference, created_at, updated_at, request_hash, approvals_required,
  (select m.type from payout_method m where m.id = payout.method_id) as method_type`;

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
  methodType: r.method_type ?? null,
});

export const PayoutRepository = {
  async find(em: SqlExecutor, id: string, options: { lock?: boolean } = {}): Promise<PayoutRow | null> {
    const [r] = await em.execute<Raw[]>(`select ${COLUMNS} from payout where id = ?${options.lock ? ' for update' : ''}`, [id]);
    return r ? toRow(r) : null;
  },

  async byKey(em: SqlExecutor, ownerId: string, key: string): Promise<PayoutRow | null> {
    const [r] = await em.execute<Raw[]>(`select ${COLUMNS} from payout where owner_id = ? and idempotency_key = ?`, [ownerId, key]);
    return r ? toRow(r) : null;
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
      cursor?: string;
      limit: number;
    },
  ): Promise<PayoutRow[]> {
    const rows = await em.execute<Raw[]>(
      `select ${COLUMNS} from payout
        where (?::uuid is null or owner_id = ?::uuid) and (? = '' or status = ?) and (? = '' or owner_type = ?) and (? = '' or country_code = ?) and (? = '' or mode = ?)
          and (? = '' or created_at >= ?::date) and (? = '' or created_at < ?::date + 1) and (?::uuid is null or id < ?::uuid)
          and (? = '' or method_id in (select m.id from payout_method m where m.type = ?))
          and (?::boolean is null or (cardinality(review_flags) > 0) = ?::boolean)
        order by id desc limit ?`,
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
    return rows.map(toRow);
  },

  /** Compare-and-set: moves only from the expected state; false when someone else moved it first. */
  async move(em: SqlExecutor, id: string, from: PayoutStatus, to: PayoutStatus, patch: Record<string, unknown> = {}): Promise<boolean> {
    const cols = Object.keys(patch);
    const rows = await em.execute<Array<{ id: string }>>(
      `update payout set status = ?, ${cols.map((c) => `${c} = ?, `).join('')}updated_at = now() where id = ? and status = ? returning id`,
      [to, ...Object.values(patch), id, from],
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
  ): Promise<void> {
    await em.execute(
      'insert into payout_transition (payout_id, from_status, to_status, actor_type, actor_id, note) values (?, ?, ?, ?, ?, ?)',
      [payoutId, from, to, actor.type, actor.id, note],
      'run',
    );
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
  async recordApproval(em: SqlExecutor, payoutId: string, adminId: string, note: string | null): Promise<void> {
    await em.execute('insert into payout_approval (payout_id, admin_id, note) values (?, ?, ?)', [payoutId, adminId, note], 'run');
  },

  async setApprovalsRequired(em: SqlExecutor, payoutId: string, required: number): Promise<void> {
    await em.execute('update payout set approvals_required = ? where id = ?', [required, payoutId], 'run');
  },

  async setReviewFlags(em: SqlExecutor, payoutId: string, flags: string[]): Promise<void> {
    await em.execute('update payout set review_flags = ?::text[], updated_at = now() where id = ?', [`{${flags.join(',')}}`, payoutId], 'run');
  },

  async recentAttempts(em: SqlExecutor, ownerId: string): Promise<number> {
    const [r] = await em.execute<Array<{ n: number }>>(`select count(*)::int n from payout where owner_id = ? and created_at > now() - interval '1 hour'`, [
      ownerId,
    ]);
    return r?.n ?? 0;
  },

  async recentAttemptsFromIp(em: SqlExecutor, ip: string): Promise<number> {
    if (!ip) return 0;
    const [r] = await em.execute<Array<{ n: number }>>(`select count(*)::int n from payout where client_ip = ? and created_at > now() - interval '1 hour'`, [
      ip,
    ]);
    return r?.n ?? 0;
  },

  async hasReturned(em: SqlExecutor, ownerId: string): Promise<boolean> {
    const [r] = await em.execute<Array<{ n: number }>>(`select count(*)::int n from payout where owner_id = ? and status = 'RETURNED'`, [ownerId]);
    return (r?.n ?? 0) > 0;
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
