import type { MigrationObject, MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm, type MigrateMode } from '@ziba/persistence';
import { DocumentEntity, ProfileEntity, ReviewFlagEntity } from './kyc.entities.ts';
import { InitialIdentity } from './migrations/20261121000000-initial-identity.ts';
import { Kyc } from './migrations/20261121110000-kyc.ts';
import { DocumentReuseReview } from './migrations/20261128120000-document-reuse-review.ts';
import { BrowserSessions } from './migrations/20261205120000-browser-sessions.ts';
import { DateOfBirthFlag } from './migrations/20261206120000-date-of-birth-flag.ts';
import { StoppedAccounts } from './migrations/20261208120000-stopped-accounts.ts';
import { UserEntity } from './user.entity.ts';

/** This service's migrations, oldest first (the migrate entry point runs them too). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'InitialIdentity', class: InitialIdentity },
  { name: 'Kyc', class: Kyc },
  { name: 'DocumentReuseReview', class: DocumentReuseReview },
  { name: 'BrowserSessions', class: BrowserSessions },
  { name: 'DateOfBirthFlag', class: DateOfBirthFlag },
  { name: 'StoppedAccounts', class: StoppedAccounts },
];

export const openOrm = (
  databaseUrl: string,
  pool: { max: number; waitMs: number },
  migration: { mode?: MigrateMode; waitMs?: number } = {},
): Promise<MikroORM> =>
  openServiceOrm({
    databaseUrl,
    pool,
    entities: [UserEntity, ProfileEntity, DocumentEntity, ReviewFlagEntity],
    migrations: MIGRATIONS,
    migrate: migration.mode,
    migrateWaitMs: migration.waitMs,
  });
