import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { codeOf, eventually, infrastructure, sql, watchEvents } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { startTripHarness, type TripHarness } from './harness.ts';

// An admin records owed commission an earner paid outside the app, with the receipt's reference.
// One outside receipt moves money once, whatever Idempotency-Key or admin records it, and its
// trip.negative-balance-settled event is published once, also when its first write failed.

let h: TripHarness;
let watcher: Awaited<ReturnType<typeof watchEvents>>;
beforeAll(async () => {
  h = await startTripHarness();
  watcher = await watchEvents((await infrastructure()).amqpUrl, 'trip.negative-balance-settled.v1');
});
afterAll(async () => {
  await watcher?.close();
  await h?.stop();
});

/** A BD driver who owes 50,800 poisha of commission from a cash ride. */
async function owingDriver() {
  const driver = await h.user('DRIVER', { country: 'BD', verified: true, online: true });
  await h.settledRide(await h.user('RIDER', { country: 'BD' }), driver, 'CASH', 100_000);
  expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '50800' });
  return driver;
}

const settle = (
  body: { ownerId: string; amount: string; externalReference: string; reason?: string; idempotencyKey?: string },
  actor: Actor = (h as TripHarness).admin,
) =>
  h.tc.call(
    'SettleNegativeBalance',
    {
      idempotencyKey: body.idempotencyKey ?? randomUUID(),
      ownerId: body.ownerId,
      amount: { amount: body.amount, currency: 'BDT' },
      reason: body.reason ?? 'paid at the Dhaka office',
      externalReference: body.externalReference,
    },
    { actor },
  );

/** The earner's commission_settlement lines in the ledger. */
const settlementLines = async (walletId: string) =>
  (await h.wc.call('ListTransactions', { walletId, page: { pageSize: 100, cursor: '' }, referenceType: '', referenceId: '' })).transactions.filter(
    (l) => l.serviceType === 'commission_settlement',
  );

