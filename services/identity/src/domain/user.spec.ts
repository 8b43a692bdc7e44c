import { describe, expect, it } from '@jest/globals';
import { newAccountEmail, normaliseEmail, parsePermissions, samePermissions } from './user.ts';

describe("a new account's email", () => {
  it('takes a practical address, trimmed and lower-cased', () => {
    expect(newAccountEmail(' Ada.Obi@Example.COM ')).toBe('ada.obi@example.com');
    for (const email of [
      "o'brien+tag@sub.example.co.uk",
      'x_y%z-1@ziba.local',
      'admin@ziba.local',
      'e2e-driver-1b2c@example.com',
      'a@e.com',
      'a@xn--p1ai.xn--p1ai',
    ])
      expect(newAccountEmail(email)).toBe(email);
  });

  it('refuses markup, quotes, spaces, stray dots and domains that are not names (INVALID_EMAIL)', () => {
    for (const email of [
      '<script>@x.io',
      '"q"@example.com',
      'a b@example.com',
      'a..b@example.com',
      '.a@example.com',
      'a.@example.com',
      'a@example',
      'a@-x.io',
      'a@x-.io',
      'a@1.2.3.4',
      'a@x.c',
      'a@x..io',
      `${'a'.repeat(65)}@example.com`,
    ])
      expect(() => newAccountEmail(email)).toThrow(expect.objectContaining({ code: 'INVALID_EMAIL' }));
  });

  it('does not stop an existing account being found by the address it has', () => {
    expect(normaliseEmail('Legacy<X>@Example.com')).toBe('legacy<x>@example.com');
  });
});

describe('an admin’s permissions', () => {
  it('are known ones, kept in the catalogue’s order without repeats, so two lists compare whatever order they were given in', () => {
    expect(parsePermissions(['MANAGE_PAYOUTS', 'VIEW_WALLETS', 'MANAGE_PAYOUTS'])).toEqual(['VIEW_WALLETS', 'MANAGE_PAYOUTS']);
    expect(() => parsePermissions(['VIEW_WALLETS', 'ROOT'])).toThrow(expect.objectContaining({ code: 'UNKNOWN_PERMISSION' }));
    expect(samePermissions(['MANAGE_KYC', 'VIEW_WALLETS'], ['VIEW_WALLETS', 'MANAGE_KYC'])).toBe(true);
    expect(samePermissions(['VIEW_WALLETS'], ['VIEW_WALLETS', 'MANAGE_KYC'])).toBe(false);
  });
});
