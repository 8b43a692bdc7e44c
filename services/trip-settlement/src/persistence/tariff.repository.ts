import type { SqlExecutor } from '@ziba/messaging';
import type { Tariff } from '../domain/pricing.ts';
import type { ServiceType } from '../domain/trip-state.ts';

/** A tariff as stored; amounts in minor units as decimal strings. */
export interface TariffRow {
  country_code: string;
  service_type: string;
  currency: string;
  base_fare: string;
  per_km: string;
  minimum_fare: string;
  updated_at: Date;
}

export interface TariffValues {
  countryCode: string;
  serviceType: string;
  currency: string;
  baseFare: string;
  perKm: string;
  minimumFare: string;
}

const COLUMNS = 'country_code, service_type, currency, base_fare::text, per_km::text, minimum_fare::text, updated_at';

/** The tariff table: each country's prices per service; a country with a tariff is one the platform serves. */
export const TariffRepository = {
  /** The prices of a service in a country, as pricing uses them; null when it is not offered there. */
  async forService(em: SqlExecutor, countryCode: string, serviceType: ServiceType): Promise<Tariff | null> {
    const [r] = await em.execute<Array<{ currency: string; base_fare: string; per_km: string; minimum_fare: string }>>(
      'select currency, base_fare::text, per_km::text, minimum_fare::text from tariff where country_code = ? and service_type = ?',
      [countryCode, serviceType],
    );
    return r
      ? { countryCode, serviceType, currency: r.currency.trim(), baseFare: BigInt(r.base_fare), perKm: BigInt(r.per_km), minimumFare: BigInt(r.minimum_fare) }
      : null;
  },

  /** Countries the platform is configured for: those with a tariff. */
  async countryOffered(em: SqlExecutor, countryCode: string): Promise<boolean> {
    const rows = await em.execute<Array<{ one: number }>>('select 1 as one from tariff where country_code = ? limit 1', [countryCode]);
    return rows.length === 1;
  },

  /** A service's tariff in a country as stored, locked until the transaction ends (a change reads what it replaces); null when there is none. */
  async lockOne(em: SqlExecutor, countryCode: string, serviceType: string): Promise<TariffRow | null> {
    const [r] = await em.execute<TariffRow[]>(`select ${COLUMNS} from tariff where country_code = ? and service_type = ? for update`, [
      countryCode,
      serviceType,
    ]);
    return r ?? null;
  },

  /** Every tariff, or a country's ('' for all), by country and service. */
  async list(em: SqlExecutor, countryCode: string): Promise<TariffRow[]> {
    return em.execute<TariffRow[]>(`select ${COLUMNS} from tariff where (? = '' or country_code = ?) order by country_code, service_type`, [
      countryCode,
      countryCode,
    ]);
  },

  /** The countries that have a tariff, in order. */
  async countries(em: SqlExecutor): Promise<string[]> {
    const rows = await em.execute<Array<{ c: string }>>('select distinct country_code as c from tariff order by 1');
    return rows.map((r) => r.c.trim());
  },

  /** The currency a country trades in (that of any of its tariffs); null when it has none. */
  async currencyOf(em: SqlExecutor, countryCode: string): Promise<string | null> {
    const [known] = await em.execute<Array<{ currency: string }>>('select currency from tariff where country_code = ? limit 1', [countryCode]);
    return known ? known.currency.trim() : null;
  },

  /** Writes the country's tariff for a service, replacing its amounts if it has one. */
  async upsert(em: SqlExecutor, t: TariffValues): Promise<TariffRow> {
    const [saved] = await em.execute<TariffRow[]>(
      `insert into tariff (country_code, service_type, currency, base_fare, per_km, minimum_fare) values (?, ?, ?, ?, ?, ?)
       on conflict (country_code, service_type) do update set base_fare = excluded.base_fare, per_km = excluded.per_km, minimum_fare = excluded.minimum_fare, updated_at = now()
       returning ${COLUMNS}`,
      [t.countryCode, t.serviceType, t.currency, t.baseFare, t.perKm, t.minimumFare],
    );
    return saved!;
  },

  /** Writes the tariff unless the country already has one for the service. */
  async insertIfMissing(em: SqlExecutor, t: TariffValues): Promise<void> {
    await em.execute(
      'insert into tariff (country_code, service_type, currency, base_fare, per_km, minimum_fare) values (?, ?, ?, ?, ?, ?) on conflict do nothing',
      [t.countryCode, t.serviceType, t.currency, t.baseFare, t.perKm, t.minimumFare],
      'run',
    );
  },

  /** Held until the caller's transaction ends, so replicas starting at once load the shipped defaults one at a time. */
  async lockShippedDefaults(em: SqlExecutor): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(?)', [727001]);
  },
};
