// scripts/demo: fills a running stack with a deterministic fortnight of demo data, through the REST
// API only (scripts/demo --help). The story is in scripts/demo-data/: cast.ts (who), fortnight.ts
// (their trips), payout-plan.ts (their withdrawals); the other files carry it out idempotently.
import { ensureMember, type Member } from './demo-data/accounts.ts';
import { CAST, type Country } from './demo-data/cast.ts';
import type { DemoContext } from './demo-data/context.ts';
import { JOBS } from './demo-data/fortnight.ts';
import { connect, DemoError, must } from './demo-data/gateway.ts';
import { ensureMenus } from './demo-data/menus.ts';
import { ensureNetting } from './demo-data/netting.ts';
import { PAYOUTS } from './demo-data/payout-plan.ts';
import { ensurePayout, type PayoutOutcome } from './demo-data/payouts.ts';
import { demoOptions, USAGE } from './demo-data/options.ts';
import { printLogins, printPayouts, writeDemoLogins } from './demo-data/report.ts';
import { Seeded } from './demo-data/seeded.ts';
import { ensureTopUps } from './demo-data/top-ups.ts';
import { ensureJobs } from './demo-data/trips.ts';

const COUNTRIES: readonly Country[] = ['NG', 'US', 'BD'];
const REQUIRED_PERMISSIONS = ['MANAGE_PAYOUTS', 'VIEW_PAYOUTS', 'MANAGE_USERS'];

async function run(): Promise<void> {
  const options = demoOptions(process.argv.slice(2), process.env);
  if (options.help) return void console.log(USAGE);
  if (!options.adminEmail || !options.adminPassword)
    throw new DemoError(
      `no admin login: start the stack with scripts/up (it writes ${options.runDir}/dev-secrets.json), or pass --admin-email and --admin-password`,
    );

  const startedAt = new Date();
  const log = (line: string) => console.log(line);
  const gw = connect(options.gatewayUrl, log);
  const ready = await fetch(`${options.gatewayUrl}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) throw new DemoError(`no ready gateway at ${options.gatewayUrl}: start the stack with scripts/up (or pass --url)`);
  const session = await must(
    `sign in as ${options.adminEmail}`,
    gw.as().POST('/api/auth/login', { body: { email: options.adminEmail, password: options.adminPassword } }),
  );
  const missing = REQUIRED_PERMISSIONS.filter((p) => !session.user.permissions.includes(p as (typeof session.user.permissions)[number]));
  if (missing.length) throw new DemoError(`${options.adminEmail} lacks ${missing.join(', ')}`);

  const seeded = new Seeded(options.seed);
  const ctx: DemoContext = { gw, seeded, admin: gw.as(session.accessToken), members: new Map(), startedAt, log };
  log(`Demo data (seed "${seeded.seed}") for ${options.gatewayUrl}`);
  const phase = (name: string, result: string) => log(`  ${name.padEnd(9)} ${result.padEnd(64)} ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s`);
  // The countries share nobody, so they go side by side; within one the order is the story's.
  const perCountry = <T>(work: (country: Country) => Promise<T>) => Promise.all(COUNTRIES.map(work));

  // The first account tells whether an earlier run made the cast (then the others sign in first).
  const first = await ensureMember(gw, seeded, CAST[0]!);
  const byCountry = await perCountry(async (country) => {
    const members: Member[] = [];
    for (const p of CAST.filter((c) => c.country === country && c !== first.person)) members.push(await ensureMember(gw, seeded, p, !first.created));
    return members;
  });
  for (const p of CAST)
    ctx.members.set(
      p.handle,
      [first, ...byCountry.flat()].find((m) => m.person.handle === p.handle)!,
    );
  const members = [...ctx.members.values()];
  phase('accounts', `${members.length} (${members.filter((m) => m.created).length} new)`);

  const menus = await ensureMenus(ctx);
  phase('menus', `${[...menus.ids.values()].reduce((n, items) => n + items.size, 0)} items (${menus.added} new)`);
  phase('top-ups', `${await ensureTopUps(ctx)} new`);

  const jobsRun = await perCountry(async (country) => {
    let ran = 0;
    for (const [driver, jobs] of Object.entries(JOBS))
      if (ctx.members.get(driver)!.person.country === country) ran += await ensureJobs(ctx, menus.ids, driver, jobs);
    return ran;
  });
  const planned = Object.values(JOBS).flat().length;
  phase('trips', `${planned} rides, parcels and food orders (${jobsRun.reduce((a, b) => a + b, 0)} new)`);

  const netted = await perCountry((country) => {
    const earners = members.filter((m) => m.person.country === country && m.person.role !== 'RIDER' && !m.person.testMode);
    return ensureNetting(ctx, country, earners);
  });
  phase('netting', `${netted.length} countries`);
  for (const line of netted) log(`            ${line}`);

  const outcomes = (
    await perCountry(async (country) => {
      const done: PayoutOutcome[] = [];
      for (const [i, planned] of PAYOUTS.entries()) {
        if (ctx.members.get(planned.earner)!.person.country !== country) continue;
        const n = PAYOUTS.slice(0, i).filter((p) => p.earner === planned.earner).length;
        done.push(await ensurePayout(ctx, planned, n));
      }
      return done;
    })
  ).flat();
  outcomes.sort((a, b) => PAYOUTS.indexOf(a.planned) - PAYOUTS.indexOf(b.planned));
  phase('payouts', `${outcomes.length} (${outcomes.filter((o) => o.created).length} new)`);

  printPayouts(outcomes, log);
  printLogins(ctx, { email: options.adminEmail, password: options.adminPassword }, options.allLogins);
  writeDemoLogins(ctx, { email: options.adminEmail, password: options.adminPassword }, options.runDir);
  const waited = gw.stats.throttledMs ? `, ${gw.stats.throttledMs / 1000} s of it waiting for the rate limit` : '';
  log(`Done in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s (${gw.stats.requests} requests${waited}).`);
}

try {
  await run();
} catch (err) {
  console.error(`demo: ${err instanceof DemoError ? err.message : ((err as Error).stack ?? String(err))}`);
  process.exitCode = 1;
}
