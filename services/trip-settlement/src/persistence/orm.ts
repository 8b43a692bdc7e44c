import type { MigrationObject, MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm, type MigrateMode } from '@ziba/persistence';
import { InitialTrips } from './migrations/20261121120000-initial-trips.ts';
import { Netting } from './migrations/20261121130000-netting.ts';
import { FoodOrders } from './migrations/20261121140000-food-orders.ts';
import { HoldOwnership } from './migrations/20261128090000-hold-ownership.ts';
import { TransitionRequestKeys } from './migrations/20261128210000-transition-request-keys.ts';
import { HoldReleases } from './migrations/20261129090000-hold-releases.ts';
import { NegativeBalanceSettlements } from './migrations/20261130090000-negative-balance-settlements.ts';
import { TripHistoryIndexes } from './migrations/20261201090000-trip-history-indexes.ts';
import { TripHistoryIndexesOnNewDatabases } from './migrations/20261201090100-trip-history-indexes-on-new-databases.ts';
import { UnsettledTripIndex } from './migrations/20261202090000-unsettled-trip-index.ts';
import { UnsettledTripIndexOnNewDatabases } from './migrations/20261202090100-unsettled-trip-index-on-new-databases.ts';
import { DriverOnTripIndex } from './migrations/20261203090000-driver-on-trip-index.ts';
import { DriverOnTripIndexOnNewDatabases } from './migrations/20261203090100-driver-on-trip-index-on-new-databases.ts';
import { TripsUnderWayIndex } from './migrations/20261204090000-trips-under-way-index.ts';
import { TripsUnderWayIndexOnNewDatabases } from './migrations/20261204090100-trips-under-way-index-on-new-databases.ts';

/** This service's migrations, oldest first (the migrate entry point runs them too). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'InitialTrips', class: InitialTrips },
  { name: 'Netting', class: Netting },
  { name: 'FoodOrders', class: FoodOrders },
  { name: 'HoldOwnership', class: HoldOwnership },
  { name: 'TransitionRequestKeys', class: TransitionRequestKeys },
  { name: 'HoldReleases', class: HoldReleases },
  { name: 'NegativeBalanceSettlements', class: NegativeBalanceSettlements },
  { name: 'TripHistoryIndexes', class: TripHistoryIndexes },
  { name: 'TripHistoryIndexesOnNewDatabases', class: TripHistoryIndexesOnNewDatabases },
  { name: 'UnsettledTripIndex', class: UnsettledTripIndex },
  { name: 'UnsettledTripIndexOnNewDatabases', class: UnsettledTripIndexOnNewDatabases },
  { name: 'DriverOnTripIndex', class: DriverOnTripIndex },
  { name: 'DriverOnTripIndexOnNewDatabases', class: DriverOnTripIndexOnNewDatabases },
  { name: 'TripsUnderWayIndex', class: TripsUnderWayIndex },
  { name: 'TripsUnderWayIndexOnNewDatabases', class: TripsUnderWayIndexOnNewDatabases },
];

export const openOrm = (
  databaseUrl: string,
  pool: { max: number; waitMs: number },
  migration: { mode?: MigrateMode; waitMs?: number } = {},
): Promise<MikroORM> => openServiceOrm({ databaseUrl, pool, migrations: MIGRATIONS, migrate: migration.mode, migrateWaitMs: migration.waitMs });
