import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { trip } from '../../pages/trips/trip-fixtures.ts';
import { renderRoutesAt } from '../../test-render.tsx';
import { parseTripsSearch } from './trips-search.ts';
import { TripsUnderWayPage } from './TripsUnderWayPage.tsx';

type Listed = Schemas['TripUnderWay'];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const people = { riderEmail: 'ada@example.com', driverEmail: 'bola@example.com', restaurantEmail: null };
const parcel: Listed = {
  ...trip({ serviceType: 'PARCEL', status: 'PICKED_UP', holdState: 'HELD', fare: { amount: '250000', currency: 'NGN' }, nextActions: ['cancel'] }),
  ...people,
};
const pickedUpFood: Listed = {
  ...trip({ serviceType: 'FOOD', status: 'PICKED_UP', holdState: 'HELD', restaurantId: '00000000-0000-4000-8000-000000000003', nextActions: ['cancel'] }),
  ...people,
  restaurantEmail: 'mama@example.com',
};

/** The server as the page reads it: the two trips under way, and a cancel that ends the parcel. `asked` is each call, with its key. */
function tripsServer(permissions: string[], { cancelledElsewhere = false } = {}) {
  let listed = [parcel, pickedUpFood];
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions });
      const body = request.method === 'POST' ? await request.clone().text() : '';
      asked.push(`${request.method} ${url.pathname}${url.search} ${request.headers.get('idempotency-key') ? 'keyed' : ''} ${body}`.trim());
      if (url.pathname === '/api/admin/trips/under-way') return Response.json({ trips: listed, page: { nextCursor: null } });
      if (request.method === 'POST' && url.pathname === `/api/trips/${parcel.id}/cancel`) {
        listed = listed.filter((t) => t.id !== parcel.id);
        if (cancelledElsewhere)
          return Response.json(
            { type: 'about:blank', title: 'Conflict', status: 409, code: 'ILLEGAL_TRANSITION', detail: 'cannot cancel a trip that is cancelled by support' },
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          );
        return Response.json({ ...parcel, status: 'CANCELLED_BY_SYSTEM', holdState: 'RELEASED', nextActions: [] });
      }
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  return asked;
}

function pageAt(path: string) {
  const root = createRootRoute();
  const page = createRoute({ getParentRoute: () => root, path: '/admin/trips', validateSearch: parseTripsSearch, component: TripsUnderWayPage });
  return renderRoutesAt(root.addChildren([page]), path);
}

const parcelName = `Parcel ${parcel.id.slice(0, 8)}`;

it('cancels a picked-up parcel with a reason, after saying what happens to the fare and the goods, and says what was done', async () => {
  const asked = tripsServer(['MANAGE_PAYOUTS']);
  pageAt('/admin/trips?countryCode=NG&kind=PARCEL');
  fireEvent.click(await screen.findByRole('button', { name: `Cancel ${parcelName}` }));
  const dialog = await screen.findByRole('dialog', { name: `Cancel ${parcelName.toLowerCase()}?` });
  expect(dialog.textContent).toContain('₦2,500.00 on hold for ada@example.com goes back to their wallet at once.');
  expect(dialog.textContent).toContain('The driver has the parcel');
  const confirm = within(dialog).getByRole('button', { name: 'Cancel trip' });
  expect(confirm).toHaveProperty('disabled', true); // a reason is required
  fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), { target: { value: 'the recipient moved; the goods go back' } });
  fireEvent.click(confirm);
  const done = await screen.findByRole('status');
  expect(done.textContent).toContain(`${parcelName} cancelled`);
  expect(done.textContent).toContain('₦2,500.00 on hold went back to ada@example.com’s wallet.');
  // Focus is on the line that says what was done (the row and its button are gone).
  await waitFor(() => expect(document.activeElement).toBe(done));
  await waitFor(() => expect(screen.queryByRole('button', { name: `Cancel ${parcelName}` })).toBeNull());
  expect(asked).toContain(`POST /api/trips/${parcel.id}/cancel keyed {"reason":"the recipient moved; the goods go back"}`);
  expect(asked[0]).toBe('GET /api/admin/trips/under-way?countryCode=NG&kind=PARCEL&limit=50');
});

it('cancels a food order its driver has picked up as an order, and offers no cancel without MANAGE_PAYOUTS', async () => {
  tripsServer(['MANAGE_PAYOUTS']);
  pageAt('/admin/trips');
  const foodName = `Food order ${pickedUpFood.id.slice(0, 8)}`;
  fireEvent.click(await screen.findByRole('button', { name: `Cancel ${foodName}` }));
  const dialog = await screen.findByRole('dialog', { name: `Cancel food order ${pickedUpFood.id.slice(0, 8)}?` });
  expect(dialog.textContent).toContain('The driver has the food');
  within(dialog).getByRole('button', { name: 'Cancel order' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
  cleanup();

  tripsServer(['VIEW_WALLETS']);
  pageAt('/admin/trips');
  await screen.findByText('Cancelling a trip needs the MANAGE_PAYOUTS permission.');
  await screen.findByRole('row', { name: /Parcel/ });
  expect(screen.queryByRole('button', { name: /^Cancel / })).toBeNull();
});

it('says why a cancel was refused, and shows the list as it is now behind the dialog', async () => {
  const asked = tripsServer(['MANAGE_PAYOUTS'], { cancelledElsewhere: true });
  pageAt('/admin/trips');
  fireEvent.click(await screen.findByRole('button', { name: `Cancel ${parcelName}` }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), { target: { value: 'driver unreachable' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel trip' }));
  await within(dialog).findByText(/^Cannot cancel a trip that is cancelled by support/);
  // Another admin cancelled it: the list read again no longer offers it.
  await waitFor(() => expect(screen.queryByRole('row', { name: new RegExp(parcelName) })).toBeNull());
  expect(asked.filter((a) => a.startsWith('GET /api/admin/trips/under-way'))).toHaveLength(2);
});
