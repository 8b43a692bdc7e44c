import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderRoutesAt } from '../test-render.tsx';
import { TransactionsTable } from './TransactionsTable.tsx';

afterEach(cleanup);

const line = (
  entryId: string,
  serviceType: Schemas['WalletTransaction']['serviceType'],
  referenceType: string,
  referenceId: string,
): Schemas['WalletTransaction'] => ({
  entryId,
  type: 'DEBIT',
  entryType: 'CAPTURE',
  direction: 'debit',
  serviceType,
  amount: '231500',
  currency: 'NGN',
  availableAfter: '100000',
  lockedAfter: '0',
  negativeAfter: '0',
  description: '',
  referenceType,
  referenceId,
  createdAt: '2026-11-29T05:56:00Z',
  createdByAdminId: '',
});

it('opens the receipt of a ride from its statement line; a top-up links nowhere', async () => {
  const tripId = '821fb77d-dc19-4d55-a469-b804ef577b62';
  const root = createRootRoute();
  const statement = () => <TransactionsTable transactions={[line('a', 'ride', 'ride', tripId), line('b', 'funding', 'funding', 'b')]} />;
  const router = renderRoutesAt(
    root.addChildren([
      createRoute({ getParentRoute: () => root, path: '/', component: statement }),
      createRoute({ getParentRoute: () => root, path: '/trips/$tripId', component: () => <p>the receipt</p> }),
    ]),
    '/',
  );
  fireEvent.click(await screen.findByRole('link', { name: /^Ride of .*: receipt$/ }));
  await waitFor(() => expect(router.state.location.pathname).toBe(`/trips/${tripId}`));
  expect(await screen.findByText('the receipt')).toBeTruthy();
});

it('has no link for a line that is not a trip', async () => {
  const root = createRootRoute();
  renderRoutesAt(
    root.addChildren([
      createRoute({ getParentRoute: () => root, path: '/', component: () => <TransactionsTable transactions={[line('b', 'funding', 'funding', 'b')]} /> }),
    ]),
    '/',
  );
  expect(await screen.findByText('Top-up')).toBeTruthy();
  expect(screen.queryByRole('link')).toBeNull();
});

it('shows commission owed on a cash trip as a debt with what is owed after it, and the netting that pays it as the one debit', async () => {
  const owed = { ...line('c', 'commission', 'ride', 'c'), amount: '39100', negativeAfter: '39100', availableAfter: '557600' };
  const netted = { ...line('d', 'commission_settlement', 'weekly_netting', 'd'), amount: '39100', negativeAfter: '0', availableAfter: '518500' };
  const root = createRootRoute();
  renderRoutesAt(
    root.addChildren([createRoute({ getParentRoute: () => root, path: '/', component: () => <TransactionsTable transactions={[netted, owed]} /> })]),
    '/',
  );
  const rows = await screen.findAllByRole('row');
  expect(rows[0]!.textContent).toContain('Owed after');
  const [nettedRow, owedRow] = rows.slice(1).map((r) => r.textContent ?? '');
  expect(nettedRow).toContain('Paid');
  expect(nettedRow).toContain('−₦391.00');
  expect(owedRow).toContain('Owed');
  expect(owedRow).not.toContain('−');
});

it('leaves the owed column out of a statement that owes nothing', async () => {
  const root = createRootRoute();
  renderRoutesAt(
    root.addChildren([
      createRoute({ getParentRoute: () => root, path: '/', component: () => <TransactionsTable transactions={[line('a', 'ride', 'ride', 'a')]} /> }),
    ]),
    '/',
  );
  const rows = await screen.findAllByRole('row');
  expect(rows[0]!.textContent).not.toContain('Owed after');
});

it('says why support refunded or took money, in the admin’s words, and no other line’s description', async () => {
  const root = createRootRoute();
  const refund = { ...line('r', 'refund', 'manual_adjustment', 'x1'), type: 'CREDIT', direction: 'credit', description: 'the driver never came' };
  const taken = { ...line('t', 'adjustment', 'manual_adjustment', 'x2'), description: 'refunded twice by mistake' };
  const ride = { ...line('a', 'ride', 'ride', '821fb77d-dc19-4d55-a469-b804ef577b62'), description: 'settlement of ride 821fb77d' };
  renderRoutesAt(
    root.addChildren([
      createRoute({ getParentRoute: () => root, path: '/', component: () => <TransactionsTable transactions={[refund, taken, ride] as never} /> }),
    ]),
    '/',
  );
  const rows = (await screen.findAllByRole('row')).slice(1).map((r) => r.textContent);
  expect(rows[0]).toContain('Refundthe driver never came');
  expect(rows[0]).toContain('Received');
  expect(rows[1]).toContain('Adjustmentrefunded twice by mistake');
  expect(rows[1]).toContain('Taken');
  expect(rows[2]).not.toContain('settlement of ride');
});
