import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const WalletEntity = defineEntity({
  name: 'Wallet',
  tableName: 'wallet',
  properties: {
    id: p.uuid().primary(),
    ownerId: p.string(),
    ownerType: p.string(),
    countryCode: p.string().nullable(),
    currency: p.string(),
    mode: p.string(),
    shardCount: p.smallint(),
    createdAt: p.datetime(),
  },
});
export type WalletEntity = InferEntity<typeof WalletEntity>;

export const WalletBalanceEntity = defineEntity({
  name: 'WalletBalance',
  tableName: 'wallet_balance',
  properties: {
    wallet: p.manyToOne(WalletEntity).primary(),
    shard: p.smallint().primary(),
    available: p.bigint(),
    held: p.bigint(),
    owed: p.bigint(),
    totalEarned: p.bigint(),
    updatedAt: p.datetime(),
  },
});
export type WalletBalanceEntity = InferEntity<typeof WalletBalanceEntity>;
