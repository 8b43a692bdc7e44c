import type { EntityManager } from '@mikro-orm/postgresql';
import type { NettingRunCompletedV1 } from '@ziba/contracts';
import { enqueueEvent } from '@ziba/messaging';
import { inTransaction } from '@ziba/persistence';
import { requireEndedWeek, type Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import { nettingAmount } from '../domain/netting.ts';
import { SOURCE, type TripContext } from './trip-context.ts';

interface ItemRow {
  wallet_id: string;
  owner_id: string;
  currency: string;
  mode: string;
  owed_before: string;
  netted: string;
  entry_id: string | null;
}
interface RunRow {
  id: string;
  week_start: string;
  country_code: string;
  status: string;
  started_at: Date;
  completed_at: Date | null;
}

/**
 * The weekly commission netting (SPEC section 5), one run per (week, country). A finished run is
 * reported again and moves nothing. Each wallet's item is planned (amount fixed) before the ledger
 * is asked, with a key of its own, so a run resumed after a crash posts exactly what it planned.
 * Runs of the same week and country are serialised by an advisory lock.
 */
export async function runWeeklyNetting(ctx: TripContext, actor: Actor | null, input: { weekOf: string; countryCode: string }) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'netting runs are started by staff or the weekly job');
  const weekStart = requireEndedWeek('weekOf', input.weekOf);
  if (input.countryCode && !/^[A-Z]{2}$/.test(input.countryCode))
    throw new AppError('INVALID', 'INVALID_ARGUMENT', 'countryCode must be an ISO 3166 alpha-2 code');
  const countries = input.countryCode
    ? [input.countryCode]
    : (await ctx.orm.em.fork().execute<Array<{ c: string }>>('select distinct country_code as c from tariff order by 1')).map((r) => r.c.trim());
  const runs = [];
  for (const country of countries) runs.push(await runOne(ctx, actor, weekStart, country));
  return { runs };
}

async function runOne(ctx: TripContext, actor: Actor, weekStart: string, country: string) {
  return inTransaction(ctx, async (lock) => {
    await lock.execute('select pg_advisory_xact_lock(hashtext(?))', [`netting:${weekStart}:${country}`]);
    const em = ctx.orm.em.fork();
    let [run] = await em.execute<RunRow[]>(
      'select id, week_start::text, country_code, status, started_at, completed_at from netting_run where week_start = ? and country_code = ?',
      [weekStart, country],
    );
    if (run?.status === 'COMPLETED') return report(em, run, true);
    if (!run) {
      await em.execute(
        'insert into netting_run (id, week_start, country_code, status, started_by) values (?, ?, ?, ?, ?)',
        [randomUUID(), weekStart, country, 'RUNNING', actor.id],
        'run',
      );
      [run] = await em.execute<RunRow[]>(
        'select id, week_start::text, country_code, status, started_at, completed_at from netting_run where week_start = ? and country_code = ?',
        [weekStart, country],
      );
      await plan(ctx, em, run!, country);
    }
    const items = await em.execute<ItemRow[]>(
      'select wallet_id, owner_id, currency, mode, owed_before::text, netted::text, entry_id from netting_item where run_id = ? and entry_id is null',
      [run!.id],
    );
    for (const item of items) await post(ctx, em, run!, item);
    await inTransaction(ctx, async (tx) => {
      await tx.execute(`update netting_run set status = 'COMPLETED', completed_at = now() where id = ?`, [run!.id], 'run');
      await enqueueEvent<NettingRunCompletedV1>(tx, SOURCE, {
        type: 'trip.netting-run-completed.v1',
        aggregateType: 'netting_run',
        aggregateId: run!.id,
        actor,
        data: { runId: run!.id, weekStart, countryCode: country },
      });
    });
    const [done] = await em.execute<RunRow[]>('select id, week_start::text, country_code, status, started_at, completed_at from netting_run where id = ?', [
      run!.id,
    ]);
    return report(em, done!, false);
  });
}

/** Earners of the country who may owe commission: drivers and restaurants of settled cash orders with a commission. */
async function plan(ctx: TripContext, em: EntityManager, run: RunRow, country: string): Promise<void> {
  const earners = await em.execute<Array<{ owner_id: string; currency: string; mode: string }>>(
    `select driver_id as owner_id, currency, mode from trip
      where country_code = ? and status = 'SETTLED' and payment_method = 'CASH' and platform_amount > 0 and driver_id is not null
     union
     select restaurant_id, currency, mode from trip
      where country_code = ? and status = 'SETTLED' and payment_method = 'CASH' and service_type = 'FOOD' and food_subtotal > restaurant_amount`,
    [country, country],
  );
  for (const e of earners) {
    const w = await ctx.wallet.call('GetWallet', { owner: { ownerId: e.owner_id, currency: e.currency.trim(), mode: e.mode } });
    const owed = BigInt(w.negativeBalance);
    const amount = nettingAmount(BigInt(w.availableBalance), owed);
    if (amount === 0n) continue;
    await em.execute(
      'insert into netting_item (run_id, wallet_id, owner_id, currency, mode, owed_before, netted) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing',
      [run.id, w.id, e.owner_id, w.currency, e.mode, owed.toString(), amount.toString()],
      'run',
    );
  }
}

async function post(ctx: TripContext, em: EntityManager, run: RunRow, item: ItemRow): Promise<void> {
  try {
    const r = await ctx.wallet.call('Transfer', {
      meta: {
        idempotencyKey: `netting:${run.id}:${item.wallet_id}`,
        serviceType: 'commission_settlement',
        description: `weekly commission netting ${run.week_start} ${run.country_code}`,
      },
      currency: item.currency.trim(),
      mode: item.mode,
      legs: [
        { walletId: item.wallet_id, bucket: 'AVAILABLE', amount: `-${item.netted}` },
        { walletId: item.wallet_id, bucket: 'OWED', amount: item.netted },
      ],
    });
    await em.execute('update netting_item set entry_id = ? where run_id = ? and wallet_id = ?', [r.entryId, run.id, item.wallet_id], 'run');
  } catch (err) {
    // The balance moved since the plan (a withdrawal, say): this wallet waits for next week's run.
    if (!isAppError(err) || err.kind === 'UNAVAILABLE' || err.kind === 'INTERNAL') throw err;
    ctx.logger.warn({ runId: run.id, walletId: item.wallet_id, code: err.code }, 'netting item refused by the ledger; skipped');
    await em.execute(`update netting_item set entry_id = ? where run_id = ? and wallet_id = ?`, [`refused:${err.code}`, run.id, item.wallet_id], 'run');
  }
}

async function report(em: EntityManager, run: RunRow, replayed: boolean) {
  const items = await em.execute<ItemRow[]>(
    `select wallet_id, owner_id, currency, mode, owed_before::text, netted::text, entry_id from netting_item where run_id = ? and (entry_id is null or entry_id not like 'refused:%') order by owner_id`,
    [run.id],
  );
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
