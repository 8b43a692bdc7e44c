// Read benchmark: does a wallet's view stay as fast when the ledger's history grows a thousandfold?
// The platform runs as scripts/up runs it; one rider's wallet is read through REST (GET /api/wallet,
// its first transactions page) and an admin lists wallets, first with about a thousand postings in
// the ledger, then with about a million, loaded straight into the ledger's database in bulk (set-based
// INSERTs, balanced entries, balances updated to match), not through the API. A tenth of the history
// belongs to the measured wallet, so its own statement grows too. Prints the query plans of both sizes
// on stderr and one JSON line on stdout.
import { createApiClient } from '@ziba/api-client';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { readSqlForPlans } from '../services/wallet-ledger/src/persistence/wallet-reads.repository.ts';
import { startE2eStack } from '../test/e2e/support/e2e-stack.ts';
import { BenchError, runBenchmark } from './bench-people.ts';

const SMALL = Number(process.env.BENCH_SMALL_POSTINGS ?? 1_000);
const LARGE = Number(process.env.BENCH_LARGE_POSTINGS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_READ_REQUESTS ?? 300);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const FILLER_WALLETS = Number(process.env.BENCH_FILLER_WALLETS ?? 10_000);
const PASSWORD = 'bench password, long enough';
const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Grows the ledger to `postings` rows: entries of two postings each, a 100-kobo credit from the
 * FUNDING account to the measured wallet (every tenth entry) or to one of the filler wallets. The
 * "after" balances run on per wallet, and the balance rows are moved by the same sums, so the ledger's
 * invariants still hold. One transaction: the ledger's triggers check every entry balances.
 */
async function growLedger(db: string, walletId: string, postings: number): Promise<void> {
  const entries = Math.floor((postings - (await postingCount(db))) / 2);
  if (entries <= 0) return;
  const [loaded] = await sql<{ n: string }>(db, `select count(*)::text as n from journal_entry where idempotency_key like 'bench-load-%'`);
  const start = loaded!.n;
  await sql(
    db,
    `begin;
     create temp table load as
       select gen_random_uuid() as entry_id, i,
              case when i % 10 = 0 then $1::uuid
                   else (select id from wallet where owner_id = 'bench-filler-' || (i % $2)) end as wallet_id
       from generate_series($3::int + 1, $3::int + $4::int) i;
     insert into journal_entry (id, entry_type, service_type, currency, mode, reference_type, reference_id, description,
                                idempotency_key, request_hash)
       select entry_id, 'CREDIT', 'adjustment', 'NGN', 'live', 'manual_adjustment', 'bench-' || i, 'Bench history',
              'bench-load-' || i, 'bench' from load order by i;
     with funding as (select id from wallet where owner_id = 'FUNDING' and currency = 'NGN' and mode = 'live'),
          base as (select b.wallet_id, b.available from wallet_balance b where b.shard = 0),
          legs as (
            select l.entry_id, l.i, l.wallet_id, 100::bigint as amount from load l
            union all
            select l.entry_id, l.i, f.id, -100 from load l, funding f)
     insert into posting (entry_id, wallet_id, shard, bucket, amount, available_after, held_after, owed_after)
       select g.entry_id, g.wallet_id, 0, 'AVAILABLE', g.amount,
              base.available + sum(g.amount) over (partition by g.wallet_id order by g.i), 0, 0
       from legs g join base on base.wallet_id = g.wallet_id order by g.i, g.amount desc;
     update wallet_balance b set available = b.available + d.total, updated_at = now()
       from (select p.wallet_id, sum(p.amount) as total from posting p join load l using (entry_id) group by p.wallet_id) d
       where b.wallet_id = d.wallet_id and b.shard = 0;
     commit;`.replaceAll(/\$(\d)/g, (_, k: string) => [`'${walletId}'`, String(FILLER_WALLETS), start, String(entries)][Number(k) - 1]!),
  );
  await sql(db, 'vacuum analyze');
}

async function postingCount(db: string): Promise<number> {
  const [row] = await sql<{ n: string }>(db, 'select count(*)::text as n from posting');
  return Number(row!.n);
}

/** Filler wallets of drivers, so the admin list has pages to walk. */
async function openFillerWallets(db: string): Promise<void> {
  await sql(
    db,
    `insert into wallet (id, owner_id, owner_type, country_code, currency, mode)
       select gen_random_uuid(), 'bench-filler-' || i, 'DRIVER', 'NG', 'NGN', 'live' from generate_series(0, $1 - 1) i;
     insert into wallet_balance (wallet_id, shard) select id, 0 from wallet where owner_id like 'bench-filler-%';`.replace('$1', String(FILLER_WALLETS)),
  );
}

