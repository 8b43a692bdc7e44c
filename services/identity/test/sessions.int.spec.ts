import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadIdentityProto, type IdentityServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient } from '@ziba/service-kit';
import { codeOf, eventually, freshDatabase, infrastructure, sql, testServiceTokens } from '@ziba/testing';
import { decodeJwt } from 'jose';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { startIdentity, type IdentityApp } from '../src/app.ts';
import { generatePrivateJwk } from '../src/application/token-issuer.ts';
import { loadIdentityConfig } from '../src/config.ts';

// Browser sessions against real PostgreSQL: rotation, reuse detection, sign-out, and concurrent
// refreshes of one token (exactly one rotates).

let app: IdentityApp;
let client: GrpcClient<IdentityServiceClient>;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const adminEmail = `admin-${randomUUID()}@ziba.test`;
/** What identity logged (debug and up), to look for tokens in. */
const logLines: string[] = [];

beforeAll(async () => {
  const { amqpUrl } = await infrastructure();
  db = await freshDatabase('identity_sessions');
  const tokens = testServiceTokens(['gateway']);
  app = await startIdentity(
    loadIdentityConfig({
      DATABASE_URL: db.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      DB_POOL_MAX: '12',
      JWT_PRIVATE_JWK: await generatePrivateJwk(),
      DOCUMENT_HMAC_KEYS: `test-1=${randomBytes(32).toString('base64')}`,
      BOOTSTRAP_ADMIN_EMAIL: adminEmail,
      BOOTSTRAP_ADMIN_PASSWORD: 'bootstrap-password-1',
    }),
    createLogger('identity', 'debug', { write: (line: string) => void logLines.push(line) }),
  );
  client = new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, {
    target: 'identity',
    address: `127.0.0.1:${app.port}`,
    token: tokens.tokenOf('gateway'),
  });
});
afterAll(async () => {
  client?.close();
  await app?.stop();
  await db?.drop();
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function signedUp() {
  const email = `rider-${randomUUID()}@example.com`;
  const user = await client.call('Register', { email, password: 'session rider password', role: 'RIDER', countryCode: 'NG', testMode: false });
  return { user, email, session: await client.call('StartSession', { email, password: 'session rider password' }) };
}

describe('browser sessions', () => {
  it('starts a session with an access token and a refresh token identity keeps only as a hash', async () => {
    const { user, session } = await signedUp();
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, refreshExpiresIn: 14 * 86_400, user: { id: user.id } });
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await sql<Record<string, unknown>>(
      db.url,
      'select t.* from refresh_token t join session_family f on f.id = t.family_id where f.user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(sha256(session.refreshToken));
    expect(JSON.stringify(rows)).not.toContain(session.refreshToken);
    expect(await codeOf(client.call('StartSession', { email: user.email, password: 'not the password' }))).toBe('INVALID_CREDENTIALS');
  });

  it('rotates on each refresh; a used token presented again revokes the family, the newest token too', async () => {
    const { session } = await signedUp();
    const second = await client.call('RefreshSession', { refreshToken: session.refreshToken });
    expect(second.refreshToken).not.toBe(session.refreshToken);
    expect(second.accessToken.split('.')).toHaveLength(3);
    const third = await client.call('RefreshSession', { refreshToken: second.refreshToken });
    // The first token again: reuse.
    expect(await codeOf(client.call('RefreshSession', { refreshToken: session.refreshToken }))).toBe('REFRESH_TOKEN_REUSED');
    expect(await codeOf(client.call('RefreshSession', { refreshToken: third.refreshToken }))).toBe('SESSION_EXPIRED');
    expect(await codeOf(client.call('RefreshSession', { refreshToken: second.refreshToken }))).toBe('SESSION_EXPIRED');
    const [family] = await sql<{ revoked_reason: string }>(
      db.url,
      'select f.revoked_reason from session_family f join refresh_token t on t.family_id = f.id where t.token_hash = $1',
      [sha256(third.refreshToken)],
    );
    expect(family?.revoked_reason).toBe('REUSE_DETECTED');
  });

  it('refuses unknown, malformed and expired refresh tokens', async () => {
    expect(await codeOf(client.call('RefreshSession', { refreshToken: randomBytes(32).toString('base64url') }))).toBe('SESSION_EXPIRED');
    expect(await codeOf(client.call('RefreshSession', { refreshToken: 'x'.repeat(5000) }))).toBe('SESSION_EXPIRED');
    expect(await codeOf(client.call('RefreshSession', { refreshToken: '' }))).toBe('SESSION_EXPIRED');
    const { session } = await signedUp();
    await sql(db.url, "update refresh_token set expires_at = now() - interval '1 second' where token_hash = $1", [sha256(session.refreshToken)]);
    expect(await codeOf(client.call('RefreshSession', { refreshToken: session.refreshToken }))).toBe('SESSION_EXPIRED');
  });

  it('ends a session: no token of the family refreshes again; it names the session its access tokens carry', async () => {
    const { session } = await signedUp();
    const next = await client.call('RefreshSession', { refreshToken: session.refreshToken });
    // Every access token of one sign-in carries the session's id, refreshed ones too.
    const sid = decodeJwt(session.accessToken).sid;
    expect(sid).toEqual(expect.any(String));
    expect(decodeJwt(next.accessToken).sid).toBe(sid);
    expect(await client.call('EndSession', { refreshToken: next.refreshToken })).toEqual({ ended: true, sessionId: sid });
    // Ended already: nothing more to end, and still the session it was (the gateway revokes its tokens either way).
    expect(await client.call('EndSession', { refreshToken: session.refreshToken })).toEqual({ ended: false, sessionId: sid });
    expect(await codeOf(client.call('RefreshSession', { refreshToken: next.refreshToken }))).toBe('SESSION_EXPIRED');
    expect(await client.call('EndSession', { refreshToken: 'not a token' })).toEqual({ ended: false, sessionId: '' });
    // Another sign-in is another session; each app login is a sign-in of its own.
    expect(decodeJwt((await signedUp()).session.accessToken).sid).not.toBe(sid);
    const { email } = await signedUp();
    const logins = await Promise.all([0, 1].map(() => client.call('Login', { email, password: 'session rider password' })));
    const [a, b] = logins.map((l) => decodeJwt(l.accessToken).sid);
    expect(a).toEqual(expect.any(String));
    expect(b).toEqual(expect.any(String));
    expect(a).not.toBe(b);
  });

  it('ends the sessions of a user who is blocked at their next refresh', async () => {
    const { user, session } = await signedUp();
    await sql(db.url, "update app_user set status = 'BLOCKED' where id = $1", [user.id]);
    expect(await codeOf(client.call('RefreshSession', { refreshToken: session.refreshToken }))).toBe('USER_BLOCKED');
    await sql(db.url, "update app_user set status = 'ACTIVE' where id = $1", [user.id]);
    expect(await codeOf(client.call('RefreshSession', { refreshToken: session.refreshToken }))).toBe('SESSION_EXPIRED');
  });

  it('lets exactly one of many concurrent refreshes of one token rotate; the next is reuse and ends the family', async () => {
    const { session } = await signedUp();
    const n = 6;
    const outcomes = await Promise.all(
      Array.from({ length: n }, () =>
        client.call('RefreshSession', { refreshToken: session.refreshToken }).then(
          (s) => s.refreshToken,
          (e: { code?: string }) => e.code,
        ),
      ),
    );
    const winners = outcomes.filter((o) => o && /^[A-Za-z0-9_-]{43}$/.test(o));
    expect(winners).toHaveLength(1);
    // The first to come after the winner is reuse and revokes the family; the rest find it ended.
    expect(outcomes.filter((o) => o === 'REFRESH_TOKEN_REUSED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'SESSION_EXPIRED')).toHaveLength(n - 2);
    // The reuse revoked the family: the winner's new token is refused as well.
    expect(await codeOf(client.call('RefreshSession', { refreshToken: winners[0]! }))).toBe('SESSION_EXPIRED');
  });

  it('queues refreshes that arrive while the family is locked, and still rotates once', async () => {
    const { user, session } = await signedUp();
    const n = 5;
    // Hold the family's lock, so every refresh is certain to be waiting for it at once.
    const outcomes = await app.ctx.orm.em.fork().transactional(async (em) => {
      await em.execute('select id from session_family where user_id = ? for update', [user.id]);
      const calls = Array.from({ length: n }, () =>
        client.call('RefreshSession', { refreshToken: session.refreshToken }).then(
          () => 'ROTATED',
          (e: { code?: string }) => e.code ?? 'ERROR',
        ),
      );
      await eventually(
        async () =>
          (
            await sql<{ waiting: number }>(
              db.url,
              "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
            )
          )[0]!.waiting,
        (waiting) => waiting === n,
      );
      return calls;
    });
    const settled = await Promise.all(outcomes);
    expect(settled.filter((o) => o === 'ROTATED')).toHaveLength(1);
    expect(settled.filter((o) => o === 'REFRESH_TOKEN_REUSED')).toHaveLength(1);
    expect(settled.filter((o) => o === 'SESSION_EXPIRED')).toHaveLength(n - 2);
    const tokens = await sql<{ used: boolean }>(
      db.url,
      'select used_at is not null as used from refresh_token t join session_family f on f.id = t.family_id where f.user_id = $1',
      [user.id],
    );
    // The first token used once, one successor: no second rotation slipped through.
    expect(tokens.map((t) => t.used).sort()).toEqual([false, true]);
  });

  it('logs a reuse with the user and the family, never a token', async () => {
    const { user, session } = await signedUp();
    const next = await client.call('RefreshSession', { refreshToken: session.refreshToken });
    expect(await codeOf(client.call('RefreshSession', { refreshToken: session.refreshToken }))).toBe('REFRESH_TOKEN_REUSED');
    await client.call('EndSession', { refreshToken: next.refreshToken });
    const logs = logLines.join('');
    expect(logs).toContain('refresh token reused');
    expect(logLines.find((l) => l.includes('refresh token reused') && l.includes(user.id))).toBeDefined();
    for (const secret of [session.refreshToken, next.refreshToken, session.accessToken, next.accessToken, sha256(session.refreshToken)])
      expect(logs).not.toContain(secret);
  });
});
