import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, sql } from '@ziba/testing';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { INVARIANT_QUERIES, meta, ngn, openWallet, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('ledger_conc');
});
afterAll(async () => h?.stop());

describe('wallet-ledger under concurrency', () => {
  it('lets exactly the affordable debits of 50 concurrent ones through', async () => {
    const driver = await openWallet(h, 'DRIVER');
    await h.client.call('Credit', { meta: meta(randomUUID(), 'earning'), walletId: driver.id, amount: ngn(1_000), counterAccount: 'REVENUE' });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        codeOf(h.client.call('Debit', { meta: meta(), walletId: driver.id, amount: ngn(30), counterAccount: 'PAYOUT_CLEARING' })),
      ),
    );
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(33);
    expect(outcomes.filter((o) => o === 'INSUFFICIENT_FUNDS')).toHaveLength(17);
    expect(await h.client.call('GetWallet', { walletId: driver.id })).toMatchObject({ availableBalance: '10' });
  });

  it('moves money once when the same idempotency key arrives 20 times at once', async () => {
    const rider = await openWallet(h);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => h.client.call('AddFunds', { meta: meta(key), walletId: rider.id, amount: ngn(5_000) })));
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await h.client.call('GetWallet', { walletId: rider.id })).toMatchObject({ availableBalance: '5000' });
    const entries = await sql(h.databaseUrl, `select id from journal_entry where idempotency_key = $1`, [`tests:${key}`]);
    expect(entries).toHaveLength(1);
  });

  it('opens a hold id only once under concurrent requests with different keys', async () => {
    const rider = await openWallet(h);
    await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(10_000) });
    const holdId = `trip-${randomUUID()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => codeOf(h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(100), holdId }))),
    );
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(await h.client.call('GetWallet', { walletId: rider.id })).toMatchObject({ lockedBalance: '100', availableBalance: '9900' });
  });

  it('keeps every invariant over random concurrent operation batches (property-based, against a model)', async () => {
    const op = fc.record({
      kind: fc.constantFrom('add', 'hold', 'release', 'settle', 'debit', 'cash', 'net'),
      who: fc.nat(2),
      amount: fc.integer({ min: 1, max: 5_000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        const riders = await Promise.all([0, 1, 2].map(() => openWallet(h)));
        const drivers = await Promise.all([0, 1, 2].map(() => openWallet(h, 'DRIVER')));
        const holds: Array<Array<{ id: string; amount: bigint }>> = [[], [], []];
        // The model: accepted operations' effects add up (in any order) to each wallet's balances.
        const expected = new Map([...riders, ...drivers].map((w) => [w.id, { available: 0n, locked: 0n, negative: 0n }]));
        const apply = (id: string, available: bigint, locked: bigint, negative: bigint) => {
          const e = expected.get(id)!;
          e.available += available;
          e.locked += locked;
          e.negative += negative;
        };
        for (const batch of batches) {
          // Each batch runs concurrently; the ledger must serialise what touches the same wallet.
          await Promise.all(
            batch.map(async ({ kind, who, amount }) => {
              const r = riders[who]!.id;
              const d = drivers[who]!.id;
              const m = meta(randomUUID(), kind === 'settle' ? 'ride' : kind === 'net' ? 'commission_settlement' : 'adjustment');
              try {
                const a = BigInt(amount);
                if (kind === 'add') {
                  await h.client.call('AddFunds', { meta: m, walletId: r, amount: ngn(amount) });
                  apply(r, a, 0n, 0n);
                }
                if (kind === 'hold') {
                  const id = `hold-${randomUUID()}`;
                  await h.client.call('Hold', { meta: m, walletId: r, amount: ngn(amount), holdId: id });
                  apply(r, -a, a, 0n);
                  holds[who]!.push({ id, amount: a });
                }
                const held = (kind === 'release' || kind === 'settle') && holds[who]!.shift();
                if (held && kind === 'release') {
                  await h.client.call('Release', { meta: m, holdId: held.id });
                  apply(r, held.amount, -held.amount, 0n);
                }
                if (held && kind === 'settle') {
                  await h.client.call('Capture', { meta: m, holdId: held.id, counterAccount: 'REVENUE' });
                  apply(r, 0n, -held.amount, 0n);
                }
                if (kind === 'debit') {
                  await h.client.call('Debit', { meta: m, walletId: d, amount: ngn(amount), counterAccount: 'PAYOUT_CLEARING' });
                  apply(d, -a, 0n, 0n);
                }
                if (kind === 'cash') {
                  await h.client.call('Transfer', {
                    meta: m,
                    currency: 'NGN',
                    mode: 'live',
                    legs: [
                      { walletId: d, bucket: 'OWED', amount: String(-amount) },
                      { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: String(amount) },
                    ],
                  });
                  apply(d, 0n, 0n, a);
                }
                if (kind === 'net') {
                  await h.client.call('Transfer', {
                    meta: m,
                    currency: 'NGN',
                    mode: 'live',
                    legs: [
                      { walletId: d, bucket: 'AVAILABLE', amount: String(-amount) },
                      { walletId: d, bucket: 'OWED', amount: String(amount) },
                    ],
                  });
                  apply(d, -a, 0n, -a);
                }
              } catch (err) {
                const code = (err as { code?: string }).code;
                expect(['INSUFFICIENT_FUNDS', 'OWED_EXCEEDED', 'FUNDS_ON_HOLD', 'INVALID_AMOUNT', 'HOLD_EXCEEDED']).toContain(code);
              }
            }),
          );
        }
        for (const query of Object.values(INVARIANT_QUERIES)) expect(await sql(h.databaseUrl, query)).toEqual([]);
        for (const [id, e] of expected) {
          expect(await h.client.call('GetWallet', { walletId: id })).toMatchObject({
            availableBalance: String(e.available),
            lockedBalance: String(e.locked),
            negativeBalance: String(e.negative),
          });
        }
      }),
      { numRuns: 12 },
    );
  });
});
