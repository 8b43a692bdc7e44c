import type { EntityManager, RequiredEntityData } from '@mikro-orm/postgresql';
import { DocumentEntity, ProfileEntity, ReviewFlagEntity } from './kyc.entities.ts';

/** A document number's keyed hash under one key (the current key or an older one). */
export interface NumberHash {
  keyId: string;
  hash: string;
}

/** A row of the admin review queue. */
export interface KycQueueRow {
  id: string;
  email: string;
  role: string;
  country_code: string;
  status: string;
}

export interface KycQueueFilter {
  /** '' for any of each. */
  status: string;
  countryCode: string;
  role: string;
  /** Lower-cased: a user id, or the start of an email. */
  query: string;
  /** '' for any; BLOCKED (the account) or SUSPENDED (the driver: the flag the suspension sets, not the status derived from it). */
  standing: string;
  /** Users after this id ('' from the first). */
  cursor: string;
  limit: number;
}

const LIVE = { $ne: 'SUPERSEDED' } as const;

/** What the eligibility check reads of a user, their profile and their live documents and flags. */
export interface KycFactsRow {
  user: { role: string; status: string; testMode: boolean; driverSuspended: boolean; countryCode: string };
  profile: { review: string } | null;
  documents: Array<{ id: string; documentType: string; status: string; expiryDate: string | null; nameMatches: boolean; addressMatches: boolean | null }>;
  flags: Array<{ reason: string; status: string; documentId: string | null }>;
}

// One statement, one round trip: the check runs before every request that moves money or a trip.
// The caller adds which users (a `where` on u).
const KYC_FACTS = `
  select u.id, u.role, u.status, u.test_mode, u.driver_suspended, u.country_code,
         (select json_build_object('review', p.review) from identity_profile p where p.user_id = u.id) as profile,
         coalesce((select json_agg(json_build_object('id', d.id, 'documentType', d.document_type, 'status', d.status, 'expiryDate', d.expiry_date,
                                                     'nameMatches', d.name_matches, 'addressMatches', d.address_matches) order by d.created_at)
                     from identity_document d where d.user_id = u.id and d.status <> 'SUPERSEDED'), '[]') as documents,
         coalesce((select json_agg(json_build_object('reason', f.reason, 'status', f.status, 'documentId', f.document_id) order by f.created_at)
                     from review_flag f where f.user_id = u.id and f.status <> 'SUPERSEDED'), '[]') as flags
    from app_user u`;

interface RawKycFacts {
  id: string;
  role: string;
  status: string;
  test_mode: boolean;
  driver_suspended: boolean;
  country_code: string;
  profile: KycFactsRow['profile'];
  documents: KycFactsRow['documents'];
  flags: KycFactsRow['flags'];
}

const toFacts = (r: RawKycFacts): KycFactsRow => ({
  user: { role: r.role, status: r.status, testMode: r.test_mode, driverSuspended: r.driver_suspended, countryCode: r.country_code },
  profile: r.profile,
  documents: r.documents,
  flags: r.flags,
});

/**
 * identity_profile, identity_document and review_flag, through the caller's EntityManager
 * (MikroORM's unit of work): what is read here is tracked, and changes made to it are written by
 * saveChanges or the transaction's commit.
 */
