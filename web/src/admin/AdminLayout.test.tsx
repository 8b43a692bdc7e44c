import { Title } from '@mantine/core';
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meAnswer, renderRoutesAt } from '../test-render.tsx';
import { AdminHome } from './AdminHome.tsx';
import { AdminLayout } from './AdminLayout.tsx';
import type { Permission } from './permissions.ts';
import { SECTIONS } from './sections.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The signed-in admin holds `permissions`; any other read fails loudly, so a test sees it if a page it should not reach asks. */
function signedInWith(permissions: Permission[]) {
  const fetch = vi.fn(async (request: Request) => {
    if (new URL(request.url).pathname === '/api/me')
      return Response.json(meAnswer('ADMIN', { id: '00000000-0000-4000-8000-000000000001', email: 'ops@example.com', permissions }));
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'PERMISSION_DENIED' }), {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The console as the app routes it (router.tsx): the frame, its index, and each section (a stand-in page saying which it is). */
function consoleAt(path: string) {
  const root = createRootRoute();
  const admin = createRoute({ getParentRoute: () => root, path: '/admin', component: AdminLayout });
  const page = (label: string) => () => <Title order={2}>{label} page</Title>;
  const routeTree = root.addChildren([
    admin.addChildren([
      createRoute({ getParentRoute: () => admin, path: '/', component: AdminHome }),
      ...SECTIONS.map((s) => createRoute({ getParentRoute: () => admin, path: s.to.replace('/admin', ''), component: page(s.label) })),
      createRoute({ getParentRoute: () => admin, path: '/payouts/$payoutId', component: page('One payout') }),
    ]),
  ]);
  return renderRoutesAt(routeTree, path);
}

const navLabels = async () =>
  within(await screen.findByRole('navigation', { name: 'Admin sections' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('the admin console’s sections', () => {
  it('lists only what payouts and wallets permissions allow, and opens on payouts', async () => {
    signedInWith(['MANAGE_PAYOUTS', 'VIEW_WALLETS']);
    const router = consoleAt('/admin');
    expect(await navLabels()).toEqual(['Payouts', 'Payout accounts', 'Wallets', 'Settlements', 'Trips', 'Weekly runs', 'Audit']);
    await screen.findByRole('heading', { name: 'Payouts page' });
    expect(router.state.location.pathname).toBe('/admin/payouts');
  });

  it('gives an admin who may only manage users the Users section (and the audit chain check, every admin’s), and lands there', async () => {
    signedInWith(['MANAGE_USERS']);
    const router = consoleAt('/admin');
    expect(await navLabels()).toEqual(['Users', 'Audit']);
    await screen.findByRole('heading', { name: 'Users page' });
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(screen.queryByText(/PERMISSION_DENIED|requires the/)).toBeNull();
  });

  it('gives a KYC reviewer KYC review and Users', async () => {
    signedInWith(['MANAGE_KYC']);
    const router = consoleAt('/admin');
    expect(await navLabels()).toEqual(['KYC review', 'Users', 'Audit']);
    await screen.findByRole('heading', { name: 'KYC review page' });
    expect(router.state.location.pathname).toBe('/admin/kyc');
  });

  it('lands a reports reader on earnings, with pricing and the audit trail beside it', async () => {
    signedInWith(['VIEW_EARNINGS_REPORTS']);
    consoleAt('/admin');
    expect(await navLabels()).toEqual(['Earnings', 'Pricing', 'Audit']);
    await screen.findByRole('heading', { name: 'Earnings page' });
  });

  it('shows every section to an admin with every permission', async () => {
    signedInWith(['VIEW_WALLETS', 'VIEW_PAYOUTS', 'MANAGE_PAYOUTS', 'VIEW_EARNINGS_REPORTS', 'MANAGE_KYC', 'MANAGE_COMMISSION', 'MANAGE_USERS']);
    consoleAt('/admin');
    expect(await navLabels()).toEqual(SECTIONS.map((s) => s.label));
  });

  it('says in words, not a problem code, that a section opened by its address is not allowed', async () => {
    signedInWith(['MANAGE_PAYOUTS', 'VIEW_WALLETS']);
    consoleAt('/admin/earnings');
    await screen.findByRole('heading', { name: 'No access to Earnings' });
    screen.getByText('Your admin account does not have access to Earnings.');
    screen.getByText(/grant you the VIEW_EARNINGS_REPORTS permission/);
    expect(screen.queryByRole('heading', { name: 'Earnings page' })).toBeNull();
    expect(screen.queryByText(/PERMISSION_DENIED|requires the/)).toBeNull();
    // The way on: the first section they may use.
    expect(screen.getByRole('link', { name: 'Go to Payouts' }).getAttribute('href')).toBe('/admin/payouts');
    expect(await navLabels()).not.toContain('Earnings');
  });

  it('keeps a payout’s own page behind the payouts permissions', async () => {
    signedInWith(['MANAGE_USERS']);
    consoleAt('/admin/payouts/7d0e2a51-0000-4000-8000-000000000000');
    await screen.findByRole('heading', { name: 'No access to Payouts' });
    screen.getByText(/grant you the VIEW_PAYOUTS or MANAGE_PAYOUTS permission/);
    expect(screen.queryByRole('heading', { name: 'One payout page' })).toBeNull();
  });

  it('opens a section the admin may use by its address, marked in the navigation', async () => {
    signedInWith(['VIEW_WALLETS']);
    consoleAt('/admin/wallets');
    await screen.findByRole('heading', { name: 'Wallets page' });
    const nav = await screen.findByRole('navigation', { name: 'Admin sections' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Wallets' }).getAttribute('data-active')).toBe('true'));
    // The browser tab says which section this is.
    expect(document.title).toBe('Wallets · Ziba admin');
  });

  it('folds the sections behind one button on a phone, naming the open one; a section chosen folds them again', async () => {
    const stub = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...stub(query), matches: query === '(max-width: 40em)' })) as typeof window.matchMedia;
    try {
      signedInWith(['VIEW_WALLETS', 'VIEW_PAYOUTS']);
      consoleAt('/admin/wallets');
      await screen.findByRole('heading', { name: 'Wallets page' });
      const toggle = await screen.findByRole('button', { name: 'Sections: Wallets' });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
      fireEvent.click(toggle);
      expect(screen.getByRole('button', { name: 'Hide sections' }).getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(within(screen.getByRole('navigation', { name: 'Admin sections' })).getByRole('link', { name: 'Payouts' }));
      await screen.findByRole('heading', { name: 'Payouts page' });
      // Focus stays on the button, not lost with the list.
      expect(document.activeElement).toBe(await screen.findByRole('button', { name: 'Sections: Payouts' }));
      // Escape folds an unfolded list, focus on the button.
      fireEvent.click(screen.getByRole('button', { name: 'Sections: Payouts' }));
      fireEvent.keyDown(within(screen.getByRole('navigation', { name: 'Admin sections' })).getByRole('link', { name: 'Wallets' }), { key: 'Escape' });
      expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sections: Payouts' }));
      expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
    } finally {
      window.matchMedia = stub;
    }
  });

  it('tells an admin without any permission so, with no sections', async () => {
    signedInWith([]);
    consoleAt('/admin');
    await screen.findByRole('heading', { name: 'No admin permissions yet' });
    expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
  });
});
