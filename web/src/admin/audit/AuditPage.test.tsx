import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderRoutesAt } from '../../test-render.tsx';
import { parseAuditSearch } from './audit-search.ts';
import { AuditPage } from './AuditPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ADMIN_ID = '00000000-0000-4000-8000-0000000000aa';
const record: Schemas['AuditRecord'] = {
  seq: '7',
  eventId: '00000000-0000-4000-8000-000000000001',
  eventType: 'payout.status-changed.v1',
  action: 'PAYOUT_APPROVED',
  actorType: 'ADMIN',
  actorId: ADMIN_ID,
  actorEmail: 'finance@example.com',
  entityType: 'payout',
  entityId: '00000000-0000-4000-8000-000000000002',
  fromState: 'PENDING',
  toState: 'APPROVED',
  reason: null,
  changes: [],
  amount: null,
  correlationId: 'c-1',
  occurredAt: '2026-12-02T10:00:00.000Z',
  hash: 'ab'.repeat(32),
};

it('links each actor to every record of what they did, so no one copies an id into the filter', async () => {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions: ['VIEW_PAYOUTS'] });
      if (url.pathname === '/api/admin/audit/verify') return Response.json({ ok: true, records: 7, firstBrokenSeq: null, reason: null });
      if (url.pathname === '/api/admin/audit') {
        asked.push(url.searchParams.get('actorId') ?? '');
        return Response.json({ records: [record], page: { nextCursor: null } });
      }
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  const root = createRootRoute();
  const page = createRoute({ getParentRoute: () => root, path: '/admin/audit', validateSearch: parseAuditSearch, component: AuditPage });
  const router = renderRoutesAt(root.addChildren([page]), '/admin/audit');
  const link = await screen.findByRole('link', { name: 'actions of finance@example.com' });
  expect(link.getAttribute('href')).toBe(`/admin/audit?actorId=${ADMIN_ID}`);
  link.click();
  await vi.waitFor(() => expect(asked).toContain(ADMIN_ID));
  expect(router.state.location.search).toMatchObject({ actorId: ADMIN_ID });
  expect((screen.getByLabelText(/^Actor id/) as HTMLInputElement).value).toBe(ADMIN_ID);
});
