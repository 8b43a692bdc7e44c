import type { MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm } from '@ziba/persistence';
import { HoldEntity, JournalEntryEntity, PostingEntity } from './journal-entry.entity.ts';
import { InitialLedger } from './migrations/20261121000000-initial-ledger.ts';
import { LedgerHotPath } from './migrations/20261121100000-ledger-hot-path.ts';
import { LeanOutbox } from './migrations/20261121230000-lean-outbox.ts';
import { LeanEntryWrites } from './migrations/20261122000000-lean-entry-writes.ts';
import { WalletBalanceEntity, WalletEntity } from './wallet.entity.ts';

/** The ledger's database, opened and migrated (reads and the rest; the write path has its own pool). */
export const openOrm = (databaseUrl: string, pool: { max: number; waitMs: number }): Promise<MikroORM> =>
  openServiceOrm({
    databaseUrl,
    pool,
    entities: [WalletEntity, WalletBalanceEntity, JournalEntryEntity, PostingEntity, HoldEntity],
    migrations: [
      { name: 'InitialLedger', class: InitialLedger },
      { name: 'LedgerHotPath', class: LedgerHotPath },
      { name: 'LeanOutbox', class: LeanOutbox },
      { name: 'LeanEntryWrites', class: LeanEntryWrites },
    ],
  });
