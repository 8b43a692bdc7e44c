import type { MigrationObject, MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm, type MigrateMode } from '@ziba/persistence';
import { InitialLedger } from './migrations/20261121000000-initial-ledger.ts';
import { LedgerHotPath } from './migrations/20261121100000-ledger-hot-path.ts';
import { LeanOutbox } from './migrations/20261121230000-lean-outbox.ts';
import { LeanEntryWrites } from './migrations/20261122000000-lean-entry-writes.ts';
import { RefundIndex } from './migrations/20261207000000-refund-index.ts';

/** This service's migrations, oldest first (the migrate entry point runs them too). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'InitialLedger', class: InitialLedger },
  { name: 'LedgerHotPath', class: LedgerHotPath },
  { name: 'LeanOutbox', class: LeanOutbox },
  { name: 'LeanEntryWrites', class: LeanEntryWrites },
  { name: 'RefundIndex', class: RefundIndex },
];

/** The ledger's database, opened and migrated (reads and the rest; the write path has its own pool). */
export const openOrm = (
  databaseUrl: string,
  pool: { max: number; waitMs: number },
  migration: { mode?: MigrateMode; waitMs?: number } = {},
): Promise<MikroORM> =>
  openServiceOrm({
    databaseUrl,
    pool,
    migrations: MIGRATIONS,
    migrate: migration.mode,
    migrateWaitMs: migration.waitMs,
  });
