import type { CommissionRuleChangedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { requireCountryCode, type Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import { isBackdated, isTooFarAhead, ruleInForce, RULE_SERVICES, type RuleService } from '../domain/commission.ts';
import { PAYMENT_METHODS, TripErrors, type PaymentMethod } from '../domain/trip-state.ts';
import { CommissionRuleRepository, type CommissionRuleRow } from '../persistence/commission-rule.repository.ts';
import { TariffRepository } from '../persistence/tariff.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';

const toMessage = (r: CommissionRuleRow) => ({
  id: r.id,
  serviceType: r.serviceType,
  countryCode: r.countryCode,
  paymentMethod: r.paymentMethod,
  bps: r.bps,
  effectiveFrom: r.effectiveFrom.toISOString(),
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
});

export async function listRules(ctx: TripContext, filter: { serviceType: string; countryCode: string }) {
  return { rules: (await CommissionRuleRepository.list(ctx.orm.em.fork(), filter)).map(toMessage) };
}

/**
 * A new version of a rule, effective from a time (now by default); older versions stay for the
 * settlements that used them. Two versions taking effect at the same instant are refused (409). The gateway checks MANAGE_COMMISSION; this checks it is staff.
 */
export async function setRule(
  ctx: TripContext,
  actor: Actor | null,
  input: { serviceType: string; countryCode: string; paymentMethod: string; bps: number; effectiveFrom: string },
) {
  if (actor?.type !== 'ADMIN') throw new AppError('FORBIDDEN', 'ADMIN_ONLY', 'commission rules are changed by admins');
  if (!RULE_SERVICES.includes(input.serviceType as RuleService)) throw TripErrors.invalid('serviceType', `must be one of ${RULE_SERVICES.join(', ')}`);
  requireCountryCode('countryCode', input.countryCode);
  if (!PAYMENT_METHODS.includes(input.paymentMethod as PaymentMethod)) throw TripErrors.invalid('paymentMethod', 'must be CASH or ONLINE');
  if (!Number.isInteger(input.bps) || input.bps < 0 || input.bps > 10_000)
    throw TripErrors.invalid('bps', 'must be a whole number of basis points from 0 to 10000');
  const now = new Date();
  const requested = input.effectiveFrom ? new Date(input.effectiveFrom) : now;
  if (Number.isNaN(requested.getTime())) throw TripErrors.invalid('effectiveFrom', 'must be an ISO date-time');
  if (isBackdated(requested, now))
    throw new AppError('REFUSED', 'EFFECTIVE_FROM_IN_PAST', 'a new version takes effect now or later; settlements already made keep the rule they used');
  if (isTooFarAhead(requested, now)) throw TripErrors.invalid('effectiveFrom', 'must be within a year from now');
  const version = {
    id: randomUUID(),
    serviceType: input.serviceType as RuleService,
    countryCode: input.countryCode,
    paymentMethod: input.paymentMethod as PaymentMethod,
    bps: input.bps,
    createdBy: actor.id,
  };
  const rule = await inTransaction(ctx, async (em) => {
    if (!(await TariffRepository.countryOffered(em, version.countryCode)))
      throw TripErrors.invalid('countryCode', `must be a country the platform serves (${version.countryCode} is not)`);
    await CommissionRuleRepository.lockRule(em, version);
    // A time within the skew allowance starts now: a trip completed in those minutes keeps the rate it was quoted.
    const effectiveFrom = await CommissionRuleRepository.startOf(em, requested);
    const rule = { ...version, effectiveFrom };
    // What it replaces, for the trail: the rate trips completed from effectiveFrom would otherwise pay.
    const replaced = ruleInForce(
      await CommissionRuleRepository.list(em, { serviceType: rule.serviceType, countryCode: rule.countryCode, paymentMethod: rule.paymentMethod }),
      rule.serviceType,
      rule.countryCode,
      rule.paymentMethod,
      effectiveFrom,
    );
    // One version per instant, so the rule a settlement uses is never a tie.
    if (!(await CommissionRuleRepository.insert(em, rule))) {
      throw new AppError(
        'CONFLICT',
        'RULE_VERSION_EXISTS',
        `a ${rule.serviceType} ${rule.paymentMethod} rule for ${rule.countryCode} already takes effect at ${effectiveFrom.toISOString()}; choose another effectiveFrom`,
      );
    }
    await enqueueEvent<CommissionRuleChangedV1>(em, SOURCE, {
      type: 'trip.commission-rule-changed.v1',
      aggregateType: 'commission_rule',
      aggregateId: rule.id,
      actor,
      data: {
        ruleId: rule.id,
        serviceType: rule.serviceType,
        countryCode: rule.countryCode,
        paymentMethod: rule.paymentMethod,
        bps: rule.bps,
        effectiveFrom: effectiveFrom.toISOString(),
        adminId: actor.id,
        previousBps: replaced.bps,
      },
    });
    return rule;
  });
  return { ...toMessage({ ...rule, createdAt: new Date() }) };
}
