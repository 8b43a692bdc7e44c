import type { TariffChangedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { MAX_AMOUNT, parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import { requireCountryCode, type Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { assertTariffWithinLimit } from '../domain/pricing.ts';
import { SERVICE_TYPES, TripErrors, type ServiceType } from '../domain/trip-state.ts';
import { TariffRepository, type TariffRow } from '../persistence/tariff.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';

const toMessage = (r: TariffRow) => ({
  countryCode: r.country_code.trim(),
  serviceType: r.service_type,
  currency: r.currency.trim(),
  baseFare: r.base_fare,
  perKm: r.per_km,
  minimumFare: r.minimum_fare,
  updatedAt: new Date(r.updated_at).toISOString(),
});

export async function listTariffs(ctx: TripContext, countryCode: string) {
  return { tariffs: (await TariffRepository.list(ctx.orm.em.fork(), countryCode)).map(toMessage) };
}

function minor(field: string, text: string, allowZero: boolean): bigint {
  let v: bigint;
  try {
    v = parseMinorUnits(text ?? '');
  } catch {
    throw TripErrors.invalid(field, 'must be an integer of minor units');
  }
  if (v < 0n || (!allowZero && v === 0n) || v > MAX_AMOUNT) throw TripErrors.invalid(field, allowZero ? 'must be from 0 to 10^15' : 'must be from 1 to 10^15');
  return v;
}

/**
 * An admin prices a service in a country. The currency is the one the country already trades in
 * (from its existing tariffs); a country without one cannot be priced here. Trips requested before
 * keep the fare they were given.
 */
export async function setTariff(
  ctx: TripContext,
  actor: Actor | null,
  t: { countryCode: string; serviceType: string; baseFare: string; perKm: string; minimumFare: string },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'tariffs are changed by admins');
  if (!SERVICE_TYPES.includes(t.serviceType as ServiceType)) throw TripErrors.invalid('serviceType', `must be one of ${SERVICE_TYPES.join(', ')}`);
  requireCountryCode('countryCode', t.countryCode);
  const baseFare = minor('baseFare', t.baseFare, true);
  const perKm = minor('perKm', t.perKm, true);
  const minimumFare = minor('minimumFare', t.minimumFare, false);
  assertTariffWithinLimit(t.serviceType as ServiceType, { baseFare, perKm, minimumFare });
  const row = await inTransaction(ctx, async (em) => {
    const currency = await TariffRepository.currencyOf(em, t.countryCode);
    if (currency === null) throw new AppError('REFUSED', 'COUNTRY_NOT_PRICED', `${t.countryCode} has no tariffs; add the country to the configuration first`);
    const before = await TariffRepository.lockOne(em, t.countryCode, t.serviceType);
    const saved = await TariffRepository.upsert(em, {
      countryCode: t.countryCode,
      serviceType: t.serviceType,
      currency,
      baseFare: baseFare.toString(),
      perKm: perKm.toString(),
      minimumFare: minimumFare.toString(),
    });
    const m = toMessage(saved);
    await enqueueEvent<TariffChangedV1>(em, SOURCE, {
      type: 'trip.tariff-changed.v1',
      aggregateType: 'tariff',
      aggregateId: `${m.countryCode}:${m.serviceType}`,
      actor,
      data: {
        countryCode: m.countryCode,
        serviceType: m.serviceType,
        currency: m.currency,
        baseFare: m.baseFare,
        perKm: m.perKm,
        minimumFare: m.minimumFare,
        adminId: actor.id,
        // What the trail shows it changed from (audit's settingChanges).
        previous: before ? { baseFare: before.base_fare, perKm: before.per_km, minimumFare: before.minimum_fare } : null,
      },
    });
    return m;
  });
  return row;
}
