import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderRoutesAt } from '../../test-render.tsx';
import { parseUserSearch } from './user-search.ts';
import { UsersPage } from './UsersPage.tsx';

type User = Schemas['AdminUser'];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const user = (n: number, over: Partial<User> = {}): User => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  email: `ada${n}@example.com`,
  role: 'RIDER',
  countryCode: 'NG',
  userStatus: 'ACTIVE',
  verificationStatus: 'VERIFIED',
  driverStatus: null,
  ...over,
});

/**
 * The server as the search reads it: three users matching "ada", two a page (the page says where the
 * next starts), and a block that changes the user it names. `asked` is every search, with its query.
 */
function usersServer(permissions = ['MANAGE_USERS']) {
  const users = [user(1), user(2, { role: 'DRIVER', driverStatus: 'VERIFIED' }), user(3)];
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions });
      if (url.pathname === '/api/admin/users') {
        asked.push(url.search);
        const after = url.searchParams.get('cursor');
        return Response.json(
          after === users[1]!.userId
            ? { items: users.slice(2), page: { nextCursor: null } }
            : { items: users.slice(0, 2), page: { nextCursor: users[1]!.userId } },
        );
      }
      const block = /^\/api\/admin\/users\/([^/]+)\/block$/.exec(url.pathname);
      if (request.method === 'POST' && block) {
        const i = users.findIndex((u) => u.userId === block[1]);
        users[i] = { ...users[i]!, userStatus: 'BLOCKED' };
        return Response.json({ id: block[1], status: 'BLOCKED' });
      }
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  return asked;
}

function usersPageAt(path: string) {
  const root = createRootRoute();
  const page = createRoute({ getParentRoute: () => root, path: '/admin/users', validateSearch: parseUserSearch, component: UsersPage });
  return renderRoutesAt(root.addChildren([page]), path);
}

const emails = () =>
  within(screen.getByRole('region', { name: 'Users' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent?.split('0000')[0]);

it('reads every user a short email start matches, a page at a time, not only the first page', async () => {
  const asked = usersServer();
  usersPageAt('/admin/users?q=ada');
  await screen.findByRole('cell', { name: /ada2@example.com/ });
  expect(emails()).toEqual(['ada1@example.com', 'ada2@example.com']);
  fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
  await screen.findByRole('cell', { name: /ada3@example.com/ });
  expect(emails()).toEqual(['ada1@example.com', 'ada2@example.com', 'ada3@example.com']);
  expect(asked).toEqual(['?q=ada&limit=50', `?q=ada&limit=50&cursor=${user(2).userId}`]);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
  // The columns as before.
  const headers = within(screen.getByRole('region', { name: 'Users' }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  expect(headers).toEqual(['Email', 'Role', 'Country', 'Account', 'KYC', 'Driver', 'Actions']); // the buttons' column, named for screen readers only
});

it('links each user to their wallets for an admin who may see wallets, and only then', async () => {
  usersServer(['MANAGE_USERS', 'VIEW_WALLETS']);
  usersPageAt('/admin/users?q=ada');
  const link = await screen.findByRole('link', { name: 'Wallets of ada1@example.com' });
  expect(link.getAttribute('href')).toBe(`/admin/wallets?ownerId=${user(1).userId}`);
  cleanup();
  usersServer();
  usersPageAt('/admin/users?q=ada');
  // The permissions are read by then: the actions they allow are shown.
  await screen.findAllByRole('button', { name: 'Block' });
  expect(screen.queryByRole('link', { name: /^Wallets of / })).toBeNull();
});

it('asks nothing before there is a search, and says what to type when Find is pressed with nothing', async () => {
  const asked = usersServer();
  usersPageAt('/admin/users');
  expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Users' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Find' }));
  expect(await screen.findByText('Type the start of an email or a user id, or choose who is stopped now.')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByLabelText(/Email or user id/));
  expect(asked).toEqual([]);
});

it('blocks a user with a reason, and the list read again shows it, every loaded page', async () => {
  const asked = usersServer();
  usersPageAt('/admin/users?q=ada');
  await screen.findByRole('cell', { name: /ada2@example.com/ });
  fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
  const third = (await screen.findByRole('cell', { name: /ada3@example.com/ })).closest('tr')!;
  fireEvent.click(within(third).getByRole('button', { name: 'Block' }));
  const dialog = await screen.findByRole('dialog', { name: 'Block ada3@example.com?' });
  fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'fraud report 42' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Block' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const row = (await screen.findByRole('cell', { name: /ada3@example.com/ })).closest('tr')!;
  await waitFor(() => expect(within(row).getByText('Blocked')).toBeTruthy());
  expect(within(row).getByRole('button', { name: 'Unblock' })).toBeTruthy();
  // Said in words, where the list is: the button pressed is gone.
  const said = screen.getByRole('status');
  expect(said.textContent).toContain('ada3@example.com is blocked');
  await waitFor(() => expect(document.activeElement).toBe(said));
  expect(emails()).toHaveLength(3);
  // Both pages read again after the block.
  expect(asked.length).toBe(4);
  // A search for someone else clears it: it would read as said of them.
  fireEvent.change(screen.getByLabelText(/Email or user id/), { target: { value: 'ada2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Find' }));
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
});

it('lists who is blocked now without an email to search for, and says so when no one is', async () => {
  const asked = usersServer();
  usersPageAt('/admin/users?standing=BLOCKED');
  await screen.findByRole('cell', { name: /ada2@example.com/ });
  expect(asked).toEqual(['?standing=BLOCKED&limit=50']);
  cleanup();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions: ['MANAGE_USERS'] });
      return Response.json({ items: [], page: { nextCursor: null } });
    }),
  );
  usersPageAt('/admin/users?standing=SUSPENDED');
  expect(await screen.findByText('No suspended driver now.')).toBeTruthy();
});
