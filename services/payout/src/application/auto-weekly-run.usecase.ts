import { inTransaction } from '@ziba/persistence';
import { requireEndedWeek, type Actor } from '@ziba/service-kit';
import { AppError, isAppError } from '@ziba/service-kit/errors';
import { modeOf } from '@ziba/service-kit/mode';
import { randomUUID } from 'node:crypto';
import { withdrawable } from '../domain/withdrawal-rules.ts';
import { PayoutRepository } from '../persistence/payout.repository.ts';
import type { PayoutContext } from './payout-context.ts';
import { toPayoutMessage } from './payout-mapper.ts';
import { startWithdrawal } from './request-withdrawal.usecase.ts';

interface RunRow {
  id: string;
  week_start: string;
  country_code: string;
  skipped: number;
}

/**
 * The weekly auto-payout (SPEC section 6, origin auto_weekly), started by a CronJob or an admin.
 * Earners of the country with a verified payout method whose withdrawable balance (available minus
 * owed) reaches the threshold get a PENDING payout of it, through the same rules and saga as a
 * request; an earner the rules refuse is skipped, not blocked. Once per (week, country): a repeat
 * reports the first run.
 */
export async function runAutoWeeklyPayouts(ctx: PayoutContext, actor: Actor | null, input: { weekOf: string; countryCode: string }) {
  if (actor?.type !== 'ADMIN' && actor?.type !== 'SYSTEM')
    throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'the weekly run is started by staff or its job');
  const weekStart = requireEndedWeek('weekOf', input.weekOf);
  if (!/^[A-Z]{2}$/.test(input.countryCode ?? '')) throw new AppError('INVALID', 'INVALID_ARGUMENT', 'countryCode must be an ISO 3166 alpha-2 code');
  const country = input.countryCode;

  return inTransaction(ctx, async (lock) => {
    await lock.execute('select pg_advisory_xact_lock(hashtext(?))', [`auto-payout:${weekStart}:${country}`]);
    const em = ctx.orm.em.fork();
    const [existing] = await em.execute<RunRow[]>(
      'select id, week_start::text, country_code, skipped from auto_payout_run where week_start = ? and country_code = ?',
      [weekStart, country],
    );
    if (existing) return report(ctx, existing, true);

    const runId = randomUUID();
    await em.execute(
      'insert into auto_payout_run (id, week_start, country_code, started_by) values (?, ?, ?, ?)',
      [runId, weekStart, country, actor.id],
      'run',
    );
    const earners = await em.execute<Array<{ owner_id: string }>>(
      `select owner_id from payout_method where active and status = 'VERIFIED' and country_code = ? order by owner_id`,
      [country],
    );
    let skipped = 0;
    for (const { owner_id: ownerId } of earners) {
      const user = await ctx.identity.call('GetUser', { userId: ownerId });
      if (user.role !== 'DRIVER' && user.role !== 'RESTAURANT') continue;
      const wallet = await ctx.wallet.call('GetWallet', { owner: { ownerId, currency: user.currency, mode: modeOf(user.testMode) } });
      const amount = withdrawable(BigInt(wallet.availableBalance), BigInt(wallet.negativeBalance || '0'));
      if (amount < ctx.autoPayoutThreshold(country) || (await PayoutRepository.hasOpen(em, ownerId))) {
        skipped++;
        continue;
      }
      try {
        await startWithdrawal(
          ctx,
          { id: ownerId, role: user.role },
          actor,
          { idempotencyKey: `auto-weekly:${weekStart}`, amount: { amount: amount.toString(), currency: wallet.currency }, clientIp: '' },
          { origin: 'auto_weekly', autoRunId: runId },
        );
      } catch (err) {
        if (!isAppError(err) || err.code !== 'PAYOUT_BLOCKED') throw err;
        skipped++;
      }
    }
    await em.execute('update auto_payout_run set skipped = ? where id = ?', [skipped, runId], 'run');
    return report(ctx, { id: runId, week_start: weekStart, country_code: country, skipped }, false);
  });
}

async function report(ctx: PayoutContext, run: RunRow, replayed: boolean) {
  const em = ctx.orm.em.fork();
  const ids = await em.execute<Array<{ id: string }>>(`select id from payout where auto_run_id = ? and status <> 'BLOCKED' order by owner_id`, [run.id]);
  const payouts = [];
  for (const { id } of ids) payouts.push(await toPayoutMessage(em, (await PayoutRepository.find(em, id))!));
  return { id: run.id, weekStart: run.week_start, countryCode: run.country_code.trim(), replayed, payouts, skipped: run.skipped };
}
