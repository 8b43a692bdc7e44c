import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './people.ts';
import { api, startStack, type Stack } from './stack.ts';

let stack: Stack;
let client: ReturnType<typeof api>;
beforeAll(async () => {
  stack = await startStack('login');
  client = api(stack.url);
});
afterAll(async () => stack?.stop());

describe('password guessing', () => {
  it('slows an account down after five wrong passwords, tells how long, and lets the owner in once the wait is over', async () => {
    const rider = await client.register('RIDER', 'NG');
    const login = (password: string) => client.call('POST', '/api/auth/login', { body: { email: rider.email.toUpperCase(), password } });
    for (let i = 0; i < 5; i += 1) expectProblem(await login(`wrong password ${i}`), 401, 'INVALID_CREDENTIALS');
    // The fifth failure set a one-second wait: even the right password waits for it.
    const throttled = await fetch(`${stack.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: rider.email, password: 'a strong password' }),
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(await throttled.json()).toMatchObject({ code: 'LOGIN_THROTTLED', detail: 'too many failed sign-ins for this account; try again in 1 s' });
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await login('a strong password')).status).toBe(200);
    // A success forgets the failures.
    expectProblem(await login('wrong again'), 401, 'INVALID_CREDENTIALS');
    expect((await login('a strong password')).status).toBe(200);
  });

  it('lets no more than the free failures through when the guesses come all at once', async () => {
    const rider = await client.register('RIDER', 'NG');
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.call('POST', '/api/auth/login', { body: { email: rider.email, password: `guess ${i}` } })),
    );
    const checked = guesses.filter((g) => g.status === 401);
    // Each guess was admitted and counted in one step: at most five were checked against the password, the rest waited.
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(guesses.filter((g) => g.status === 429).every((g) => g.body.code === 'LOGIN_THROTTLED')).toBe(true);
    expect(checked.length + guesses.filter((g) => g.status === 429).length).toBe(20);
  });

  it('tells sign-ins with the right password sent at once that others are being checked, not that sign-ins failed', async () => {
    const rider = await client.register('RIDER', 'NG');
    const signIns = await Promise.all(
      Array.from({ length: 12 }, () => client.call('POST', '/api/auth/login', { body: { email: rider.email, password: 'a strong password' } })),
    );
    const waited = signIns.filter((s) => s.status === 429);
    expect(signIns.filter((s) => s.status === 200).length).toBeGreaterThan(0);
    expect(waited.length).toBeGreaterThan(0);
    for (const w of waited) expect(w.body.detail).toBe('other sign-ins to this account are being checked right now; try again in 1 s');
  });
});
