import type { MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm } from '@ziba/persistence';
import { InitialTrips } from './migrations/20261121120000-initial-trips.ts';
import { Netting } from './migrations/20261121130000-netting.ts';
import { FoodOrders } from './migrations/20261121140000-food-orders.ts';
import { HoldOwnership } from './migrations/20261128090000-hold-ownership.ts';

export const openOrm = (databaseUrl: string, pool: { max: number; waitMs: number }): Promise<MikroORM> =>
  openServiceOrm({
    databaseUrl,
    pool,
    migrations: [
      { name: 'InitialTrips', class: InitialTrips },
      { name: 'Netting', class: Netting },
      { name: 'FoodOrders', class: FoodOrders },
      { name: 'HoldOwnership', class: HoldOwnership },
    ],
  });
