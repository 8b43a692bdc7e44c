import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';
import { WalletEntity } from './wallet.entity.ts';

/** Append-only: the database refuses UPDATE and DELETE on entries and postings. */
export const JournalEntryEntity = defineEntity({
  name: 'JournalEntry',
  tableName: 'journal_entry',
  properties: {
    id: p.uuid().primary(),
    entryType: p.string(),
    serviceType: p.string(),
    currency: p.string(),
    mode: p.string(),
    referenceType: p.string().nullable(),
    referenceId: p.string().nullable(),
    description: p.string(),
    createdByAdminId: p.string().nullable(),
    /** The caller's key and the hash of its request: a repeat is answered from this entry. */
    idempotencyKey: p.string().unique(),
    requestHash: p.string(),
    createdAt: p.datetime(),
  },
});
export type JournalEntryEntity = InferEntity<typeof JournalEntryEntity>;

export const PostingEntity = defineEntity({
  name: 'Posting',
  tableName: 'posting',
  properties: {
    id: p.bigint().primary(),
    entry: p.manyToOne(JournalEntryEntity),
    wallet: p.manyToOne(WalletEntity),
    shard: p.smallint(),
    bucket: p.string(),
    amount: p.bigint(),
    holdId: p.string().nullable(),
    availableAfter: p.bigint(),
    heldAfter: p.bigint(),
    owedAfter: p.bigint(),
    createdAt: p.datetime(),
  },
});
export type PostingEntity = InferEntity<typeof PostingEntity>;

export const HoldEntity = defineEntity({
  name: 'Hold',
  tableName: 'hold',
  properties: {
    id: p.string().primary(),
    wallet: p.manyToOne(WalletEntity),
    amount: p.bigint(),
    remaining: p.bigint(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type HoldEntity = InferEntity<typeof HoldEntity>;
