import type { MigrationObject, MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm, type MigrateMode } from '@ziba/persistence';
import { InitialAudit } from './migrations/20261121200000-initial-audit.ts';
import { ChainHead } from './migrations/20261121210000-chain-head.ts';
import { Notifications } from './migrations/20261121220000-notifications.ts';
import { FinanceFeed } from './migrations/20261121230000-finance-feed.ts';
import { HashVersion } from './migrations/20261128130000-hash-version.ts';

/** This service's migrations, oldest first (the migrate entry point runs them too). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'InitialAudit', class: InitialAudit },
  { name: 'ChainHead', class: ChainHead },
  { name: 'Notifications', class: Notifications },
  { name: 'FinanceFeed', class: FinanceFeed },
  { name: 'HashVersion', class: HashVersion },
];

export const openOrm = (
  databaseUrl: string,
  pool: { max: number; waitMs: number },
  migration: { mode?: MigrateMode; waitMs?: number } = {},
): Promise<MikroORM> => openServiceOrm({ databaseUrl, pool, migrations: MIGRATIONS, migrate: migration.mode, migrateWaitMs: migration.waitMs });
