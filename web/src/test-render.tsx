import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRouter, RouterProvider, type AnyRoute } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { Schemas } from '@ziba/api-client';
import type { ReactNode } from 'react';
import { theme } from './theme.ts';

/** GET /api/me as the server answers it for a signed-in user of `role`; `over` changes what a test needs. */
export const meAnswer = (role: Schemas['User']['role'], over: Partial<Schemas['User']> = {}): Schemas['User'] => ({
  id: '00000000-0000-4000-8000-000000000002',
  email: 'someone@example.com',
  role,
  status: 'ACTIVE',
  countryCode: 'NG',
  currency: 'NGN',
  createdAt: '2026-01-01T00:00:00.000Z',
  driverStatus: null,
  testMode: false,
  permissions: [],
  ...over,
});

/** Renders `ui` for a component test as the app would: the theme, and a query client of its own that does not retry. */
export function renderInApp(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MantineProvider theme={theme}>{ui}</MantineProvider>
    </QueryClientProvider>,
  );
}

/** Renders a route tree opened at `path` (a memory history), as a test of pages that link to each other needs; the router, to read where it went. */
export function renderRoutesAt(routeTree: AnyRoute, path: string) {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [path] }) });
  renderInApp(<RouterProvider router={router} />);
  return router;
}
