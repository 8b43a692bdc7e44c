import { expect, it } from 'vitest';
import { elsewhere, isPublicPath, returnPath } from './access.ts';

it('returns only to a page of this site, never to sign-in or register again', () => {
  expect(returnPath('/driver')).toBe('/driver');
  expect(returnPath('/admin/payouts?status=PENDING')).toBe('/admin/payouts?status=PENDING');
  for (const other of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'driver', '', 42, undefined]) expect(returnPath(other)).toBeUndefined();
  for (const loop of ['/sign-in', '/sign-in?next=%2Fdriver', '/register', '/register/']) expect(returnPath(loop)).toBeUndefined();
  expect(isPublicPath('/sign-in')).toBe(true);
  expect(isPublicPath('/sign-into')).toBe(false);
});

it('sends a signed-out visitor to sign in and back, and another role to its own start page', () => {
  expect(elsewhere(['DRIVER'], undefined, '/driver')).toEqual({ to: '/sign-in', search: { next: '/driver' } });
  expect(elsewhere(['DRIVER'], 'DRIVER', '/driver')).toBeUndefined();
  expect(elsewhere(['RIDER'], 'DRIVER', '/wallet')).toEqual({ to: '/driver' });
  expect(elsewhere(['ADMIN'], 'RESTAURANT', '/admin/payouts')).toEqual({ to: '/restaurant' });
  expect(elsewhere(['RIDER', 'DRIVER', 'RESTAURANT'], 'ADMIN', '/notifications')).toEqual({ to: '/admin' });
});
