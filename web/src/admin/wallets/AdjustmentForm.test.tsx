import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { AdjustmentForm } from './AdjustmentForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const WALLET = '7c1d2e3f-0000-4000-8000-000000000000';
const RIDE = '821fb77d-dc19-4d55-a469-b804ef577b62';
const TRIPS = [{ tripId: RIDE, label: 'Ride 821fb77d · ₦1,745.00 · Dec 1, 2026' }];

/** The server: records each adjustment sent, and answers as the gateway does. */
function adjustmentServer() {
  const sent: Array<{ key: string | null; body: unknown }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push({ key: request.headers.get('idempotency-key'), body: await request.clone().json() });
      return Response.json({
        entryId: '9d8c7b6a-0000-4000-8000-000000000000',
        entryType: 'CREDIT',
        amount: { amount: '174500', currency: 'NGN' },
        availableAfter: '274500',
        replayed: false,
        createdAt: '2026-12-01T10:00:00Z',
      });
    }),
  );
  return sent;
}

it('refunds after a confirmation naming the amount and the owner, sending minor units from the typed decimal and the reason', async () => {
  const sent = adjustmentServer();
  renderInApp(<AdjustmentForm walletId={WALLET} owner="ada@example.com" ownerType="RIDER" currency="NGN" available="100000" trips={TRIPS} />);
  const send = screen.getByRole('button', { name: 'Refund' });
  expect(send.hasAttribute('disabled')).toBe(true); // no amount, no reason yet
  fireEvent.change(screen.getByRole('textbox', { name: 'Amount (NGN)' }), { target: { value: '1,745.00' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'the driver never came' } });
  expect(send.hasAttribute('disabled')).toBe(true); // which trip it gives back, not yet said
  const trip = screen.getByRole('combobox', { name: /Trip or order refunded/ });
  expect(
    within(trip)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Choose one it paid for', 'Ride 821fb77d · ₦1,745.00 · Dec 1, 2026']);
  fireEvent.change(trip, { target: { value: RIDE } });
  await waitFor(() => expect(send.hasAttribute('disabled')).toBe(false));
  fireEvent.click(send);
  const dialog = await screen.findByRole('dialog', { name: 'Refund this amount?' });
  expect(dialog.textContent).toContain('Refund ₦1,745.00 to ada@example.com’s wallet?');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
  await screen.findByText(/available now/);
  expect(sent).toEqual([
    {
      key: expect.any(String),
      body: { direction: 'CREDIT', kind: 'REFUND', amount: 174500, currency: 'NGN', reason: 'the driver never came', tripId: RIDE },
    },
  ]);
  expect(screen.getByRole('status').textContent).toBe('Recorded in the ledger₦1,745.00 added; available now: ₦2,745.00.');
});

it('will not take more than is available, and a taking is a correction', async () => {
  const sent = adjustmentServer();
  renderInApp(<AdjustmentForm walletId={WALLET} owner="ada@example.com" ownerType="RIDER" currency="NGN" available="100000" trips={TRIPS} />);
  fireEvent.click(screen.getByRole('radio', { name: 'Take' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Amount (NGN)' }), { target: { value: '1000.01' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'refunded twice' } });
  expect(await screen.findByText(/That is more than the/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Take' }).hasAttribute('disabled')).toBe(true);
  fireEvent.change(screen.getByRole('textbox', { name: 'Amount (NGN)' }), { target: { value: '1000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Take' }));
  fireEvent.click(within(await screen.findByRole('dialog', { name: 'Take this amount?' })).getByRole('button', { name: 'Take' }));
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]!.body).toEqual({ direction: 'DEBIT', kind: 'ADJUSTMENT', amount: 100000, currency: 'NGN', reason: 'refunded twice' });
});

it('offers a driver’s wallet corrections only: a refund is a customer’s', async () => {
  adjustmentServer();
  renderInApp(<AdjustmentForm walletId={WALLET} owner="musa@example.com" ownerType="DRIVER" currency="NGN" available="100000" trips={[]} />);
  expect(screen.queryByRole('radio', { name: 'Refund' })).toBeNull();
  expect((screen.getByRole('radio', { name: 'Add' }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole('button', { name: 'Add' })).toBeTruthy();
});
