import type { SqlExecutor } from '@ziba/messaging';

/** BANK or MOBILE_MONEY (CARD_FUTURE is refused before a method is written). */
export type MethodType = 'BANK' | 'MOBILE_MONEY';
/** A method is written VERIFIED or PENDING_REVIEW; an admin's review makes it VERIFIED or REJECTED. */
export type MethodStatus = 'VERIFIED' | 'PENDING_REVIEW' | 'REJECTED';

export interface MethodRow {
  id: string;
  ownerId: string;
  type: MethodType;
  bankName: string | null;
  bankCode: string | null;
  provider: string | null;
  last4: string;
  accountName: string;
  countryCode: string;
  status: MethodStatus;
  usableFrom: Date;
  createdAt: Date;
  fingerprint: string;
  replacedPrevious: boolean;
}

interface Raw {
  id: string;
  owner_id: string;
  type: MethodType;
  bank_name: string | null;
  bank_code: string | null;
  provider: string | null;
  last4: string;
  account_name: string;
  country_code: string;
  status: MethodStatus;
  usable_from: Date;
  created_at: Date;
  account_fingerprint: string;
  replaced_previous: boolean;
}

const toRow = (r: Raw): MethodRow => ({
  id: r.id,
  ownerId: r.owner_id,
  type: r.type,
  bankName: r.bank_name,
  bankCode: r.bank_code,
  provider: r.provider,
  last4: r.last4,
  accountName: r.account_name,
  countryCode: r.country_code.trim(),
  status: r.status,
  usableFrom: new Date(r.usable_from),
  createdAt: new Date(r.created_at),
  fingerprint: r.account_fingerprint,
  replacedPrevious: r.replaced_previous,
});

/** The most methods an admin list shows (also the most names identity matches in one call). */
const MAX_LISTED = 200;

const COLUMNS = `id, owner_id, type, bank_name, bank_code, provider, last4, account_name, country_code, status, usable_from, created_at,
  account_fingerprint, replaced_previous`;

/** Payout methods; the ciphertext is written here and never read back into a response. */
export const MethodRepository = {
  async active(em: SqlExecutor, ownerId: string): Promise<MethodRow | null> {
    const [r] = await em.execute<Raw[]>(`select ${COLUMNS} from payout_method where owner_id = ? and active`, [ownerId]);
    return r ? toRow(r) : null;
  },

  async activeByFingerprint(em: SqlExecutor, fingerprint: string): Promise<MethodRow | null> {
    const [r] = await em.execute<Raw[]>(`select ${COLUMNS} from payout_method where account_fingerprint = ? and active`, [fingerprint]);
    return r ? toRow(r) : null;
  },

  /** Whether another earner has ever had this account number, as a current or a replaced method. */
  async usedByAnotherOwner(em: SqlExecutor, fingerprint: string, ownerId: string): Promise<boolean> {
    const rows = await em.execute<Array<{ one: number }>>('select 1 as one from payout_method where account_fingerprint = ? and owner_id <> ? limit 1', [
      fingerprint,
      ownerId,
    ]);
    return rows.length > 0;
  },

  /** Of these methods, those whose number another earner has also had (any method of theirs, active or not). */
  async sharedWithAnotherOwner(em: SqlExecutor, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.execute<Array<{ id: string }>>(
      `select m.id from payout_method m
        where m.id in (${ids.map(() => '?').join(', ')})
          and exists (select 1 from payout_method o where o.account_fingerprint = m.account_fingerprint and o.owner_id <> m.owner_id)`,
      [...ids],
    );
    return new Set(rows.map((r) => r.id));
  },

  /** The holder name of a method (an admin compares it with the earner's legal name). */
  async holderName(em: SqlExecutor, id: string): Promise<string | null> {
    const [r] = await em.execute<Array<{ account_name: string }>>('select account_name from payout_method where id = ?', [id]);
    return r?.account_name ?? null;
  },

  /** The sealed account number of a method, for handing it to the provider; never for a response. */
  async sealed(em: SqlExecutor, id: string): Promise<{ ciphertext: string; keyId: string; accountName: string; bankCode: string | null } | null> {
    const [r] = await em.execute<Array<{ account_ciphertext: string; account_key_id: string; account_name: string; bank_code: string | null }>>(
      'select account_ciphertext, account_key_id, account_name, bank_code from payout_method where id = ?',
      [id],
    );
    return r ? { ciphertext: r.account_ciphertext, keyId: r.account_key_id, accountName: r.account_name, bankCode: r.bank_code } : null;
  },

  /** Earners of a country whose active method is verified: who the weekly run considers. */
  async verifiedOwnersIn(em: SqlExecutor, countryCode: string): Promise<string[]> {
    const rows = await em.execute<Array<{ owner_id: string }>>(
      `select owner_id from payout_method where active and status = 'VERIFIED' and country_code = ? order by owner_id`,
      [countryCode],
    );
    return rows.map((r) => r.owner_id);
  },

  /** Active methods, oldest first, at most MAX_LISTED. */
  async listActive(em: SqlExecutor, status: string): Promise<MethodRow[]> {
    const rows = await em.execute<Raw[]>(
      `select ${COLUMNS} from payout_method where active and (? = '' or status = ?) order by created_at limit ${MAX_LISTED}`,
      [status, status],
    );
    return rows.map(toRow);
  },

  async findForUpdate(em: SqlExecutor, id: string): Promise<(MethodRow & { active: boolean }) | null> {
    const [r] = await em.execute<Array<Raw & { active: boolean }>>(`select ${COLUMNS}, active from payout_method where id = ? for update`, [id]);
    return r ? { ...toRow(r), active: r.active } : null;
  },

  async review(em: SqlExecutor, id: string, status: Exclude<MethodStatus, 'PENDING_REVIEW'>, adminId: string, note: string): Promise<void> {
    await em.execute(
      'update payout_method set status = ?, reviewed_by = ?, review_note = ?, reviewed_at = now() where id = ?',
      [status, adminId, note, id],
      'run',
    );
  },

  async deactivate(em: SqlExecutor, ownerId: string): Promise<void> {
    await em.execute('update payout_method set active = false where owner_id = ? and active', [ownerId], 'run');
  },

  async insert(em: SqlExecutor, m: Omit<MethodRow, 'createdAt'> & { ciphertext: string; keyId: string }): Promise<void> {
    await em.execute(
      `insert into payout_method (id, owner_id, type, bank_name, bank_code, provider, account_ciphertext, account_key_id, account_fingerprint, last4,
         account_name, country_code, status, active, usable_from, replaced_previous)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)`,
      [
        m.id,
        m.ownerId,
        m.type,
        m.bankName,
        m.bankCode,
        m.provider,
        m.ciphertext,
        m.keyId,
        m.fingerprint,
        m.last4,
        m.accountName,
        m.countryCode,
        m.status,
        m.usableFrom,
        m.replacedPrevious,
      ],
      'run',
    );
  },
};