describe('one outside receipt, recorded once', () => {
  it('a new Idempotency-Key, another admin, or the reference typed otherwise gets the first settlement; nothing moves again', async () => {
    const driver = await owingDriver();
    const receipt = `RCPT-${randomUUID()}`;
    const first = await settle({ ownerId: driver.id, amount: '10000', externalReference: receipt });
    expect(first).toMatchObject({ amount: { amount: '10000', currency: 'BDT' }, owedAfter: { amount: '40800', currency: 'BDT' }, replayed: false });

    expect(await settle({ ownerId: driver.id, amount: '10000', externalReference: receipt })).toEqual({ ...first, replayed: true });
    const otherAdmin: Actor = { type: 'ADMIN', id: randomUUID(), role: 'ADMIN' };
    expect(await settle({ ownerId: driver.id, amount: '10000', externalReference: ` ${receipt.toLowerCase()} `, reason: 'again' }, otherAdmin)).toEqual({
      ...first,
      replayed: true,
    });

    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '40800' });
    expect(await settlementLines(driver.walletId)).toEqual([
      expect.objectContaining({ entryId: first.entryId, amount: '10000', referenceId: receipt.toUpperCase(), createdByAdminId: h.admin.id }),
    ]);
  });

  it('the same receipt for another amount or another earner is 409 EXTERNAL_REFERENCE_USED and moves nothing; another receipt moves', async () => {
    const driver = await owingDriver();
    const other = await owingDriver();
    const receipt = `RCPT-${randomUUID()}`;
    await settle({ ownerId: driver.id, amount: '10000', externalReference: receipt });
    expect(await codeOf(settle({ ownerId: driver.id, amount: '20000', externalReference: receipt }))).toBe('EXTERNAL_REFERENCE_USED');
    expect(await codeOf(settle({ ownerId: other.id, amount: '10000', externalReference: receipt }))).toBe('EXTERNAL_REFERENCE_USED');
    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '40800' });
    expect(await h.balance(other.walletId)).toMatchObject({ negativeBalance: '50800' });

    expect(await settle({ ownerId: driver.id, amount: '20000', externalReference: `${receipt}-2` })).toMatchObject({ owedAfter: { amount: '20800' } });
    // Refused by the ledger (more than is owed): nothing is recorded, so the receipt can be recorded correctly after.
    const refused = `RCPT-${randomUUID()}`;
    expect(await codeOf(settle({ ownerId: other.id, amount: '50801', externalReference: refused }))).toBe('OWED_EXCEEDED');
    expect(await settle({ ownerId: other.id, amount: '50800', externalReference: refused })).toMatchObject({ owedAfter: { amount: '0' }, replayed: false });
  });

  it('a rider named as the earner is refused for what they are (OWNER_NOT_EARNER), and the receipt stays free', async () => {
    const rider = await h.user('RIDER', { country: 'BD' });
    const receipt = `RCPT-${randomUUID()}`;
    expect(await codeOf(settle({ ownerId: rider.id, amount: '100', externalReference: receipt }))).toBe('OWNER_NOT_EARNER');
    const driver = await owingDriver();
    expect(await settle({ ownerId: driver.id, amount: '100', externalReference: receipt })).toMatchObject({ replayed: false });
  });

  it('ten requests with one receipt at once, each under its own key, move money once and all answer the one settlement', async () => {
    const driver = await owingDriver();
    const receipt = `RCPT-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => settle({ ownerId: driver.id, amount: '7000', externalReference: receipt })));
    expect(new Set(answers.map((a) => a.entryId)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed).length).toBeLessThanOrEqual(1);
    expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '43800' });
    expect(await settlementLines(driver.walletId)).toHaveLength(1);
  });
});

describe('the settlement’s event', () => {
  it('is published once when its first write failed after the ledger moved the money, and the client retried', async () => {
    const driver = await owingDriver();
    const receipt = `RCPT-${randomUUID()}`;
    // The database refuses the event's first write as an unavailable database does (57P03: a 503 to the client).
    await sql(
      h.tripDbUrl,
      `create sequence event_write_attempts;
       create function fail_first_event_write() returns trigger language plpgsql as $$
       begin
         if new.routing_key = 'trip.negative-balance-settled.v1' then
           if nextval('event_write_attempts') = 1 then
             raise exception 'the database is restarting' using errcode = '57P03';
           end if;
         end if;
         return new;
       end $$;
       create trigger fail_first_event_write before insert on outbox_event for each row execute function fail_first_event_write();`,
    );
    try {
      const body = { ownerId: driver.id, amount: '10000', externalReference: receipt, idempotencyKey: `office-${receipt}` };
      expect(await codeOf(settle(body))).toBe('DATABASE_UNAVAILABLE');
      // The ledger moved the money before the write failed.
      expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '40800' });

      // Retyped: the reason and the reference's case differ; it is still the same receipt's settlement.
      const retried = await settle({ ...body, reason: 'paid in cash at the Dhaka office', externalReference: receipt.toLowerCase() });
      expect(retried).toMatchObject({ owedAfter: { amount: '40800' }, replayed: true });
      expect(await settle(body)).toEqual(retried);
      expect(await h.balance(driver.walletId)).toMatchObject({ negativeBalance: '40800' });

      const published = () => watcher.events().filter((e) => String(e.data.externalReference).toUpperCase() === receipt.toUpperCase());
      await eventually(published, (seen) => seen.length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // a second copy would have left by now
      expect(published()).toEqual([
        expect.objectContaining({
          type: 'trip.negative-balance-settled.v1',
          data: expect.objectContaining({ ownerId: driver.id, entryId: retried.entryId, amount: '10000', adminId: h.admin.id }),
        }),
      ]);
    } finally {
      await sql(h.tripDbUrl, 'drop trigger fail_first_event_write on outbox_event; drop function fail_first_event_write(); drop sequence event_write_attempts');
    }
  });
});
