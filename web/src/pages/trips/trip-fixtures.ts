import type { Schemas } from '@ziba/api-client';
import { vi } from 'vitest';

/** A trip as the gateway sends it; each test changes what it looks at. */
export const trip = (over: Partial<Schemas['Trip']> = {}): Schemas['Trip'] => ({
  id: crypto.randomUUID(),
  serviceType: 'RIDE',
  status: 'SETTLED',
  countryCode: 'NG',
  paymentMethod: 'ONLINE',
  riderId: '00000000-0000-4000-8000-000000000001',
  driverId: '00000000-0000-4000-8000-000000000002',
  distanceMeters: 8_300,
  fare: { amount: '174500', currency: 'NGN' },
  restaurantId: null,
  foodSubtotal: null,
  deliveryFee: null,
  holdState: 'SETTLED',
  settledAt: '2026-11-30T18:42:10.000Z',
  transitions: [],
  createdAt: '2026-11-30T18:05:00.000Z',
  mode: 'live',
  items: [],
  yourShare: null,
  nextActions: [],
  ...over,
});

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

/** The signed-in user has `role`; `routes` answers by path (a body, or a Response such as a refusal), anything else is 404. */
export function serve(role: string, routes: Record<string, (url: URL) => unknown>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      asked.push(`${url.pathname}${url.search}`);
      if (url.pathname === '/api/me') return json({ id: 'u1', email: 'me@example.com', role, status: 'ACTIVE', countryCode: 'NG', currency: 'NGN' });
      const answer = routes[url.pathname];
      if (answer) {
        const body = answer(url);
        return body instanceof Response ? body : json(body);
      }
      return json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'TRIP_NOT_FOUND', detail: 'no such trip' }, 404);
    }),
  );
  return asked;
}
