import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { Layout } from './Layout.tsx';
import { parseSignInSearch, SignInPage } from './SignInPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The sign-in page in the app's frame. */
function signInAt() {
  const root = createRootRoute({ component: Layout });
  const routeTree = root.addChildren([createRoute({ getParentRoute: () => root, path: '/sign-in', validateSearch: parseSignInSearch, component: SignInPage })]);
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/sign-in'] }) });
  renderInApp(<RouterProvider router={router} />);
}

it('clears a refusal once the email or the password is changed', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'USER_BLOCKED' }), {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        }),
    ),
  );
  signInAt();
  fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: 'blocked@example.com' } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'secret-password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByText('Your account is blocked. Contact support.');

  fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'someone.else@example.com' } });
  expect(screen.queryByText('Your account is blocked. Contact support.')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByText('Your account is blocked. Contact support.');
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'another-password' } });
  expect(screen.queryByText('Your account is blocked. Contact support.')).toBeNull();
});

it('has one main landmark', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 401 })),
  );
  signInAt();
  await screen.findByRole('heading', { name: 'Sign in' });
  expect(screen.getAllByRole('main')).toHaveLength(1);
  // The keyboard's first stop skips the header to that main landmark.
  const skip = screen.getByRole('link', { name: 'Skip to content' });
  expect(skip.getAttribute('href')).toBe(`#${screen.getByRole('main').id}`);
  expect(document.body.querySelector('a, button, input')).toBe(skip);
});
