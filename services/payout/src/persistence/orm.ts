import type { MigrationObject, MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm, type MigrateMode } from '@ziba/persistence';
import { InitialPayouts } from './migrations/20261121150000-initial-payouts.ts';
import { MethodChanges } from './migrations/20261121160000-method-changes.ts';
import { ProviderEvents } from './migrations/20261121170000-provider-events.ts';
import { AutoWeeklyRuns } from './migrations/20261121180000-auto-weekly-runs.ts';
import { MethodReview } from './migrations/20261121190000-method-review.ts';
import { RequestHash } from './migrations/20261129100000-request-hash.ts';
import { Approvals } from './migrations/20261129110000-approvals.ts';
import { DecisionRequestKeys } from './migrations/20261129120000-decision-request-keys.ts';
import { NewestFirst } from './migrations/20261129130000-newest-first.ts';
import { FingerprintOwnerIndex } from './migrations/20261130080000-fingerprint-owner-index.ts';
import { AutoRunSkips } from './migrations/20261130150000-auto-run-skips.ts';
import { ExternalReferenceIndex } from './migrations/20261201120000-external-reference-index.ts';
import { AutoRunPayoutsIndex } from './migrations/20261201130000-auto-run-payouts-index.ts';

/** This service's migrations, oldest first (the migrate entry point runs them too). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'InitialPayouts', class: InitialPayouts },
  { name: 'MethodChanges', class: MethodChanges },
  { name: 'ProviderEvents', class: ProviderEvents },
  { name: 'AutoWeeklyRuns', class: AutoWeeklyRuns },
  { name: 'MethodReview', class: MethodReview },
  { name: 'RequestHash', class: RequestHash },
  { name: 'Approvals', class: Approvals },
  { name: 'DecisionRequestKeys', class: DecisionRequestKeys },
  { name: 'NewestFirst', class: NewestFirst },
  { name: 'FingerprintOwnerIndex', class: FingerprintOwnerIndex },
  { name: 'AutoRunSkips', class: AutoRunSkips },
  { name: 'ExternalReferenceIndex', class: ExternalReferenceIndex },
  { name: 'AutoRunPayoutsIndex', class: AutoRunPayoutsIndex },
];

export const openOrm = (
  databaseUrl: string,
  pool: { max: number; waitMs: number },
  migration: { mode?: MigrateMode; waitMs?: number } = {},
): Promise<MikroORM> => openServiceOrm({ databaseUrl, pool, migrations: MIGRATIONS, migrate: migration.mode, migrateWaitMs: migration.waitMs });
