import type pg from 'pg';
import { found, rows, type Invariant } from './invariant.ts';

// Trips and food orders (services/trip-settlement) against the ledger they move money in. A trip's
// fare hold is `trip-<trip id>-<attempt>` in the ledger; its settlement is the entry keyed
// `trip:<trip id>:settle` (stored as `trip-settlement:trip:<trip id>:settle`).

const TERMINAL = `status = 'SETTLED' or status like 'CANCELLED%'`;
const tripIdOfHold = (holdId: string) => /^trip-(.+)-\d+$/.exec(holdId)?.[1] ?? null;

interface LedgerHold {
  id: string;
  amount: string;
  remaining: string;
}
const tripHolds = (ledger: pg.ClientBase) => rows<LedgerHold>(ledger, `select id, amount::text, remaining::text from hold where id like 'trip-%'`);

/** A cancelled or settled trip (or order) keeps nothing locked: neither by its own record nor in the ledger. */
export const noTerminalTripHolds: Invariant = {
  name: 'trips: no terminal trip or order has an open hold',
  needs: ['trip-settlement', 'wallet-ledger'],
  async check({ db }) {
    const terminal = await rows<{ id: string; status: string; hold_state: string }>(
      db['trip-settlement'],
      `select id::text, status, hold_state from trip where ${TERMINAL}`,
    );
    const open = new Map<string, string>();
    for (const h of await tripHolds(db['wallet-ledger'])) if (h.remaining !== '0') open.set(tripIdOfHold(h.id) ?? h.id, h.id);
    const offenders: string[] = [];
    for (const t of terminal) {
      if (t.hold_state === 'REQUESTED' || t.hold_state === 'HELD') offenders.push(`${t.id} (${t.status}, hold ${t.hold_state})`);
      else if (open.has(t.id)) offenders.push(`${t.id} (${t.status}, ledger hold ${open.get(t.id)} still open)`);
    }
    return found(offenders, terminal.length);
  },
};

/** A trip that says its fare is held has exactly its fare locked in the ledger; every fare locked in the ledger is a trip's current hold. */
export const fareHoldsMatchLedger: Invariant = {
  name: 'trips: every held fare is locked in the ledger, and only those',
  needs: ['trip-settlement', 'wallet-ledger'],
  async check({ db }) {
    const trips = await rows<{ id: string; hold_id: string | null; hold_state: string; fare: string }>(
      db['trip-settlement'],
      `select id::text, hold_id, hold_state, fare::text from trip where hold_id is not null`,
    );
    const holds = new Map((await tripHolds(db['wallet-ledger'])).map((h) => [h.id, h]));
    const byId = new Map(trips.map((t) => [t.id, t]));
    const offenders: string[] = [];
    for (const t of trips) {
      if (t.hold_state !== 'HELD') continue;
      const h = t.hold_id ? holds.get(t.hold_id) : undefined;
      if (!h || h.remaining !== t.fare) offenders.push(`${t.id}: HELD with fare ${t.fare}, ledger hold ${h ? `${h.remaining} of ${h.amount}` : 'missing'}`);
    }
    for (const h of holds.values()) {
      if (h.remaining === '0') continue;
      const t = byId.get(tripIdOfHold(h.id) ?? '');
      // A hold still being asked for (REQUESTED) owns its ledger hold until the recovery pass decides.
      if (!t || t.hold_id !== h.id || (t.hold_state !== 'HELD' && t.hold_state !== 'REQUESTED'))
        offenders.push(`${h.id}: ${h.remaining} locked, trip ${t ? `hold ${t.hold_state} (${t.hold_id})` : 'unknown'}`);
    }
    return found(offenders, trips.length);
  },
};

/** A SETTLED trip has its one settlement entry in the ledger, and every settlement entry's trip says SETTLED. */
export const settledTripsHaveOneEntry: Invariant = {
  name: 'trips: every settled trip or order has exactly one settlement entry',
  needs: ['trip-settlement', 'wallet-ledger'],
  async check({ db }) {
    const settled = await rows<{ id: string; status: string; settlement_entry_id: string | null }>(
      db['trip-settlement'],
      `select id::text, status, settlement_entry_id from trip where status = 'SETTLED' or settlement_entry_id is not null`,
    );
    const entries = await rows<{ trip_id: string; ids: string[] }>(
      db['wallet-ledger'],
      // The ledger keeps each key under its caller's name: `trip-settlement:trip:<id>:settle`.
      `select substring(idempotency_key from ':trip:([0-9a-f-]{36}):settle$') as trip_id, array_agg(id::text) as ids
         from journal_entry where idempotency_key like '%:trip:%:settle' group by 1`,
    );
    const entryOf = new Map(entries.map((e) => [e.trip_id, e.ids]));
    const trips = new Map(settled.map((t) => [t.id, t]));
    const offenders: string[] = [];
    for (const t of settled) {
      const ids = entryOf.get(t.id) ?? [];
      if (t.status !== 'SETTLED') offenders.push(`${t.id}: ${t.status} but records settlement entry ${t.settlement_entry_id}`);
      // A settlement with nothing to move (a cash trip without commission) has no entry, and says so.
      else if (ids.length !== (t.settlement_entry_id ? 1 : 0))
        offenders.push(`${t.id}: SETTLED with ${ids.length} settlement entries, records ${t.settlement_entry_id ?? 'none'}`);
      else if (ids.length === 1 && t.settlement_entry_id !== ids[0])
        offenders.push(`${t.id}: records entry ${t.settlement_entry_id}, the ledger has ${ids[0]}`);
    }
    for (const e of entries) if (!trips.has(e.trip_id)) offenders.push(`${e.trip_id}: settled in the ledger (${e.ids.join(', ')}) but not SETTLED`);
    return found(offenders, settled.length);
  },
};

export const tripSettlementInvariants: readonly Invariant[] = [noTerminalTripHolds, fareHoldsMatchLedger, settledTripsHaveOneEntry];
