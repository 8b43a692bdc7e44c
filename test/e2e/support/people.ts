import { expect } from '@jest/globals';
import { createApiClient } from '@ziba/api-client';
import { eventuallyPasses } from '@ziba/testing';
import { randomUUID } from 'node:crypto';
import { documentDigits as digits, holder, profile } from './nigerian-identity.ts';

// Users made through the typed client, the way an app makes them.

export const PASSWORD = 'end to end password';
export { profile };
export const key = () => ({ params: { header: { 'idempotency-key': randomUUID() } } });

/** ₦ with the kobo after the point, as a Nigerian reads it; computed from the server's string. */
export const naira = (kobo: string) => {
  const k = BigInt(kobo);
  return `₦${(k / 100n).toLocaleString('en-US')}.${(k % 100n).toString().padStart(2, '0')}`;
};

/** Polls until `check` passes (the services agree through events, a moment later). */
export const eventually = <T>(read: () => Promise<T>, check: (value: T) => void) => eventuallyPasses(read, check, 10_000);

export function people(gatewayUrl: () => string, admin: () => { email: string; password: string }) {
  const api = (token?: string) => createApiClient({ baseUrl: gatewayUrl(), token });

  async function signIn(email: string, password: string) {
    const login = await api().POST('/api/auth/login', { body: { email, password } });
    expect(login.response.status).toBe(200);
    return login.data!.accessToken;
  }

  /** A new NG account of this role (a sandbox one in test mode), signed in, with its identity profile saved (no money moves without one). */
  async function signedUp(role: 'RIDER' | 'DRIVER' | 'RESTAURANT', withProfile = true, testMode = false) {
    const email = `e2e-${role.toLowerCase()}-${randomUUID()}@example.com`;
    const registered = await api().POST('/api/auth/register', {
      body: { email, password: PASSWORD, role, countryCode: 'NG', ...(testMode ? { testMode } : {}) },
    });
    expect(registered.response.status).toBe(201);
    const token = await signIn(email, PASSWORD);
    if (withProfile) expect((await api(token).PUT('/api/me/identity-profile', { body: profile })).response.status).toBe(200);
    return { id: registered.data!.id, email, token };
  }

  /** A driver whose NIN and licence identity verified: allowed to go online. */
  async function verifiedDriver(testMode = false) {
    const driver = await signedUp('DRIVER', true, testMode);
    for (const doc of [
      { documentType: 'NIN' as const, documentNumber: digits(11), issuingAuthority: 'NIMC', countryCode: 'NG', ...holder },
      {
        documentType: 'DRIVER_LICENSE' as const,
        documentNumber: `LAG${digits(9)}`,
        issuingAuthority: 'FRSC',
        expiryDate: `${new Date().getUTCFullYear() + 5}-06-30`,
        countryCode: 'NG',
        ...holder,
      },
    ]) {
      expect((await api(driver.token).POST('/api/me/identity-documents', { body: doc })).response.status).toBe(201);
    }
    await eventually(
      () => api(driver.token).GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } }),
      (r) => expect(r.data).toEqual({ allowed: true, reasons: [] }),
    );
    return driver;
  }

  /** A rider with `amount` minor units in the wallet. */
  async function fundedRider(amount: number, testMode = false) {
    const rider = await signedUp('RIDER', true, testMode);
    expect((await api(rider.token).POST('/api/wallet/add-funds', { ...key(), body: { amount } })).response.status).toBe(200);
    return rider;
  }

  /** A ride of this rider taken by this (online) driver up to `until`, through the API. */
  async function ride(riderToken: string, driverToken: string, paymentMethod: 'ONLINE' | 'CASH', until: 'start' | 'complete') {
    const trip = await api(riderToken).POST('/api/trips', { body: { serviceType: 'RIDE', paymentMethod, distanceMeters: 8_400 } });
    const tripId = trip.data!.id;
    const steps = until === 'start' ? (['accept', 'arrive', 'start'] as const) : (['accept', 'arrive', 'start', 'complete'] as const);
    for (const step of steps)
      expect((await api(driverToken).POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId } }, body: {} })).error).toBeUndefined();
    return trip.data!;
  }

  const adminToken = () => signIn(admin().email, admin().password);

  return { api, signIn, signedUp, verifiedDriver, fundedRider, ride, adminToken };
}
