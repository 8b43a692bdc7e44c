// What the demo prints at the end: the payouts it left in each state, and logins to try (one of each
// kind; every account with --all-logins). The login lines have one format, which the e2e test reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Member } from './accounts.ts';
import type { DemoContext } from './context.ts';
import { member, money } from './context.ts';
import type { PayoutOutcome } from './payouts.ts';

/** One of each kind: the accounts whose screens show the most. */
export const SHOWCASE = { rider: 'chiamaka.obi', driver: 'adebayo.ogunleye', restaurant: 'titilayo.balogun' } as const;

export function loginLine(kind: string, email: string, password: string): string {
  return `  ${kind.padEnd(11)} ${email} / ${password}`;
}

export function printPayouts(outcomes: PayoutOutcome[], log: (line: string) => void): void {
  log('Payouts (status, amount, earner, approvals given/required, review flags or refusal reasons, story):');
  for (const o of outcomes) {
    const amount = money(o.planned.amount, o.earner.person.country);
    const flags = o.reviewFlags.length ? `[${o.reviewFlags.join(', ')}] ` : '';
    log(`  ${o.status.padEnd(10)} ${amount.padStart(18)}  ${o.earner.email.padEnd(34)} ${o.approvals.padEnd(3)}  ${flags}${o.planned.note}`);
  }
}

export function printLogins(ctx: DemoContext, admin: { email: string; password: string }, all: boolean): void {
  ctx.log('Logins (email / password):');
  for (const [kind, handle] of Object.entries(SHOWCASE)) {
    const m = member(ctx, handle);
    ctx.log(loginLine(kind, m.email, m.password));
  }
  ctx.log(loginLine('admin', admin.email, admin.password));
  if (!all) return ctx.log('  (scripts/demo --all-logins lists every demo account)');
  ctx.log('Every demo account:');
  for (const m of ctx.members.values()) ctx.log(`${loginLine(m.person.role.toLowerCase(), m.email, m.password)}   ${describe(m)}`);
}

const describe = (m: Member) => [m.person.country, m.person.business, m.person.testMode ? 'test mode' : '', m.person.kyc].filter(Boolean).join(', ');

export const DEMO_LOGINS_FILE = 'demo-logins.json';
export type DemoLogins = Record<keyof typeof SHOWCASE | 'admin', { email: string; password: string }>;

/** The showcase logins, for scripts/screenshots; readable by this user only, like dev-secrets.json. */
export function writeDemoLogins(ctx: DemoContext, admin: { email: string; password: string }, runDir: string): void {
  const logins = Object.fromEntries(
    Object.entries(SHOWCASE).map(([kind, handle]) => [kind, { email: member(ctx, handle).email, password: member(ctx, handle).password }]),
  );
  writeFileSync(join(runDir, DEMO_LOGINS_FILE), JSON.stringify({ ...logins, admin }, null, 2), { mode: 0o600 });
}
