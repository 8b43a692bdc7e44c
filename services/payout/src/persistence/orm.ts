import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { InitialPayouts } from './migrations/20261121150000-initial-payouts.ts';
import { MethodChanges } from './migrations/20261121160000-method-changes.ts';
import { ProviderEvents } from './migrations/20261121170000-provider-events.ts';
import { AutoWeeklyRuns } from './migrations/20261121180000-auto-weekly-runs.ts';

export async function openOrm(databaseUrl: string): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    pool: { min: 0, max: 20 },
    extensions: [Migrator],
    migrations: { migrationsList: [
        { name: 'InitialPayouts', class: InitialPayouts },
        { name: 'MethodChanges', class: MethodChanges },
        { name: 'ProviderEvents', class: ProviderEvents },
        { name: 'AutoWeeklyRuns', class: AutoWeeklyRuns },
      ], snapshot: false, silent: true },
    ensureDatabase: true,
  });
  await orm.connect();
  await orm.migrator.up();
  return orm;
}
