import { NavLink, Title } from '@mantine/core';
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../access.ts';
import { meAnswer, renderRoutesAt } from '../test-render.tsx';
import { Layout } from './Layout.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The signed-in user has `role`; the frame reads nothing else. */
function signedInAs(role: Role) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json(meAnswer(role))),
  );
}

/** The frame as the app routes it (router.tsx), each section a stand-in page saying which it is. */
function appAt(path: string) {
  const root = createRootRoute({ component: Layout });
  const page = (label: string) => () => <Title order={2}>{label} page</Title>;
  const routeTree = root.addChildren(
    ['/wallet', '/driver', '/restaurant', '/trips', '/trips/$tripId', '/orders', '/menu', '/onboarding', '/notifications'].map((path) =>
      createRoute({ getParentRoute: () => root, path, component: page(path) }),
    ),
  );
  return renderRoutesAt(routeTree, path);
}

/**
 * Both "Main" navigations, the header's and the phone's under it: both are in the page, and a media
 * query shows one (at jsdom's width, the header's; a hidden one has no accessible name to find it by).
 */
async function mainNavs() {
  await screen.findByRole('navigation', { name: 'Main' });
  return [...document.querySelectorAll<HTMLElement>('nav[aria-label="Main"]')];
}

/** Each "Main" navigation's link marked as the page open, and those that are not, by name. */
async function marked() {
  const navs = await mainNavs();
  return navs.map((nav) => {
    const links = within(nav).getAllByRole('link', { hidden: true });
    return {
      current: links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent),
      others: links.filter((a) => !a.hasAttribute('aria-current')).map((a) => a.textContent),
    };
  });
}

describe('the rider’s, driver’s and restaurant’s sections', () => {
  it('mark the page open as the current one, in the header and on a phone, and follow a move to another', async () => {
    signedInAs('DRIVER');
    appAt('/driver');
    await screen.findByRole('heading', { name: '/driver page' });
    expect(await marked()).toEqual([
      { current: ['Wallet'], others: ['Trips', 'Verification', 'Notifications'] },
      { current: ['Wallet'], others: ['Trips', 'Verification', 'Notifications'] },
    ]);
    fireEvent.click(within((await mainNavs())[1]!).getByRole('link', { name: 'Verification', hidden: true }));
    await screen.findByRole('heading', { name: '/onboarding page' });
    await waitFor(async () => expect((await marked()).map((n) => n.current)).toEqual([['Verification'], ['Verification']]));
  });

  it('tint the current one as the admin console’s sections are (a NavLink, styled by its aria-current)', async () => {
    signedInAs('RIDER');
    appAt('/notifications');
    await screen.findByRole('heading', { name: '/notifications page' });
    const navs = await mainNavs();
    expect(navs).toHaveLength(2);
    for (const nav of navs) {
      const current = within(nav).getByRole('link', { current: 'page', hidden: true });
      expect(current.textContent).toBe('Notifications');
      expect(current.className).toContain(NavLink.classes.root);
    }
  });

  it('keep Trips marked on a trip’s own page, and mark a restaurant’s Orders and Menu', async () => {
    signedInAs('DRIVER');
    appAt('/trips/3f0c2d4e-0000-4000-8000-000000000009');
    await screen.findByRole('heading', { name: '/trips/$tripId page' });
    expect((await marked()).map((n) => n.current)).toEqual([['Trips'], ['Trips']]);
    cleanup();

    signedInAs('RESTAURANT');
    appAt('/menu');
    await screen.findByRole('heading', { name: '/menu page' });
    expect(await marked()).toEqual([
      { current: ['Menu'], others: ['Wallet', 'Orders', 'Verification', 'Notifications'] },
      { current: ['Menu'], others: ['Wallet', 'Orders', 'Verification', 'Notifications'] },
    ]);
  });
});
