import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { InitialTrips } from './migrations/20261121120000-initial-trips.ts';
import { Netting } from './migrations/20261121130000-netting.ts';
import { FoodOrders } from './migrations/20261121140000-food-orders.ts';

export async function openOrm(databaseUrl: string): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    debug: false,
    pool: { min: 0, max: 20 },
    extensions: [Migrator],
    migrations: { migrationsList: [
        { name: 'InitialTrips', class: InitialTrips },
        { name: 'Netting', class: Netting },
        { name: 'FoodOrders', class: FoodOrders },
      ], snapshot: false, silent: true },
    ensureDatabase: true,
  });
  await orm.connect();
  await orm.migrator.up();
  return orm;
}
