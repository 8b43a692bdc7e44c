import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { EarnerWalletPage } from './EarnerWalletPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The payout account read answers `status` with `code`; every other read fails, which this test does not look at. */
function bankAccountAnswers(status: number, code: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const answer = request.url.endsWith('/api/restaurant/bank-account') ? { status, code } : { status: 500, code: 'INTERNAL' };
      return new Response(JSON.stringify({ type: 'about:blank', title: 'x', ...answer }), {
        status: answer.status,
        headers: { 'content-type': 'application/problem+json' },
      });
    }),
  );
}

it('offers to add an account only when the server says there is none', async () => {
  bankAccountAnswers(404, 'PAYOUT_METHOD_NOT_FOUND');
  renderInApp(<EarnerWalletPage earner="restaurant" />);
  await screen.findByRole('button', { name: 'Add account' });
  expect(screen.queryByText(/could not be loaded/)).toBeNull();
});

it('says the account could not be loaded, with no form, while the payout service is down', async () => {
  bankAccountAnswers(503, 'DEPENDENCY_UNAVAILABLE');
  renderInApp(<EarnerWalletPage earner="restaurant" />);
  await screen.findByText('Your payout account could not be loaded right now. Try again in a moment.', {}, { timeout: 5000 });
  expect(screen.queryByRole('button', { name: 'Add account' })).toBeNull();
  expect(screen.queryByLabelText('Account number')).toBeNull();
});

it('reads older payouts and transactions on with "Show more", appending them to the lists', async () => {
  const payout = (id: string, amount: string) => ({
    id,
    amount: { amount, currency: 'NGN' },
    status: 'PAID',
    reasons: [],
    rejectionReason: null,
    failureReason: null,
    methodKind: 'BANK',
    createdAt: '2026-11-29T05:56:00Z',
  });
  const line = (entryId: string) => ({
    entryId,
    type: 'CREDIT',
    direction: 'credit',
    serviceType: 'earning',
    amount: '100',
    currency: 'NGN',
    availableAfter: '100',
    createdAt: '2026-11-29T05:56:00Z',
  });
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const next = url.searchParams.get('cursor');
      asked.push(`${url.pathname}${url.search}`);
      const body =
        url.pathname === '/api/driver/payouts'
          ? next
            ? { payouts: [payout('p3', '300000')], page: { nextCursor: null } }
            : { payouts: [payout('p1', '100000'), payout('p2', '200000')], page: { nextCursor: 'p2' } }
          : url.pathname === '/api/wallet/transactions'
            ? next
              ? { transactions: [line('t2')], page: { nextCursor: null } }
              : { transactions: [line('t1')], page: { nextCursor: 't1' } }
            : null;
      if (!body) return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status: 500, code: 'INTERNAL' }), { status: 500 });
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  renderInApp(<EarnerWalletPage earner="driver" />);
  const payouts = await screen.findByRole('list', { name: 'Payouts' });
  expect(within(payouts).getAllByRole('listitem')).toHaveLength(2);
  await screen.findByRole('region', { name: 'Transactions' });
  const [morePayouts, moreLines] = screen.getAllByRole('button', { name: 'Show more' });
  fireEvent.click(morePayouts!);
  await waitFor(() => expect(within(screen.getByRole('list', { name: 'Payouts' })).getAllByRole('listitem')).toHaveLength(3));
  expect(within(screen.getByRole('list', { name: 'Payouts' })).getAllByRole('listitem')[2]!.textContent).toContain('₦3,000.00');
  expect(asked).toContain('/api/driver/payouts?limit=20&cursor=p2');
  fireEvent.click(moreLines!);
  await waitFor(() => expect(within(screen.getByRole('region', { name: 'Transactions' })).getAllByRole('row')).toHaveLength(3));
  expect(asked).toContain('/api/wallet/transactions?limit=10&cursor=t1');
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
});

it('tells a suspended driver before they tap that they cannot go online, with the switch off and disabled', async () => {
  const me = {
    id: 'd-1',
    email: 'd@example.com',
    role: 'DRIVER',
    countryCode: 'NG',
    status: 'ACTIVE',
    driverStatus: 'SUSPENDED',
    permissions: [],
    testMode: false,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body =
        path === '/api/me' ? me : path === '/api/driver/presence' ? { online: false } : { type: 'about:blank', title: 'x', status: 500, code: 'INTERNAL' };
      const status = path === '/api/me' || path === '/api/driver/presence' ? 200 : 500;
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' } });
    }),
  );
  localStorage.removeItem('ziba-asked-who-is-signed-in');
  renderInApp(<EarnerWalletPage earner="driver" />);
  await screen.findByText(/Your driver account is suspended: you cannot go online/);
  expect((screen.getByRole('switch', { name: 'Offline' }) as HTMLInputElement).disabled).toBe(true);
});
