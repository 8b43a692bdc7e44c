import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { renderInApp, renderRoutesAt } from '../test-render.tsx';
import { RiderWalletPage } from './RiderWalletPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const line = (entryId: string, amount: string) => ({
  entryId,
  type: 'CREDIT',
  entryType: 'ADD_FUNDS',
  direction: 'credit',
  serviceType: 'funding',
  amount,
  currency: 'NGN',
  availableAfter: amount,
  lockedAfter: '0',
  negativeAfter: '0',
  description: 'top-up',
  referenceId: entryId,
  referenceType: 'funding',
  createdAt: '2026-11-29T05:56:00Z',
  createdByAdminId: '',
});

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

it('reads the statement on with "Show more", appending the next page, until there is no more', async () => {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/wallet/transactions') {
        asked.push(url.search);
        return url.searchParams.get('cursor') === 'after-2'
          ? json({ transactions: [line('c', '300')], page: { nextCursor: null } })
          : json({ transactions: [line('a', '100'), line('b', '200')], page: { nextCursor: 'after-2' } });
      }
      if (url.pathname === '/api/wallet')
        return json({
          id: 'w',
          availableBalance: '600',
          lockedBalance: '0',
          negativeBalance: '0',
          totalEarned: '0',
          withdrawableBalance: '600',
          currency: 'NGN',
          updatedAt: 'x',
        });
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  renderInApp(<RiderWalletPage />);
  const table = () => screen.getByRole('region', { name: 'Transactions' });
  await screen.findByRole('region', { name: 'Transactions' });
  // A header row and the first page's two lines.
  expect(within(table()).getAllByRole('row')).toHaveLength(3);
  const more = screen.getByRole('button', { name: 'Show more' });
  more.focus();
  fireEvent.click(more);
  await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(4));
  expect(within(table()).getAllByRole('row')[3]!.textContent).toContain('₦3.00');
  expect(asked).toEqual(['?limit=20', '?limit=20&cursor=after-2']);
  // The last page is in: the button goes, and the focus moves to the words that say so, not to the top of the page.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByText('That is everything.')));
});

it('says a rider without an identity profile must add one before adding funds, and keeps the form shut until then', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/wallet')
        return json({
          id: 'w',
          availableBalance: '0',
          lockedBalance: '0',
          negativeBalance: '0',
          totalEarned: '0',
          withdrawableBalance: '0',
          currency: 'BDT',
          topUpRoom: '100000000',
          updatedAt: 'x',
        });
      if (url.pathname === '/api/me/verification')
        return json({
          status: 'INCOMPLETE',
          profile: null,
          documents: [],
          missingRequirements: [],
          reviewFlags: [],
          identityVerified: false,
          addressVerified: false,
        });
      if (url.pathname === '/api/wallet/transactions') return json({ transactions: [], page: { nextCursor: null } });
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  const root = createRootRoute();
  renderRoutesAt(root.addChildren([createRoute({ getParentRoute: () => root, path: '/wallet', component: RiderWalletPage })]), '/wallet');
  const notice = (await screen.findByText('Add your identity profile first')).closest('[role="status"]') as HTMLElement;
  expect(within(notice).getByRole('link', { name: 'Verification' }).getAttribute('href')).toBe('/onboarding');
  await waitFor(() => expect((screen.getByRole('button', { name: 'Add funds' }) as HTMLButtonElement).disabled).toBe(true));
  expect(screen.getByText('Add your identity profile on the Verification page first.')).toBeTruthy();
});
