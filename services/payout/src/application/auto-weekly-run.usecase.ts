import type { PayoutAutoRunCompletedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction, runExclusive } from '@ziba/persistence';
import { requireCountryCode, requireEndedWeek, type Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { withdrawable } from '../domain/withdrawal-rules.ts';
import { autoPayoutSkips, type SkippedEarner } from '../domain/auto-payout-rules.ts';
import { AutoRunRepository, type AutoRunRow } from '../persistence/auto-payout-run.repository.ts';
import { MethodRepository } from '../persistence/payout-method.repository.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import { SOURCE, type PayoutContext } from './payout-context.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { startWithdrawal } from './request-withdrawal.usecase.ts';

const runInProgress = (country: string) =>
  new AppError('CONFLICT', 'RUN_IN_PROGRESS', `this week's run for ${country} is being made now; ask again in a moment for its result`);

/**
 * The weekly auto-payout (SPEC section 6, origin auto_weekly), started by a CronJob or an admin.
 * Earners of the country with a verified payout method whose withdrawable balance (available minus
 * owed) reaches the threshold get a PENDING payout of it, through the same rules and saga as a
 * request; an earner the rules refuse is skipped, not blocked, and the run records whom it skipped
 * and why. Once per (week, country): a repeat reports the first run.
 */
export async function runAutoWeeklyPayouts(ctx: PayoutContext, actor: Actor | null, input: { weekOf: string; countryCode: string }) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'the weekly run is started by staff or its job');
  const weekStart = requireEndedWeek('weekOf', input.weekOf);
  requireCountryCode('countryCode', input.countryCode);
  const country = input.countryCode;
  if (!ctx.servesCountry(country)) throw new AppError('INVALID', 'UNSUPPORTED_COUNTRY', `no earner is paid out in ${country}`);

  // One call makes the run; one made meanwhile is told to come back rather than wait (runExclusive
  // holds the lock on a connection of its own, never one of the pool the run needs).
  const outcome = await runExclusive(ctx.orm, `auto-payout:${weekStart}:${country}`, async () => {
    const em = ctx.orm.em.fork();
    const existing = await AutoRunRepository.find(em, weekStart, country);
    if (existing) return report(ctx, existing, true);

    const runId = randomUUID();
    await AutoRunRepository.insert(em, { id: runId, weekStart, countryCode: country, startedBy: actor.id });
    const skipped: SkippedEarner[] = [];
    for (const ownerId of await MethodRepository.verifiedOwnersIn(em, country)) {
      const user = await ctx.identity.call('GetUser', { userId: ownerId });
      if (user.role !== 'DRIVER' && user.role !== 'RESTAURANT') continue;
      const wallet = await ctx.wallet.call('GetWallet', { owner: { ownerId, currency: user.currency, mode: modeOf(user.testMode) } });
      const amount = withdrawable(BigInt(wallet.availableBalance), BigInt(wallet.negativeBalance || '0'));
      const passedBy = autoPayoutSkips({ amount, threshold: ctx.autoPayoutThreshold(country), hasOpenPayout: await PayoutRepository.hasOpen(em, ownerId) });
      if (passedBy.length) {
        skipped.push({ ownerId, reasons: passedBy });
        continue;
      }
      try {
        await startWithdrawal(
          ctx,
          { id: ownerId, role: user.role },
          actor,
          // A key no client can send ('/' is not allowed in an Idempotency-Key), so an earner's own request cannot take the run's.
          { idempotencyKey: `auto-weekly/${weekStart}`, amount: { amount: amount.toString(), currency: wallet.currency }, clientIp: '' },
          { origin: 'auto_weekly', autoRunId: runId },
        );
      } catch (err) {
        if (!isAppError(err) || err.code !== 'PAYOUT_BLOCKED') throw err;
        skipped.push({ ownerId, reasons: err.reasons ?? [] });
      }
    }
    // Whom it skipped and why go to the audit trail with the run's end, as what it paid went with each payout.
    await inTransaction(ctx, async (tx) => {
      await AutoRunRepository.setSkipped(tx, runId, skipped);
      await enqueueEvent<PayoutAutoRunCompletedV1>(tx, SOURCE, {
        type: 'payout.auto-run-completed.v1',
        aggregateType: 'auto_payout_run',
        aggregateId: runId,
        actor,
        data: { runId, weekStart, countryCode: country, payouts: (await PayoutRepository.ofAutoRun(tx, runId)).length, skipped },
      });
    });
    return report(ctx, { id: runId, weekStart, countryCode: country, skipped: skipped.length, skippedEarners: skipped }, false);
  });
  if (!outcome.ran) throw runInProgress(country);
  return outcome.value;
}

async function report(ctx: PayoutContext, run: AutoRunRow, replayed: boolean) {
  const em = ctx.orm.em.fork();
  const payouts = [];
  for (const p of await PayoutRepository.ofAutoRun(em, run.id)) payouts.push(await toPayoutMessage(em, p));
  return { id: run.id, weekStart: run.weekStart, countryCode: run.countryCode, replayed, payouts, skipped: run.skipped, skippedEarners: run.skippedEarners };
}
