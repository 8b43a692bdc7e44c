import type { NettingRunCompletedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import { inTransaction, runExclusive } from '@ziba/persistence';
import { adminIdOf, optionalCountryCode, requireEndedWeek, type Actor } from '@ziba/service-kit';
import { AppError, isRefusal } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import { nettedTotal, nettingAmount } from '../domain/netting.ts';
import { NettingRepository, type NettingItemRow, type NettingRunRow } from '../persistence/netting.repository.ts';
import { TariffRepository } from '../persistence/tariff.repository.ts';
import { TripRepository } from '../persistence/trip.repository.ts';
import { SOURCE, type TripContext } from './trip-context.ts';

/**
 * The weekly commission netting (SPEC section 5), one run per (week, country). A finished run is
 * reported again and moves nothing. Each wallet's item is planned (amount fixed) before the ledger
 * is asked, with a key of its own, so a run resumed after a crash posts exactly what it planned.
 * Runs of the same week and country are serialised by an advisory lock; a call that finds it taken
 * is 409 RUN_IN_PROGRESS (retry shortly), and a finished run is reported without it.
 */
export async function runWeeklyNetting(ctx: TripContext, actor: Actor | null, input: { weekOf: string; countryCode: string }) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'netting runs are started by staff or the weekly job');
  const weekStart = requireEndedWeek('weekOf', input.weekOf);
  optionalCountryCode('countryCode', input.countryCode);
  const served = await TariffRepository.countries(ctx.orm.em.fork());
  if (input.countryCode && !served.includes(input.countryCode))
    throw new AppError('INVALID', 'UNSUPPORTED_COUNTRY', `no trips are priced in ${input.countryCode}, so nothing is owed there`);
  const countries = input.countryCode ? [input.countryCode] : served;
  const runs = [];
  for (const country of countries) runs.push(await runOne(ctx, actor, weekStart, country));
  return { runs };
}

async function runOne(ctx: TripContext, actor: Actor, weekStart: string, country: string) {
  const finished = await NettingRepository.findRun(ctx.orm.em.fork(), weekStart, country);
  if (finished?.status === 'COMPLETED') return report(ctx.orm.em.fork(), finished, true);
  // One call makes the run; one made meanwhile is told to come back rather than wait (runExclusive
  // holds the lock on a connection of its own, never one of the pool the run needs).
  const outcome = await runExclusive(ctx.orm, `netting:${weekStart}:${country}`, async () => {
    const em = ctx.orm.em.fork();
    let run = await NettingRepository.findRun(em, weekStart, country);
    if (run?.status === 'COMPLETED') return report(em, run, true);
    if (!run) {
      await NettingRepository.insertRun(em, { id: randomUUID(), weekStart, countryCode: country, startedBy: actor.id });
      run = await NettingRepository.findRun(em, weekStart, country);
      await plan(ctx, em, run!, country);
    }
    const items = await NettingRepository.unpostedItems(em, run!.id);
    for (const item of items) await post(ctx, em, run!, item, adminIdOf(actor));
    await inTransaction(ctx, async (tx) => {
      await NettingRepository.completeRun(tx, run!.id);
      const netted = nettedTotal(
        (await NettingRepository.reportedItems(tx, run!.id)).map((i) => ({
          mode: i.mode,
          currency: i.currency.trim(),
          netted: BigInt(i.netted),
          entryId: i.entry_id,
        })),
      );
      await enqueueEvent<NettingRunCompletedV1>(tx, SOURCE, {
        type: 'trip.netting-run-completed.v1',
        aggregateType: 'netting_run',
        aggregateId: run!.id,
        actor,
        data: { runId: run!.id, weekStart, countryCode: country, amount: netted?.amount.toString() ?? null, currency: netted?.currency ?? null },
      });
    });
    const done = await NettingRepository.findRunById(em, run!.id);
    return report(em, done!, false);
  });
  if (!outcome.ran)
    throw new AppError('CONFLICT', 'RUN_IN_PROGRESS', `this week's netting for ${country} is being made now; ask again in a moment for its result`);
  return outcome.value;
}

/** Plans an item for each earner of the country who owes commission and has money to net it from. */
async function plan(ctx: TripContext, em: SqlExecutor, run: NettingRunRow, country: string): Promise<void> {
  const earners = await TripRepository.cashEarners(em, country);
  for (const e of earners) {
    const w = await ctx.wallet.call('GetWallet', { owner: { ownerId: e.owner_id, currency: e.currency.trim(), mode: e.mode } });
    const owed = BigInt(w.negativeBalance);
    const amount = nettingAmount(BigInt(w.availableBalance), owed);
    if (amount === 0n) continue;
    await NettingRepository.insertItem(em, {
      runId: run.id,
      walletId: w.id,
      ownerId: e.owner_id,
      currency: w.currency,
      mode: e.mode,
      owedBefore: owed,
      netted: amount,
    });
  }
}

/** `adminId`: the admin whose call posts the item (who started or resumed the run), '' for the weekly job. */
async function post(ctx: TripContext, em: SqlExecutor, run: NettingRunRow, item: NettingItemRow, adminId: string): Promise<void> {
  try {
    const r = await ctx.wallet.call('Transfer', {
      meta: {
        idempotencyKey: `netting:${run.id}:${item.wallet_id}`,
        serviceType: 'commission_settlement',
        reference: { type: 'netting_run', id: run.id },
        description: `weekly commission netting ${run.week_start} ${run.country_code}`,
        createdByAdminId: adminId,
      },
      currency: item.currency.trim(),
      mode: item.mode,
      legs: [
        { walletId: item.wallet_id, bucket: 'AVAILABLE', amount: `-${item.netted}` },
        { walletId: item.wallet_id, bucket: 'OWED', amount: item.netted },
      ],
    });
    await NettingRepository.setItemEntry(em, run.id, item.wallet_id, r.entryId);
  } catch (err) {
    // The balance moved since the plan (a withdrawal, say): this wallet waits for next week's run.
    // Not a key the ledger knows under another request (an item posted by an earlier version of this
    // request): its money may have moved, so the run stops rather than call it refused.
    if (!isRefusal(err) || err.code === 'IDEMPOTENCY_KEY_REUSED') throw err;
    ctx.logger.warn({ runId: run.id, walletId: item.wallet_id, code: err.code }, 'netting item refused by the ledger; skipped');
    await NettingRepository.setItemEntry(em, run.id, item.wallet_id, `refused:${err.code}`);
  }
}

async function report(em: SqlExecutor, run: NettingRunRow, replayed: boolean) {
  const items = await NettingRepository.reportedItems(em, run.id);
  const money = (amount: bigint, currency: string) => ({ amount: amount.toString(), currency: currency.trim() });
  return {
    id: run.id,
    weekStart: run.week_start,
    countryCode: run.country_code.trim(),
    status: run.status,
    replayed,
    items: items.map((i) => ({
      ownerId: i.owner_id,
      walletId: i.wallet_id,
      owedBefore: money(BigInt(i.owed_before), i.currency),
      netted: money(BigInt(i.netted), i.currency),
      owedAfter: money(BigInt(i.owed_before) - BigInt(i.netted), i.currency),
      entryId: i.entry_id ?? '',
    })),
    startedAt: new Date(run.started_at).toISOString(),
    completedAt: run.completed_at ? new Date(run.completed_at).toISOString() : '',
  };
}
