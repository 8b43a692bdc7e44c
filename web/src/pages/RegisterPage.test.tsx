import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { RegisterPage } from './RegisterPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function registerPage() {
  const root = createRootRoute();
  const routeTree = root.addChildren([createRoute({ getParentRoute: () => root, path: '/register', component: RegisterPage })]);
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/register'] }) });
  renderInApp(<RouterProvider router={router} />);
}

const answers = (status: number, body: Record<string, unknown>) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } }),
    ),
  );

// What the gateway answers for email rev5@x and password "short" (plugins/problem.ts; edge-input.int.spec.ts).
const REFUSAL = {
  code: 'VALIDATION_FAILED',
  detail:
    "body email must be an email address: letters, digits and . _ % + - ' before the @, a domain such as example.com after it, body/password must not have fewer than 10 characters",
  errors: [
    { field: 'email', message: "must be an email address: letters, digits and . _ % + - ' before the @, a domain such as example.com after it" },
    { field: 'password', message: 'must not have fewer than 10 characters' },
  ],
};

it('puts the refusal on the email and password fields in plain words, with the focus on the email', async () => {
  answers(400, REFUSAL);
  registerPage();
  fireEvent.change(await screen.findByLabelText(/^Email/), { target: { value: 'rev5@x' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'short' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByText('Enter an email address like name@example.com.');
  expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
  expect(screen.queryByText(/body/)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  const email = screen.getByLabelText(/^Email/);
  expect(email.getAttribute('aria-invalid')).toBe('true');
  await waitFor(() => expect(document.activeElement).toBe(email));
  // The words go from a field once it is corrected; the other field keeps its own.
  fireEvent.change(email, { target: { value: 'rev5@example.com' } });
  expect(screen.queryByText('Enter an email address like name@example.com.')).toBeNull();
  expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
});

it('says a refusal about no field above the form, and moves the focus to it', async () => {
  answers(503, { code: 'DEPENDENCY_UNAVAILABLE', detail: 'identity is unavailable' });
  registerPage();
  fireEvent.change(await screen.findByLabelText(/^Email/), { target: { value: 'ada@example.com' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'a long password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Could not create the account');
  await waitFor(() => expect(document.activeElement).toBe(alert));
});
