// The weekly commission netting. The API runs it only for a week that has ended, once per week and
// country, and a run nets what earners owe at that moment (not what the week's trips earned), so
// the demo runs the last ended week: the cash commission of the fortnight is netted from what the
// same earners made online, in full where they made enough and partially where they did not.
// It runs only while one of the demo's earners owes commission it could net (so a second run does
// nothing); if another run has already used that week (the weekly job of a long-running stack),
// the week before is tried, and so on.
import type { Member } from './accounts.ts';
import type { Country } from './cast.ts';
import type { DemoContext } from './context.ts';
import { money } from './context.ts';
import { DemoError, must } from './gateway.ts';

/** The Monday (UTC) of the week `weeksAgo` weeks before this one, as YYYY-MM-DD. */
export function mondayOf(weeksAgo: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeksAgo);
  return d.toISOString().slice(0, 10);
}

/** A line for the summary: what the country's netting did. */
export async function ensureNetting(ctx: DemoContext, country: Country, earners: Member[]): Promise<string> {
  let nettable = 0;
  for (const e of earners) {
    const w = await must(`wallet of ${e.email}`, e.api.GET('/api/wallet'));
    if (BigInt(w.negativeBalance) > 0n && BigInt(w.availableBalance) > 0n) nettable++;
  }
  if (nettable === 0) return `${country}: nothing left to net`;

  for (let weeksAgo = 1; weeksAgo <= 8; weeksAgo++) {
    const weekOf = mondayOf(weeksAgo);
    const asked = await ctx.admin.POST('/api/admin/settlements/weekly-run', {
      params: { header: { 'idempotency-key': ctx.seeded.key(`netting:${country}:${weekOf}`) } },
      body: { weekOf, countryCode: country },
    });
    const run = (await must(`weekly netting ${country} ${weekOf}`, Promise.resolve(asked))).runs[0]!;
    // A week netted before (by an earlier run or the weekly job) moves nothing now: try the one before.
    if (run.replayed || asked.response.headers.get('idempotent-replayed') === 'true') continue;
    const ours = run.items.filter((i) => earners.some((e) => e.id === i.ownerId));
    const partial = ours.filter((i) => BigInt(i.owedAfter?.amount ?? 0) > 0n).length;
    const total = ours.reduce((sum, i) => sum + BigInt(i.netted?.amount ?? 0), 0n);
    return `${country}: week of ${run.weekStart}, ${ours.length} wallets netted${partial ? ` (${partial} partially)` : ''}, ${money(total, country)}`;
  }
  throw new DemoError(`${country}: every week of the last eight has a netting run already; nothing could net the demo's owed commission`);
}
