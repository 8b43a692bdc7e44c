import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { codeOf, sql } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { INVARIANT_QUERIES, meta, ngn, openWallet, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('ledger_ops');
});
afterAll(async () => h?.stop());

const wallet = (id: string) => h.client.call('GetWallet', { walletId: id });
describe('wallet-ledger operations', () => {
  it('adds funds to a rider wallet and shows it on the statement', async () => {
    const w = await openWallet(h);
    const result = await h.client.call('AddFunds', { meta: meta(randomUUID(), 'funding'), walletId: w.id, amount: ngn(250_000) });
    expect(result.replayed).toBe(false);
    expect(await wallet(w.id)).toMatchObject({ availableBalance: '250000', lockedBalance: '0', negativeBalance: '0', currency: 'NGN' });
    const { transactions } = await h.client.call('ListTransactions', { walletId: w.id, page: { pageSize: 10 } });
    expect(transactions).toEqual([
      expect.objectContaining({
        type: 'CREDIT',
        direction: 'credit',
        amount: '250000',
        availableAfter: '250000',
        entryType: 'ADD_FUNDS',
        referenceType: 'funding',
        referenceId: expect.stringMatching(/^mock_ch_/),
      }),
    ]);
  });

  it('lists only the entries made for one reference when asked (what one payout did to a wallet)', async () => {
    const w = await openWallet(h, 'DRIVER');
    await h.client.call('Credit', { meta: meta(randomUUID(), 'earning'), walletId: w.id, amount: ngn(50_000), counterAccount: 'FUNDING' });
    const payoutId = randomUUID();
    const forPayout = (step: string) => ({ ...meta(`payout:${payoutId}:${step}`, 'payout'), reference: { type: 'payout', id: payoutId } });
    await h.client.call('Hold', { meta: forPayout('hold'), walletId: w.id, amount: ngn(20_000), holdId: `payout-${payoutId}` });
    await h.client.call('Capture', { meta: forPayout('capture'), holdId: `payout-${payoutId}`, counterAccount: 'PAYOUT_CLEARING' });
    await h.client.call('Hold', { meta: meta(), walletId: w.id, amount: ngn(1_000), holdId: `payout-${randomUUID()}` });
    const listed = await h.client.call('ListTransactions', { walletId: w.id, referenceType: 'payout', referenceId: payoutId, page: { pageSize: 10 } });
    expect(listed.transactions.map((t) => [t.entryType, t.amount, t.referenceId])).toEqual([
      ['CAPTURE', '20000', payoutId],
      ['HOLD', '20000', payoutId],
    ]);
    expect(await codeOf(h.client.call('ListTransactions', { walletId: w.id, referenceType: 'payout', referenceId: '', page: { pageSize: 10 } }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('pages through a long statement newest first, every entry exactly once, whatever the page size', async () => {
    const w = await openWallet(h);
    await h.client.call('AddFunds', { meta: meta(), walletId: w.id, amount: ngn(100_000) });
    for (let i = 0; i < 6; i++) {
      // Holds and releases post twice on the wallet (AVAILABLE and HELD): lines of several postings.
      const holdId = `trip-${randomUUID()}`;
      await h.client.call('Hold', { meta: meta(), walletId: w.id, amount: ngn(1_000 + i), holdId });
      await h.client.call('Release', { meta: meta(), holdId });
      await h.client.call('Debit', { meta: meta(), walletId: w.id, amount: ngn(10 + i), counterAccount: 'REVENUE' });
    }
    // An entry with more postings on this wallet than a one-line page's window reads (eight):
    // ten postings of +1 and -1 kobo that net to nothing, the balance after them where it was (99,925).
    const entryId = randomUUID();
    await sql(
      h.databaseUrl,
      `begin;
       insert into journal_entry (id, entry_type, service_type, currency, mode, description, idempotency_key, request_hash)
         values ($1, 'TRANSFER', 'adjustment', 'NGN', 'live', 'many postings', $1, 'x');
       insert into posting (entry_id, wallet_id, shard, bucket, amount, available_after, held_after, owed_after)
         select $1, $2, 0, 'AVAILABLE', case when i % 2 = 0 then 1 else -1 end, 99925 + 1 - i % 2, 0, 0 from generate_series(0, 9) i;
       commit;`
        .replace(/\$1/g, `'${entryId}'`)
        .replace(/\$2/g, `'${w.id}'`),
    );
    const whole = (await h.client.call('ListTransactions', { walletId: w.id, page: { pageSize: 100 } })).transactions.map((t) => t.entryId);
    expect(whole).toHaveLength(1 + 6 * 3 + 1);
    expect(whole[0]).toBe(entryId);
    for (const pageSize of [1, 2, 5]) {
      const walked: string[] = [];
      let cursor = '';
      do {
        const page = await h.client.call('ListTransactions', { walletId: w.id, page: { pageSize, cursor } });
        expect(page.transactions.length).toBeLessThanOrEqual(pageSize);
        walked.push(...page.transactions.map((t) => t.entryId));
        cursor = page.page?.nextCursor ?? '';
      } while (cursor);
      expect({ pageSize, walked }).toEqual({ pageSize, walked: whole });
    }
  });

  it('refuses adding funds to a driver, in another currency, or while funds are held', async () => {
    const driver = await openWallet(h, 'DRIVER');
    expect(await codeOf(h.client.call('AddFunds', { meta: meta(), walletId: driver.id, amount: ngn(100) }))).toBe('ADD_FUNDS_RIDER_ONLY');
    const rider = await openWallet(h);
    expect(await codeOf(h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: { amount: '100', currency: 'USD' } }))).toBe('CURRENCY_MISMATCH');
    await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(1_000) });
    await h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(400), holdId: `trip-${randomUUID()}` });
    expect(await codeOf(h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(100) }))).toBe('FUNDS_ON_HOLD');
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '600', lockedBalance: '400' });
  });

  it('refuses malformed amounts without moving money', async () => {
    const rider = await openWallet(h);
    for (const amount of ['-5', '0', '1.5', 'abc', '1000000000000001', '']) {
      expect(await codeOf(h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(amount) }))).toBe('INVALID_AMOUNT');
    }
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '0' });
  });

  it('never releases or captures more than the hold, and a rider cannot spend held funds', async () => {
    const rider = await openWallet(h);
    await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(1_000) });
    const holdId = `trip-${randomUUID()}`;
    await h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(700), holdId });
    expect(await codeOf(h.client.call('Debit', { meta: meta(), walletId: rider.id, amount: ngn(301), counterAccount: 'REVENUE' }))).toBe('INSUFFICIENT_FUNDS');
    expect(await codeOf(h.client.call('Release', { meta: meta(), holdId, amount: ngn(701) }))).toBe('HOLD_EXCEEDED');
    await h.client.call('Capture', { meta: meta(), holdId, amount: ngn(500), counterAccount: 'REVENUE' });
    expect(await codeOf(h.client.call('Capture', { meta: meta(), holdId, amount: ngn(201), counterAccount: 'REVENUE' }))).toBe('HOLD_EXCEEDED');
    await h.client.call('Release', { meta: meta(), holdId });
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '500', lockedBalance: '0' });
    expect(await codeOf(h.client.call('Release', { meta: meta(), holdId }))).toBe('INVALID_AMOUNT');
    expect(await codeOf(h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(1), holdId }))).toBe('HOLD_EXISTS');
  });

  it('settles a held fare to driver and platform in one balanced entry', async () => {
    const rider = await openWallet(h);
    const driver = await openWallet(h, 'DRIVER');
    await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(10_000) });
    const holdId = `trip-${randomUUID()}`;
    await h.client.call('Hold', { meta: meta(), walletId: rider.id, amount: ngn(10_000), holdId });
    const result = await h.client.call('Transfer', {
      meta: { ...meta(randomUUID(), 'ride'), reference: { type: 'ride', id: randomUUID() } },
      currency: 'NGN',
      mode: 'live',
      legs: [
        { walletId: rider.id, bucket: 'HELD', amount: '-10000', holdId },
        { walletId: driver.id, bucket: 'AVAILABLE', amount: '8000', earning: true },
        { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '2000' },
      ],
    });
    expect(result.postings).toHaveLength(3);
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '0', lockedBalance: '0' });
    expect(await wallet(driver.id)).toMatchObject({ availableBalance: '8000', totalEarned: '8000' });
    const unbalanced = h.client.call('Transfer', {
      meta: meta(),
      currency: 'NGN',
      mode: 'live',
      legs: [
        { walletId: driver.id, bucket: 'AVAILABLE', amount: '-100' },
        { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '99' },
      ],
    });
    expect(await codeOf(unbalanced)).toBe('UNBALANCED_ENTRY');
  });

  it('shows no balance after a platform account’s lines (a shard’s is not the account’s), and a user wallet’s as it is', async () => {
    const driver = await openWallet(h, 'DRIVER', 'USD', 'US');
    // Concurrent credits land on different shards of REVENUE: no line could say the account's balance.
    await Promise.all(
      [300, 500, 700].map((cents) =>
        h.client.call('Credit', {
          meta: meta(randomUUID(), 'earning'),
          walletId: driver.id,
          amount: { amount: String(cents), currency: 'USD' },
          counterAccount: 'REVENUE',
        }),
      ),
    );
    const [revenue] = (await h.client.call('ListWallets', { ownerType: 'PLATFORM', page: { pageSize: 50 } })).wallets.filter(
      (w) => w.currency === 'USD' && w.mode === 'live',
    );
    const platformLines = (await h.client.call('ListTransactions', { walletId: revenue!.id, page: { pageSize: 3 } })).transactions;
    expect(platformLines).toHaveLength(3);
    for (const line of platformLines) expect(line).toMatchObject({ availableAfter: '', lockedAfter: '', negativeAfter: '' });
    const driverLines = (await h.client.call('ListTransactions', { walletId: driver.id, page: { pageSize: 3 } })).transactions;
    expect(driverLines[0]).toMatchObject({ availableAfter: '1500', lockedAfter: '0', negativeAfter: '0' });
  });

  it('posts a cash-ride commission as owed and nets it from later earnings, never past what is owed', async () => {
    const driver = await openWallet(h, 'DRIVER');
    await h.client.call('Transfer', {
      meta: meta(randomUUID(), 'commission'),
      currency: 'NGN',
      mode: 'live',
      legs: [
        { walletId: driver.id, bucket: 'OWED', amount: '-300' },
        { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '300' },
      ],
    });
    expect(await wallet(driver.id)).toMatchObject({ negativeBalance: '300' });
    await h.client.call('Credit', { meta: meta(randomUUID(), 'earning'), walletId: driver.id, amount: ngn(200), counterAccount: 'REVENUE' });
    const net = (amount: number) =>
      h.client.call('Transfer', {
        meta: meta(randomUUID(), 'commission_settlement'),
        currency: 'NGN',
        mode: 'live',
        legs: [
          { walletId: driver.id, bucket: 'AVAILABLE', amount: String(-amount) },
          { walletId: driver.id, bucket: 'OWED', amount: String(amount) },
        ],
      });
    await net(200);
    expect(await wallet(driver.id)).toMatchObject({ availableBalance: '0', negativeBalance: '100' });
    await h.client.call('Credit', { meta: meta(randomUUID(), 'earning'), walletId: driver.id, amount: ngn(500), counterAccount: 'REVENUE' });
    expect(await codeOf(net(101))).toBe('OWED_EXCEEDED');
  });

  it('answers a repeated key that names another admin (or none) with the first entry, which keeps the first admin', async () => {
    // The admin is who caused the entry, not what it does: a settle retried by another admin or resumed
    // by the system job after a crash must find its entry, not IDEMPOTENCY_KEY_REUSED.
    const w = await openWallet(h, 'DRIVER');
    const [first, second] = [randomUUID(), randomUUID()];
    const credit = (createdByAdminId: string) =>
      h.client.call('Credit', {
        meta: { ...meta(), idempotencyKey: `attributed-${w.id}`, createdByAdminId },
        walletId: w.id,
        amount: ngn(700),
        counterAccount: 'FUNDING',
      });
    const posted = await credit(first);
    expect(await credit(second)).toEqual({ ...posted, replayed: true });
    expect(await credit('')).toEqual({ ...posted, replayed: true });
    const { transactions } = await h.client.call('ListTransactions', { walletId: w.id, page: { pageSize: 10 } });
    expect(transactions).toEqual([expect.objectContaining({ entryId: posted.entryId, createdByAdminId: first })]);
    expect(await wallet(w.id)).toMatchObject({ availableBalance: '700' });
  });

  it('returns the first result for a repeated key and refuses the key for another request', async () => {
    const rider = await openWallet(h);
    const key = randomUUID();
    const first = await h.client.call('AddFunds', { meta: meta(key), walletId: rider.id, amount: ngn(500) });
    const again = await h.client.call('AddFunds', { meta: meta(key), walletId: rider.id, amount: ngn(500) });
    // The repeat is rebuilt from the entry and its postings: the same answer in every field.
    expect(again).toEqual({ ...first, replayed: true });
    expect(await codeOf(h.client.call('AddFunds', { meta: meta(key), walletId: rider.id, amount: ngn(501) }))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '500' });

    const driver = await openWallet(h, 'DRIVER');
    const split = {
      meta: meta(randomUUID(), 'ride'),
      currency: 'NGN',
      mode: 'live',
      legs: [
        { walletId: rider.id, bucket: 'AVAILABLE', amount: '-300' },
        { walletId: driver.id, bucket: 'AVAILABLE', amount: '240', earning: true },
        { systemAccount: 'REVENUE', bucket: 'AVAILABLE', amount: '60' },
      ],
    };
    const transfer = await h.client.call('Transfer', split);
    expect(transfer.postings.map((p) => [p.walletId, p.amount])).toEqual([
      [rider.id, '-300'],
      [driver.id, '240'],
      [expect.any(String), '60'],
    ]);
    expect(await h.client.call('Transfer', split)).toEqual({ ...transfer, replayed: true });
  });

  it('lists wallets for admins by owner type and balance range', async () => {
    const rich = await openWallet(h, 'DRIVER', 'BDT', 'BD');
    await h.client.call('Credit', {
      meta: meta(randomUUID(), 'earning'),
      walletId: rich.id,
      amount: { amount: '777777', currency: 'BDT' },
      counterAccount: 'REVENUE',
    });
    const { wallets } = await h.client.call('ListWallets', {
      ownerType: 'DRIVER',
      countryCode: 'BD',
      minAvailable: '777777',
      maxAvailable: '777777',
      page: { pageSize: 50 },
    });
    expect(wallets.map((w) => w.id)).toEqual([rich.id]);
    // People's wallets, not the platform's own accounts: every rider's, driver's and restaurant's, and only theirs.
    const people = (await h.client.call('ListWallets', { ownerType: 'USER', countryCode: 'BD', page: { pageSize: 500 } })).wallets;
    expect(people.map((w) => w.id)).toContain(rich.id);
    expect(people.filter((w) => !['RIDER', 'DRIVER', 'RESTAURANT'].includes(w.ownerType))).toEqual([]);
    const everyone = (await h.client.call('ListWallets', { page: { pageSize: 500 } })).wallets;
    expect(everyone.some((w) => w.ownerType === 'PLATFORM')).toBe(true);
    expect((await h.client.call('ListWallets', { ownerType: 'USER', page: { pageSize: 500 } })).wallets.some((w) => w.ownerType === 'PLATFORM')).toBe(false);
  });

  it('lists one owner’s wallets, a test account’s too, for the admin who looks them up', async () => {
    const ownerId = randomUUID();
    const live = await h.client.call('OpenWallet', { ownerId, ownerType: 'DRIVER', countryCode: 'NG', currency: 'NGN', mode: 'live' });
    const test = await h.client.call('OpenWallet', { ownerId, ownerType: 'DRIVER', countryCode: 'NG', currency: 'NGN', mode: 'test' });
    await openWallet(h, 'DRIVER');
    const list = async (mode: string) => (await h.client.call('ListWallets', { ownerId, mode, page: { pageSize: 50 } })).wallets.map((w) => w.id).sort();
    expect(await list('')).toEqual([live.id, test.id].sort());
    expect(await list('test')).toEqual([test.id]);
    expect(await list('live')).toEqual([live.id]);
    expect(await codeOf(h.client.call('ListWallets', { ownerId: 'not-a-uuid', page: { pageSize: 50 } }))).toBe('INVALID_ARGUMENT');
  });

  it('an admin refunds a rider’s charged ride once, at most its fare, whoever asks; corrects either way; a debit never overdraws', async () => {
    const admin = { actor: { type: 'ADMIN', id: randomUUID() } satisfies Actor };
    const other = { actor: { type: 'ADMIN', id: randomUUID() } satisfies Actor };
    const rider = await openWallet(h);
    await h.client.call('AddFunds', { meta: meta(), walletId: rider.id, amount: ngn(200_000) });
    // The ride charged 174,500: held, then paid from the hold.
    const tripId = randomUUID();
    const ride = { type: 'ride', id: tripId };
    await h.client.call('Hold', {
      meta: { ...meta(`trip:${tripId}:hold`, 'ride'), reference: ride },
      walletId: rider.id,
      amount: ngn(174_500),
      holdId: `trip-${tripId}`,
    });
    await h.client.call('Capture', {
      meta: { ...meta(`trip:${tripId}:settle`, 'ride'), reference: ride },
      holdId: `trip-${tripId}`,
      counterAccount: 'REVENUE',
    });
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '25500', lockedBalance: '0' });
    const adjust = (body: Partial<{ amount: string; direction: string; kind: string; reason: string; tripId: string }>, key: string, who = admin) =>
      h.client.call(
        'AdjustWallet',
        {
          idempotencyKey: key,
          walletId: rider.id,
          direction: 'CREDIT',
          kind: 'REFUND',
          reason: 'disputed ride: the driver never came',
          tripId,
          ...body,
          amount: ngn(body.amount ?? 174_500),
        },
        who,
      );
    // More than the ride took, or a trip this wallet never paid for: refused before anything moves.
    expect(await codeOf(adjust({ amount: '174501' }, randomUUID()))).toBe('REFUND_EXCEEDS_CHARGE');
    expect(await codeOf(adjust({ tripId: randomUUID() }, randomUUID()))).toBe('NOTHING_TO_REFUND');
    expect(await codeOf(adjust({ tripId: '' }, randomUUID()))).toBe('INVALID_ARGUMENT');
    // The same refund sent five times at once (a double-clicked button, a retried request): one entry.
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => adjust({}, key)));
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '200000' });
    const [line] = (await h.client.call('ListTransactions', { walletId: rider.id, page: { pageSize: 10 } })).transactions;
    expect(line).toMatchObject({
      entryType: 'CREDIT',
      serviceType: 'refund',
      referenceType: 'ride',
      referenceId: tripId,
      description: 'disputed ride: the driver never came',
      createdByAdminId: admin.actor.id,
      amount: '174500',
    });
    // Once a ride: another admin or another key is told it was refunded, even for the very same refund;
    // only the first request's own retry is answered with it.
    expect(await codeOf(adjust({ amount: '1000', reason: 'partial refund' }, randomUUID(), other))).toBe('ALREADY_REFUNDED');
    expect(await codeOf(adjust({}, randomUUID(), other))).toBe('ALREADY_REFUNDED');
    expect(await codeOf(adjust({}, randomUUID()))).toBe('ALREADY_REFUNDED');
    expect(await codeOf(adjust({}, key, other))).toBe('ALREADY_REFUNDED');
    expect(await adjust({}, key)).toMatchObject({ entryId: results[0]!.entryId, replayed: true });
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '200000' });
    // A correction the other way: never below zero; its key is the admin's.
    expect(await codeOf(adjust({ direction: 'DEBIT', kind: 'ADJUSTMENT', amount: '200001', reason: 'refunded twice', tripId: '' }, randomUUID()))).toBe(
      'INSUFFICIENT_FUNDS',
    );
    const correctionKey = randomUUID();
    const corrected = await adjust(
      { direction: 'DEBIT', kind: 'ADJUSTMENT', amount: '4500', reason: 'refund was 1,700.00, not 1,745.00', tripId: '' },
      correctionKey,
    );
    expect(corrected).toMatchObject({ entryType: 'DEBIT' });
    expect(await codeOf(adjust({ direction: 'DEBIT', kind: 'ADJUSTMENT', amount: '1', reason: 'x', tripId: '' }, correctionKey))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '195500' });
    // Refused before anything moves: no admin, a refund that debits, no reason, the wrong currency.
    expect(await codeOf(adjust({}, randomUUID(), { actor: { type: 'USER', id: rider.ownerId, role: 'RIDER' } as unknown as typeof admin.actor }))).toBe(
      'ADMIN_ONLY',
    );
    expect(await codeOf(adjust({ direction: 'DEBIT' }, randomUUID()))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(adjust({ reason: ' ', kind: 'ADJUSTMENT', tripId: '' }, randomUUID()))).toBe('REASON_REQUIRED');
    expect(
      await codeOf(
        h.client.call(
          'AdjustWallet',
          {
            idempotencyKey: randomUUID(),
            walletId: rider.id,
            amount: { amount: '100', currency: 'USD' },
            direction: 'CREDIT',
            kind: 'ADJUSTMENT',
            reason: 'x',
            tripId: '',
          },
          admin,
        ),
      ),
    ).toBe('CURRENCY_MISMATCH');
    expect(await wallet(rider.id)).toMatchObject({ availableBalance: '195500' });
  });

  it('lets corrections credit one wallet at most the limit a day, whichever admins split it how, counted under a lock', async () => {
    const driver = await openWallet(h, 'DRIVER', 'USD', 'US');
    const admins = Array.from({ length: 3 }, () => ({ actor: { type: 'ADMIN', id: randomUUID() } satisfies Actor }));
    const credit = (cents: number, key: string, who: (typeof admins)[number], direction = 'CREDIT') =>
      h.client.call(
        'AdjustWallet',
        {
          idempotencyKey: key,
          walletId: driver.id,
          direction,
          kind: 'ADJUSTMENT',
          reason: 'split goodwill',
          tripId: '',
          amount: { amount: String(cents), currency: 'USD' },
        },
        who,
      );
    // Eight pieces of $1,000 from three admins at once: the day's $5,000 is five of them, whatever the order.
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => codeOf(credit(100_000, randomUUID(), admins[i % 3]!))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'ADJUSTMENT_LIMIT')).toHaveLength(3);
    expect(await wallet(driver.id)).toMatchObject({ availableBalance: '500000' });
    // A debit is not a credit: taking some back leaves the day's credits where they were.
    await credit(100_000, randomUUID(), admins[0]!, 'DEBIT');
    expect(await codeOf(credit(1, randomUUID(), admins[1]!))).toBe('ADJUSTMENT_LIMIT');
    expect(await wallet(driver.id)).toMatchObject({ availableBalance: '400000' });
  });

  it('answers the repeat of a correction that reached the day’s limit with it, not a refusal', async () => {
    const driver = await openWallet(h, 'DRIVER', 'USD', 'US');
    const admin = { actor: { type: 'ADMIN', id: randomUUID() } satisfies Actor };
    const key = randomUUID();
    const credit = () =>
      h.client.call(
        'AdjustWallet',
        {
          idempotencyKey: key,
          walletId: driver.id,
          direction: 'CREDIT',
          kind: 'ADJUSTMENT',
          reason: 'goodwill',
          tripId: '',
          amount: { amount: '500000', currency: 'USD' },
        },
        admin,
      );
    const first = await credit();
    expect(await credit()).toMatchObject({ entryId: first.entryId, replayed: true });
    expect(await wallet(driver.id)).toMatchObject({ availableBalance: '500000' });
  });

  it('holds the ledger invariants after all of the above', async () => {
    for (const [name, query] of Object.entries(INVARIANT_QUERIES)) expect({ name, rows: await sql(h.databaseUrl, query) }).toEqual({ name, rows: [] });
  });
});
