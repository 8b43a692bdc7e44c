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
  /** Users after this id ('' from the first). */
  cursor: string;
  limit: number;
}

const LIVE = { $ne: 'SUPERSEDED' } as const;

/**
 * identity_profile, identity_document and review_flag, through the caller's EntityManager
 * (MikroORM's unit of work): what is read here is tracked, and changes made to it are written by
 * saveChanges or the transaction's commit.
 */
export const KycRepository = {
  async profileOf(em: EntityManager, userId: string): Promise<ProfileEntity | null> {
    return em.findOne(ProfileEntity, { userId });
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

  /** Non-admin users by id, filtered by verification status (INCOMPLETE when no profile), country, role and query. */
  async queue(em: EntityManager, f: KycQueueFilter): Promise<KycQueueRow[]> {
    return em.execute<KycQueueRow[]>(
      `select u.id, u.email, u.role, u.country_code, u.status from app_user u left join identity_profile p on p.user_id = u.id
       where u.role <> 'ADMIN'
         and (? = '' or coalesce(p.verification_status, 'INCOMPLETE') = ?)
         and (? = '' or u.country_code = ?)
         and (? = '' or u.role = ?)
         and (? = '' or u.id::text = ? or lower(u.email) like ? escape '\\')
         and (? = '' or u.id > ?::uuid)
       order by u.id limit ?`,
      [f.status, f.status, f.countryCode, f.countryCode, f.role, f.role, f.query, f.query, `${likePrefix(f.query)}%`, f.cursor, f.cursor || null, f.limit],
    );
  },
};

/** A LIKE pattern that matches `text` literally (its %, _ and backslash escaped). */
const likePrefix = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
