import type pg from 'pg';
import { found, rows, type Invariant } from './invariant.ts';

// Payouts (services/payout) against the ledger. A payout locks its amount under the hold
// `payout-<payout id>`; paying it captures that hold to the payout clearing account (a CAPTURE entry
// whose reference is the payout).

const TERMINAL = ['PAID', 'REJECTED', 'REVERSED', 'RETURNED', 'BLOCKED'];
/** Money still locked for the earner (REQUESTED is the instant the hold is being asked for, left out). */
const OPEN = ['PENDING', 'APPROVED', 'PROCESSING', 'FAILED'];
/** The states in which the money has left through the provider. */
const PAID = ['PAID', 'RETURNED'];

interface Payout {
  id: string;
  status: string;
  amount: string;
}
const payouts = (db: pg.ClientBase, statuses: string[]) =>
  rows<Payout>(db, 'select id::text, status, amount::text from payout where status = any($1::text[])', [statuses]);
const payoutHolds = async (ledger: pg.ClientBase) =>
  new Map(
    (await rows<{ id: string; remaining: string }>(ledger, `select substr(id, 8) as id, remaining::text from hold where id like 'payout-%'`)).map((h) => [
      h.id,
      h.remaining,
    ]),
  );
const capturesByPayout = async (ledger: pg.ClientBase) =>
  new Map(
    (
      await rows<{ payout_id: string; n: number }>(
        ledger,
        `select reference_id as payout_id, count(*)::int as n from journal_entry where entry_type = 'CAPTURE' and reference_type = 'payout' group by 1`,
      )
    ).map((c) => [c.payout_id, c.n]),
  );

export const noTerminalPayoutHolds: Invariant = {
  name: 'payouts: no terminal payout has an open hold',
  needs: ['payout', 'wallet-ledger'],
  async check({ db }) {
    const done = await payouts(db.payout, TERMINAL);
    const holds = await payoutHolds(db['wallet-ledger']);
    return found(
      done.filter((p) => (holds.get(p.id) ?? '0') !== '0').map((p) => `${p.id} (${p.status}, ${holds.get(p.id)} still locked)`),
      done.length,
    );
  },
};

export const openPayoutsLocked: Invariant = {
  name: "payouts: every open payout's amount is locked",
  needs: ['payout', 'wallet-ledger'],
  async check({ db }) {
    const open = await payouts(db.payout, OPEN);
    const holds = await payoutHolds(db['wallet-ledger']);
    return found(
      open.filter((p) => holds.get(p.id) !== p.amount).map((p) => `${p.id} (${p.status}, ${p.amount} asked, ${holds.get(p.id) ?? 'no hold'} locked)`),
      open.length,
    );
  },
};

export const noPayoutCapturedTwice: Invariant = {
  name: 'payouts: no payout captured twice',
  needs: ['wallet-ledger'],
  async check({ db }) {
    const captures = await capturesByPayout(db['wallet-ledger']);
    return found(
      [...captures].filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n} captures)`),
      captures.size,
    );
  },
};

export const paidPayoutsCapturedOnce: Invariant = {
  name: 'payouts: every PAID payout has exactly one capture',
  needs: ['payout', 'wallet-ledger'],
  async check({ db }) {
    const paid = await payouts(db.payout, PAID);
    const captures = await capturesByPayout(db['wallet-ledger']);
    return found(
      paid.filter((p) => captures.get(p.id) !== 1).map((p) => `${p.id} (${p.status}, ${captures.get(p.id) ?? 0} captures)`),
      paid.length,
    );
  },
};

/** Money that left through the payout clearing account belongs to a payout that says it was paid. */
export const capturesArePaid: Invariant = {
  name: 'payouts: every capture is of a PAID payout',
  needs: ['payout', 'wallet-ledger'],
  async check({ db }) {
    const captures = await capturesByPayout(db['wallet-ledger']);
    const status = new Map(
      (await rows<Payout>(db.payout, 'select id::text, status, amount::text from payout where id::text = any($1::text[])', [[...captures.keys()]])).map((p) => [
        p.id,
        p.status,
      ]),
    );
    return found(
      [...captures.keys()].filter((id) => !PAID.includes(status.get(id) ?? '')).map((id) => `${id} (${status.get(id) ?? 'unknown payout'})`),
      captures.size,
    );
  },
};

export const payoutInvariants: readonly Invariant[] = [
  noTerminalPayoutHolds,
  openPayoutsLocked,
  noPayoutCapturedTwice,
  paidPayoutsCapturedOnce,
  capturesArePaid,
];