interface Timing {
  p50Ms: number;
  p95Ms: number;
}

/** REQUESTS reads of each kind, interleaved over CLIENTS concurrent clients. */
async function measure(reads: Record<string, () => Promise<Response>>): Promise<Record<string, Timing>> {
  const kinds = Object.keys(reads);
  const latencies: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
  let next = 0;
  const total = REQUESTS * kinds.length;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const kind = kinds[next++ % kinds.length]!;
        const t = performance.now();
        const response = await reads[kind]!();
        await response.arrayBuffer();
        if (response.status !== 200) throw new BenchError(`${kind}: HTTP ${response.status}`);
        latencies[kind]!.push(performance.now() - t);
      }
    }),
  );
  return Object.fromEntries(
    kinds.map((k) => {
      const l = latencies[k]!.sort((a, b) => a - b);
      const at = (p: number) => round(l[Math.min(l.length - 1, Math.floor(p * l.length))]!);
      return [k, { p50Ms: at(0.5), p95Ms: at(0.95) }];
    }),
  );
}

async function plans(db: string, walletId: string, ownerId: string, label: string): Promise<void> {
  for (const [name, statement] of Object.entries(readSqlForPlans(walletId, ownerId))) {
    const rows = await sql<{ 'QUERY PLAN': string }>(db, `explain (analyze, buffers, costs off) ${statement.text}`, statement.params);
    console.error(`-- ${name}, ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
  }
}

async function run(): Promise<void> {
  const e2e = await startE2eStack('benchreads', { env: { gateway: { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' } } });
  try {
    const baseUrl = e2e.stack.gatewayUrl;
    const ledgerDb = e2e.stack.databaseUrls['wallet-ledger']!;
    const api = (token?: string) => createApiClient({ baseUrl, token });
    const email = `bench-reader-${randomUUID()}@example.com`;
    const registered = await api().POST('/api/auth/register', { body: { email, password: PASSWORD, role: 'RIDER', countryCode: 'NG' } });
    if (!registered.data) throw new BenchError(`register: ${registered.response.status}`);
    const login = await api().POST('/api/auth/login', { body: { email, password: PASSWORD } });
    const adminLogin = await api().POST('/api/auth/login', { body: { email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword } });
    if (!login.data || !adminLogin.data) throw new BenchError('sign-in failed');
    const rider = login.data.accessToken;
    const admin = adminLogin.data.accessToken;
    let wallet = await api(rider).GET('/api/wallet');
    for (let tries = 0; !wallet.data && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 100)); // the wallet is opened from the UserRegistered event
      wallet = await api(rider).GET('/api/wallet');
    }
    if (!wallet.data) throw new BenchError('the rider has no wallet');
    const walletId = wallet.data.id;
    const ownerId = wallet.data.ownerId;

    const get = (path: string, token: string) => () => fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const reads = {
      wallet: get('/api/wallet', rider),
      firstTransactionsPage: get('/api/wallet/transactions?limit=20', rider),
      adminWalletList: get('/api/admin/wallets?limit=50&ownerType=DRIVER', admin),
    };

    await openFillerWallets(ledgerDb);
    const sizes: Record<string, { postings: number; reads: Record<string, Timing> }> = {};
    for (const [label, postings] of [
      ['small', SMALL],
      ['large', LARGE],
    ] as const) {
      const loadStarted = performance.now();
      await growLedger(ledgerDb, walletId, postings);
      const loadSeconds = round((performance.now() - loadStarted) / 1000);
      const n = await postingCount(ledgerDb);
      await measure(reads); // warm: connections, caches, JIT
      sizes[label] = { postings: n, reads: await measure(reads) };
      console.error(`bench reads: ${n} postings (loaded in ${loadSeconds} s)`);
      await plans(ledgerDb, walletId, ownerId, `${n} postings`);
    }
    const ratio = Object.fromEntries(Object.keys(reads).map((k) => [k, round(sizes.large!.reads[k]!.p50Ms / sizes.small!.reads[k]!.p50Ms)]));
    console.log(JSON.stringify({ benchmark: 'reads', clients: CLIENTS, requestsEach: REQUESTS, ...sizes, p50LargeOverSmall: ratio }));
  } finally {
    await e2e.stop();
  }
}

await runBenchmark('reads', run);
