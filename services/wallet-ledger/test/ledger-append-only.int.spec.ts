import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { meta, ngn, openWallet, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('ledger_append');
  const rider = await openWallet(h);
  await h.client.call('AddFunds', { meta: meta(randomUUID()), walletId: rider.id, amount: ngn(1_000) });
});
afterAll(async () => h?.stop());

describe('the ledger is append-only in the database itself', () => {
  it.each([
    ['update posting set amount = amount + 1'],
    ['delete from posting'],
    ['truncate posting cascade'],
    ["update journal_entry set description = 'edited'"],
    ['delete from journal_entry'],
    ['truncate journal_entry cascade'],
    ['delete from wallet_balance'],
    ['delete from wallet'],
    ['update wallet_balance set shard = shard + 100'],
    ['update wallet set id = gen_random_uuid()'],
  ])('refuses %s', async (statement) => {
    await expect(sql(h.databaseUrl, statement)).rejects.toThrow(/append-only/);
    const [row] = await sql<{ n: string }>(h.databaseUrl, 'select count(*)::text n from posting');
    expect(Number(row?.n)).toBeGreaterThan(0);
  });

  it('refuses postings that do not balance, even written directly', async () => {
    const [rider] = await sql<{ id: string }>(h.databaseUrl, "select id from wallet where owner_type = 'RIDER' limit 1");
    const entry = randomUUID();
    await expect(
      sql(
        h.databaseUrl,
        `with e as (insert into journal_entry (id, entry_type, service_type, currency, mode, description, idempotency_key, request_hash) values ($1::uuid, 'CREDIT', 'adjustment', 'NGN', 'live', 'forged', $1::text, 'x'))
         insert into posting (entry_id, wallet_id, shard, bucket, amount, available_after, held_after, owed_after) values ($1::uuid, $2, 0, 'AVAILABLE', 1000000, 0, 0, 0)`,
        [entry, rider?.id],
      ),
    ).rejects.toThrow(/does not balance/);
  });

  it.each([
    ['an entry that does not exist', 'posting of unknown journal entry', { withEntry: false, unknownWallet: false, shard: 0 }],
    ['a wallet that does not exist', 'posting of unknown balance row', { withEntry: true, unknownWallet: true, shard: 0 }],
    ['a shard the wallet does not have', 'posting of unknown balance row', { withEntry: true, unknownWallet: false, shard: 7 }],
  ])('refuses balanced postings that name %s', async (_what, error, { withEntry, unknownWallet, shard }) => {
    const [rider] = await sql<{ id: string }>(h.databaseUrl, "select id from wallet where owner_type = 'RIDER' limit 1");
    const entry = randomUUID();
    const other = unknownWallet ? randomUUID() : rider?.id;
    const insertEntry = withEntry
      ? `e as (insert into journal_entry (id, entry_type, service_type, currency, mode, description, idempotency_key, request_hash) values ($1::uuid, 'TRANSFER', 'adjustment', 'NGN', 'live', 'forged', $1::text, 'x')),`
      : '';
    await expect(
      sql(
        h.databaseUrl,
        `with ${insertEntry} p as (select 1)
         insert into posting (entry_id, wallet_id, shard, bucket, amount, available_after, held_after, owed_after)
         values ($1::uuid, $2, 0, 'AVAILABLE', -5, 0, 0, 0), ($1::uuid, $3, $4, 'AVAILABLE', 5, 0, 0, 0)`,
        [entry, rider?.id, other, shard],
      ),
    ).rejects.toThrow(new RegExp(error));
  });
});
