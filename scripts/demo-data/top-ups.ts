// Riders' wallet top-ups. The rider's statement tells how many top-ups were made already (the API
// refuses a top-up while a fare is on hold, so a repeat is not even asked for); each one that is
// missing goes under its own seed-derived Idempotency-Key.
import type { Member } from './accounts.ts';
import type { DemoContext } from './context.ts';
import { member } from './context.ts';
import { TOP_UPS } from './fortnight.ts';
import { allPages, must } from './gateway.ts';

/** Every line of this member's own statement, oldest first. */
export async function statementOf(m: Member) {
  const pages = await allPages(`statement of ${m.email}`, (cursor) =>
    m.api.GET('/api/wallet/transactions', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }),
  );
  return pages.flatMap((p) => p.transactions).reverse();
}

export async function ensureTopUps(ctx: DemoContext): Promise<number> {
  let added = 0;
  for (const [handle, amounts] of Object.entries(TOP_UPS)) {
    const rider = member(ctx, handle);
    const done = rider.created ? 0 : (await statementOf(rider)).filter((t) => t.serviceType === 'funding').length;
    for (let i = done; i < amounts.length; i++) {
      const key = ctx.seeded.key(`top-up:${handle}:${i}`);
      await must(
        `top-up of ${rider.email}`,
        rider.api.POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': key } }, body: { amount: amounts[i]! } }),
      );
      added++;
    }
  }
  return added;
}