export const KycRepository = {
  /** The eligibility check's facts about one user (not tracked: nothing read here is written back); null without the user. */
  async factsOf(em: EntityManager, userId: string): Promise<KycFactsRow | null> {
    const [r] = await em.execute<RawKycFacts[]>(`${KYC_FACTS} where u.id = ?`, [userId]);
    return r ? toFacts(r) : null;
  },

  /** The same facts about several users in one read (a page of an admin list), by user id; unknown ids are left out. */
  async factsOfMany(em: EntityManager, userIds: readonly string[]): Promise<Map<string, KycFactsRow>> {
    if (userIds.length === 0) return new Map();
    const rows = await em.execute<RawKycFacts[]>(`${KYC_FACTS} where u.id in (${userIds.map(() => '?').join(', ')})`, [...userIds]);
    return new Map(rows.map((r) => [r.id, toFacts(r)]));
  },

  async profileOf(em: EntityManager, userId: string): Promise<ProfileEntity | null> {
    return em.findOne(ProfileEntity, { userId });
  },

  async profilesOf(em: EntityManager, userIds: readonly string[]): Promise<ProfileEntity[]> {
    return userIds.length === 0 ? [] : em.find(ProfileEntity, { userId: { $in: [...userIds] } });
  },

  /** The user's documents that are not superseded, oldest first. */
  async liveDocuments(em: EntityManager, userId: string): Promise<DocumentEntity[]> {
    return em.find(DocumentEntity, { userId, status: LIVE }, { orderBy: { createdAt: 'asc' } });
  },

  /** The user's review flags that are not superseded, oldest first. */
  async liveFlags(em: EntityManager, userId: string): Promise<ReviewFlagEntity[]> {
    return em.find(ReviewFlagEntity, { userId, status: LIVE }, { orderBy: { createdAt: 'asc' } });
  },

  async findDocument(em: EntityManager, id: string): Promise<DocumentEntity | null> {
    return em.findOne(DocumentEntity, { id });
  },

  /** Other users' live documents (pending or verified, not held for review as a reuse) with this number. */
  async heldElsewhere(em: EntityManager, q: { userId: string; countryCode: string; type: string; hashes: NumberHash[] }): Promise<DocumentEntity[]> {
    return em.find(DocumentEntity, {
      countryCode: q.countryCode,
      documentType: q.type,
      status: { $in: ['PENDING', 'VERIFIED'] },
      userId: { $ne: q.userId },
      reuseOf: null,
      $or: q.hashes.map((h) => ({ hashKeyId: h.keyId, numberHash: h.hash })),
    });
  },

  /** Other users' pending or verified SSN_LAST4 documents with these four digits. */
  async sameSsnLast4(em: EntityManager, userId: string, hashes: NumberHash[]): Promise<DocumentEntity[]> {
    return em.find(DocumentEntity, {
      documentType: 'SSN_LAST4',
      status: { $in: ['PENDING', 'VERIFIED'] },
      userId: { $ne: userId },
      $or: hashes.map((h) => ({ hashKeyId: h.keyId, numberHash: h.hash })),
    });
  },

  /** Held until the caller's transaction ends: decisions on one number, one at a time. */
  async lockNumber(em: EntityManager, number: NumberHash): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`identity-number:${number.keyId}/${number.hash}`]);
  },

  /** Inserted with the next flush. */
  addProfile(em: EntityManager, profile: RequiredEntityData<ProfileEntity>): ProfileEntity {
    return em.create(ProfileEntity, profile);
  },

  /** Inserted with the next flush (a number live elsewhere fails it: UniqueConstraintViolationException). */
  addDocument(em: EntityManager, document: RequiredEntityData<DocumentEntity>): DocumentEntity {
    return em.create(DocumentEntity, document);
  },

  /** Inserted with the next flush. */
  addFlag(em: EntityManager, flag: RequiredEntityData<ReviewFlagEntity>): ReviewFlagEntity {
    return em.create(ReviewFlagEntity, flag);
  },

  /**
   * Non-admin users by id, filtered by verification status (INCOMPLETE when no profile), country, role
   * and query. PENDING_REVIEW also lists whoever has an open flag: a holder whose document another
   * account claimed keeps their status, but the claim is still work for an admin.
   */
  async queue(em: EntityManager, f: KycQueueFilter): Promise<KycQueueRow[]> {
    return em.execute<KycQueueRow[]>(
      `select u.id, u.email, u.role, u.country_code, u.status from app_user u left join identity_profile p on p.user_id = u.id
       where u.role <> 'ADMIN'
         and (? = '' or coalesce(p.verification_status, 'INCOMPLETE') = ?
              or (? = 'PENDING_REVIEW' and exists (select 1 from review_flag f where f.user_id = u.id and f.status = 'OPEN')))
         and (? = '' or u.country_code = ?)
         and (? = '' or u.role = ?)
         and (? = '' or u.id::text = ? or lower(u.email) like ? escape '\\')
         and (? = '' or (? = 'BLOCKED' and u.status = 'BLOCKED') or (? = 'SUSPENDED' and u.driver_suspended))
         and (? = '' or u.id > ?::uuid)
       order by u.id limit ?`,
      [
        f.status,
        f.status,
        f.status,
        f.countryCode,
        f.countryCode,
        f.role,
        f.role,
        f.query,
        f.query,
        `${likePrefix(f.query)}%`,
        f.standing,
        f.standing,
        f.standing,
        f.cursor,
        f.cursor || null,
        f.limit,
      ],
    );
  },
};

/** A LIKE pattern that matches `text` literally (its %, _ and backslash escaped). */
const likePrefix = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
