import type { MikroORM } from '@mikro-orm/postgresql';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import { isCountryCode } from '@ziba/service-kit/arguments';
import { randomUUID } from 'node:crypto';
import { RULE_SERVICES, type RuleService } from '../domain/commission.ts';
import { PAYMENT_METHODS, SERVICE_TYPES, type ServiceType } from '../domain/trip-state.ts';
import { CommissionRuleRepository } from '../persistence/commission-rule.repository.ts';
import { TariffRepository } from '../persistence/tariff.repository.ts';

interface DefaultsFile {
  tariffs: Array<{ countryCode: string; serviceType: string; currency: string; baseFare: string; perKm: string; minimumFare: string }>;
  commissionDefaults: Record<string, number>;
}

/** Checks the shipped file, so a typo stops the service at start rather than mispricing a trip. */
export function parseDefaults(json: unknown): DefaultsFile {
  const d = json as DefaultsFile;
  if (!Array.isArray(d?.tariffs)) throw new Error('tariffs config: missing "tariffs"');
  for (const t of d.tariffs) {
    if (!isCountryCode(t.countryCode) || !SERVICE_TYPES.includes(t.serviceType as ServiceType))
      throw new Error(`tariffs config: bad entry ${JSON.stringify(t)}`);
    for (const v of [t.baseFare, t.perKm, t.minimumFare]) parseMinorUnits(String(v));
  }
  for (const s of RULE_SERVICES) {
    const bps = d.commissionDefaults?.[s];
    if (!Number.isInteger(bps) || bps! < 0 || bps! > 10_000) throw new Error(`tariffs config: commissionDefaults.${s} must be basis points`);
  }
  return d;
}

/**
 * Loads shipped tariffs and default commission rules where none exist yet (idempotent, at start).
 * Admin changes made since are kept: a default is only written for a service, country and method
 * that has no rule at all.
 */
export async function ensureShippedDefaults(orm: MikroORM, d: DefaultsFile): Promise<void> {
  await inTransaction(orm, async (em) => {
    await TariffRepository.lockShippedDefaults(em); // several replicas starting at once
    for (const t of d.tariffs) await TariffRepository.insertIfMissing(em, t);
    const countries = [...new Set(d.tariffs.map((t) => t.countryCode))];
    const existing = await CommissionRuleRepository.list(em, {});
    for (const countryCode of countries) {
      for (const serviceType of RULE_SERVICES) {
        for (const paymentMethod of PAYMENT_METHODS) {
          if (existing.some((r) => r.serviceType === serviceType && r.countryCode === countryCode && r.paymentMethod === paymentMethod)) continue;
          await CommissionRuleRepository.insert(em, {
            id: randomUUID(),
            serviceType: serviceType as RuleService,
            countryCode,
            paymentMethod,
            bps: d.commissionDefaults[serviceType]!,
            effectiveFrom: new Date('2026-01-01T00:00:00Z'),
            createdBy: 'shipped-defaults',
          });
        }
      }
    }
  });
}
