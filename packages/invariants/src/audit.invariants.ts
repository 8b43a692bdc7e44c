import type pg from 'pg';
import { verifyChain } from '../../../services/audit/src/application/audit-log.ts';
import { found, rows, Tally, type Invariant } from './invariant.ts';

// The audit trail (services/audit) against what the services did: one record per event they
// produced, and a hash chain that verifies, checked by the audit service's own verifier.
// Records of entities this stack's databases do not know are not counted against it: on a broker
// shared by several stacks an audit service may also hear the others' events.

/** The audit service's verifier reads through MikroORM's `execute` with `?` placeholders: the same over a pg client. */
const sqlExecutor = (db: pg.ClientBase) => ({
  async execute<T>(sql: string, params: unknown[] = []): Promise<T> {
    let n = 0;
    return (
      await db.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as T;
  },
});

export const auditChainVerifies: Invariant = {
  name: 'audit: the hash chain verifies',
  needs: ['audit'],
  async check({ db }) {
    const result = await verifyChain(sqlExecutor(db.audit));
    return found(result.ok ? [] : [`record ${result.firstBrokenSeq}: ${result.reason}`], result.records);
  },
};

/** Audit records of one event type, counted by key (an entity id, or an entity id with its transition). */
async function recorded(audit: pg.ClientBase, eventType: string, key: string): Promise<Tally> {
  const tally = new Tally();
  for (const r of await rows<{ key: string; n: number }>(audit, `select ${key} as key, count(*)::int as n from audit_record where event_type = $1 group by 1`, [
    eventType,
  ]))
    tally.add(r.key, r.n);
  return tally;
}

/** Compares what a service produced (a tally of keys) with what the audit log recorded. */
function oneRecordEach(produced: Tally, audited: Tally) {
  const offenders: string[] = [];
  for (const key of produced.keys())
    if (audited.get(key) !== produced.get(key)) offenders.push(`${key}: ${produced.get(key)} produced, ${audited.get(key)} recorded`);
  return offenders;
}

async function tallyOf(db: pg.ClientBase, sql: string): Promise<Tally> {
  const tally = new Tally();
  for (const r of await rows<{ key: string; n: number }>(db, sql)) tally.add(r.key, r.n);
  return tally;
}

const TRANSITION_KEY = (id: string) => `${id} || ':' || coalesce(data->'event'->>'from', '') || '>' || (data->'event'->>'to')`;

export const auditHasEveryEntry: Invariant = {
  name: 'audit: one record per journal entry',
  needs: ['wallet-ledger', 'audit'],
  async check({ db }) {
    const produced = await tallyOf(db['wallet-ledger'], 'select id::text as key, 1 as n from journal_entry');
    return found(oneRecordEach(produced, await recorded(db.audit, 'wallet.entry-posted.v1', 'entity_id')), produced.size);
  },
};

export const auditHasEveryPayoutTransition: Invariant = {
  name: 'audit: one record per payout transition',
  needs: ['payout', 'audit'],
  async check({ db }) {
    const produced = await tallyOf(
      db.payout,
      `select payout_id || ':' || coalesce(from_status, '') || '>' || to_status as key, count(*)::int as n from payout_transition group by 1`,
    );
    return found(
      oneRecordEach(produced, await recorded(db.audit, 'payout.status-changed.v1', TRANSITION_KEY(`data->'event'->>'payoutId'`))),
      [...produced.keys()].reduce((s, k) => s + produced.get(k), 0),
    );
  },
};

export const auditHasEverySettlement: Invariant = {
  name: 'audit: one record per settlement',
  needs: ['trip-settlement', 'audit'],
  async check({ db }) {
    const produced = await tallyOf(db['trip-settlement'], `select id::text as key, 1 as n from trip where status = 'SETTLED'`);
    return found(oneRecordEach(produced, await recorded(db.audit, 'trip.settled.v1', `data->'event'->>'tripId'`)), produced.size);
  },
};

export const auditHasEveryUser: Invariant = {
  name: 'audit: one record per registered user',
  needs: ['identity', 'audit'],
  async check({ db }) {
    // Admins are created by operators (bootstrap, scripts/admin), not registered: no event.
    const produced = await tallyOf(db.identity, `select id::text as key, 1 as n from app_user where role <> 'ADMIN'`);
    return found(oneRecordEach(produced, await recorded(db.audit, 'identity.user-registered.v1', 'entity_id')), produced.size);
  },
};

export const auditHasEveryTripTransition: Invariant = {
  name: 'audit: one record per trip transition',
  needs: ['trip-settlement', 'audit'],
  async check({ db }) {
    const produced = await tallyOf(
      db['trip-settlement'],
      `select trip_id || ':' || coalesce(from_status, '') || '>' || to_status as key, count(*)::int as n from trip_transition group by 1`,
    );
    return found(
      oneRecordEach(produced, await recorded(db.audit, 'trip.status-changed.v1', TRANSITION_KEY(`data->'event'->>'tripId'`))),
      [...produced.keys()].reduce((s, k) => s + produced.get(k), 0),
    );
  },
};

export const auditInvariants: readonly Invariant[] = [
  auditChainVerifies,
  auditHasEveryEntry,
  auditHasEveryPayoutTransition,
  auditHasEverySettlement,
  auditHasEveryUser,
  auditHasEveryTripTransition,
];
