import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { asReplay, canonicalParams, fingerprint } from './idempotency.ts';

const request = (params: Record<string, string>, body: unknown = null, url = '/api/trips/:tripId/:action') =>
  ({ method: 'POST', routeOptions: { url }, params, body }) as unknown as Pick<FastifyRequest, 'method' | 'routeOptions' | 'params' | 'body'>;

describe('the fingerprint of a keyed request', () => {
  const id = '0b6a4c1e-5f0a-4b8e-9c3d-2e1f0a9b8c7d';

  it('is the same for an id in any case: ids are accepted in any case and used lower-cased', () => {
    expect(fingerprint(request({ tripId: id.toUpperCase(), action: 'accept' }))).toBe(fingerprint(request({ tripId: id, action: 'accept' })));
    expect(canonicalParams({ tripId: '0B6A4C1E-5F0A-4B8E-9C3D-2E1F0A9B8C7D' })).toEqual({ tripId: id });
  });

  it('still tells apart another id, another step, another body and another route', () => {
    const base = fingerprint(request({ tripId: id, action: 'accept' }));
    expect(fingerprint(request({ tripId: id.replace('0b6a', '0b6b'), action: 'accept' }))).not.toBe(base);
    expect(fingerprint(request({ tripId: id, action: 'arrive' }))).not.toBe(base);
    expect(fingerprint(request({ tripId: id, action: 'accept' }, { reason: 'x' }))).not.toBe(base);
    expect(fingerprint(request({ tripId: id, action: 'accept' }, null, '/api/food-orders/:orderId/:action'))).not.toBe(base);
  });

  it('compares other parameters as sent (a country, a provider)', () => {
    expect(canonicalParams({ country: 'NG', service: 'RIDE' })).toEqual({ country: 'NG', service: 'RIDE' });
    expect(fingerprint(request({ country: 'NG' }, null, '/x/:country'))).not.toBe(fingerprint(request({ country: 'ng' }, null, '/x/:country')));
    expect(canonicalParams(undefined)).toEqual({});
  });
});

describe('a stored answer given again', () => {
  const json = 'application/json; charset=utf-8';

  it('says it is a replay where the answer says whether it was one, and is otherwise the first answer', () => {
    const first = JSON.stringify({ entryId: 'e-1', replayed: false, wallet: { availableBalance: '6000', replayed: false } });
    expect(JSON.parse(asReplay(first, json))).toEqual({ entryId: 'e-1', replayed: true, wallet: { availableBalance: '6000', replayed: false } });
    const trip = JSON.stringify({ id: 't-1', status: 'IN_PROGRESS' });
    expect(asReplay(trip, json)).toBe(trip);
    const refused = JSON.stringify({ code: 'INSUFFICIENT_FUNDS', replayed: 'false' });
    expect(asReplay(refused, 'application/problem+json')).toBe(refused);
  });

  it('leaves what is not a JSON object as it was stored', () => {
    expect(asReplay('[{"replayed":false}]', json)).toBe('[{"replayed":false}]');
    expect(asReplay('{"replayed":false', json)).toBe('{"replayed":false');
    expect(asReplay('{"replayed":false}', 'text/csv')).toBe('{"replayed":false}');
  });
});
