import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { coalescingSocket } from '@ziba/persistence';
import { HoldEntity, IdempotencyRecordEntity, JournalEntryEntity, PostingEntity } from './journal-entry.entity.ts';
import { InitialLedger } from './migrations/20261121000000-initial-ledger.ts';
import { LedgerHotPath } from './migrations/20261121100000-ledger-hot-path.ts';
import { LeanOutbox } from './migrations/20261121230000-lean-outbox.ts';
import { WalletBalanceEntity, WalletEntity } from './wallet.entity.ts';

export async function openOrm(databaseUrl: string, poolMax: number): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [WalletEntity, WalletBalanceEntity, JournalEntryEntity, PostingEntity, HoldEntity, IdempotencyRecordEntity],
    debug: false,
    pool: { min: 0, max: poolMax },
    driverOptions: { stream: coalescingSocket },
    extensions: [Migrator],
    migrations: { migrationsList: [
        { name: 'InitialLedger', class: InitialLedger },
        { name: 'LedgerHotPath', class: LedgerHotPath },
        { name: 'LeanOutbox', class: LeanOutbox },
      ], snapshot: false, silent: true },
    ensureDatabase: true,
  });
  await orm.connect();
  return orm;
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.migrator.up();
}
