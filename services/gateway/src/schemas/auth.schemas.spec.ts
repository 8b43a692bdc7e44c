import { describe, expect, it } from '@jest/globals';
import { newAccountEmail } from '@ziba/identity/src/domain/user.ts';
import { Compile } from 'typebox/compile';
import { RegisterBody } from './auth.schemas.ts';

// The gateway refuses a new account's odd email at the edge (400 VALIDATION_FAILED); identity's domain
// refuses the same ones for any other caller. The two must agree on every address.
const register = Compile(RegisterBody);
const atTheEdge = (email: string) => register.Check({ email, password: 'a long password', role: 'RIDER', countryCode: 'NG' });
const inIdentity = (email: string) => {
  try {
    newAccountEmail(email);
    return true;
  } catch {
    return false;
  }
};

const ADDRESSES = [
  'ada@example.com',
  'Driver-0b6a4c1e@Example.com',
  "o'brien+tag@sub.example.co.uk",
  'x_y%z-1@ziba.local',
  'admin@ziba.local',
  'chiamaka.obi.1a2b3c4d@demo.ziba.test',
  'a@e.com',
  'a@xn--p1ai.xn--p1ai',
  '<script>@x.io',
  '"q"@example.com',
  'a b@example.com',
  'a..b@example.com',
  '.a@example.com',
  'a.@example.com',
  'a@example',
  'a@-x.io',
  'a@1.2.3.4',
  'a@x.c',
  'a@b@c.io',
  'ünïcode@example.com',
];

describe("a new account's email, at the gateway and in identity", () => {
  it.each(ADDRESSES)('%s: the same answer in both', (email) => {
    expect(atTheEdge(email)).toBe(inIdentity(email));
  });

  it('takes the addresses this repository uses and refuses markup', () => {
    expect(atTheEdge('e2e-driver-0b6a4c1e-5f0a-4b8e-9c3d-2e1f0a9b8c7d@example.com')).toBe(true);
    expect(atTheEdge('<script>@x.io')).toBe(false);
  });
});
