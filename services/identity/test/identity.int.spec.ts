import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadIdentityProto, type IdentityServiceClient } from '@ziba/contracts';
import { createLogger, GrpcClient } from '@ziba/service-kit';
import { codeOf, eventually, freshDatabase, infrastructure, sql, testServiceTokens, watchEvents } from '@ziba/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { startIdentity, type IdentityApp } from '../src/app.ts';
import { createAdmin } from '../src/application/create-admin.usecase.ts';
import { PERMISSIONS } from '../src/domain/user.ts';
import { generatePrivateJwk } from '../src/application/token-issuer.ts';
import { loadIdentityConfig } from '../src/config.ts';

let app: IdentityApp;
let client: GrpcClient<IdentityServiceClient>;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let watcher: Awaited<ReturnType<typeof watchEvents>>;
const adminEmail = `admin-${randomUUID()}@ziba.test`;

beforeAll(async () => {
  const { amqpUrl } = await infrastructure();
  db = await freshDatabase('identity');
  const tokens = testServiceTokens(['gateway']);
  watcher = await watchEvents(amqpUrl, 'identity.#');
  app = await startIdentity(
    loadIdentityConfig({
      DATABASE_URL: db.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      JWT_PRIVATE_JWK: await generatePrivateJwk(),
      DOCUMENT_HMAC_KEYS: `test-1=${randomBytes(32).toString('base64')}`,
      BOOTSTRAP_ADMIN_EMAIL: adminEmail,
      BOOTSTRAP_ADMIN_PASSWORD: 'bootstrap-password-1',
    }),
    createLogger('identity', 'silent'),
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
  await watcher?.close();
  await db?.drop();
});

describe('identity accounts', () => {
  it('registers a driver, stores only a password hash, and announces the account without secrets', async () => {
    const email = `Driver-${randomUUID()}@Example.com`;
    const user = await client.call('Register', { email, password: 'correct horse battery', role: 'DRIVER', countryCode: 'NG', testMode: false });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      role: 'DRIVER',
      countryCode: 'NG',
      currency: 'NGN',
      driverStatus: 'PENDING_VERIFICATION',
      status: 'ACTIVE',
    });
    const [row] = await sql<{ password_hash: string }>(db.url, 'select password_hash from app_user where id = $1', [user.id]);
    expect(row?.password_hash).toMatch(/^scrypt\$/);
    expect(row?.password_hash).not.toContain('correct horse');
    const events = await eventually(
      () => watcher.events().filter((e) => e.data.userId === user.id),
      (e) => e.length === 1,
    );
    expect(events[0]).toMatchObject({ type: 'identity.user-registered.v1', data: { role: 'DRIVER', currency: 'NGN', testMode: false } });
    expect(JSON.stringify(events[0])).not.toContain('correct horse');
  });

  it('refuses duplicate emails, admin self-registration, unknown countries and weak passwords', async () => {
    const email = `rider-${randomUUID()}@example.com`;
    await client.call('Register', { email, password: 'long enough password', role: 'RIDER', countryCode: 'US', testMode: false });
    expect(
      await codeOf(
        client.call('Register', { email: email.toUpperCase(), password: 'long enough password', role: 'RIDER', countryCode: 'US', testMode: false }),
      ),
    ).toBe('EMAIL_TAKEN');
    expect(
      await codeOf(client.call('Register', { email: `x-${email}`, password: 'long enough password', role: 'ADMIN', countryCode: 'US', testMode: false })),
    ).toBe('ROLE_NOT_SELF_REGISTRABLE');
    expect(
      await codeOf(client.call('Register', { email: `y-${email}`, password: 'long enough password', role: 'RIDER', countryCode: 'ZZ', testMode: false })),
    ).toBe('UNSUPPORTED_COUNTRY');
    expect(await codeOf(client.call('Register', { email: `z-${email}`, password: 'short', role: 'RIDER', countryCode: 'US', testMode: false }))).toBe(
      'WEAK_PASSWORD',
    );
  });

  it('logs in with a token the published JWKS verifies, and refuses a wrong password alike for unknown emails', async () => {
    const email = `bd-${randomUUID()}@example.com`;
    const user = await client.call('Register', { email, password: 'bangladesh rider pw', role: 'RIDER', countryCode: 'BD', testMode: true });
    const { accessToken, expiresIn } = await client.call('Login', { email, password: 'bangladesh rider pw' });
    const jwks = createLocalJWKSet(JSON.parse((await client.call('GetJwks', {})).jwksJson));
    const { payload } = await jwtVerify(accessToken, jwks, { issuer: 'ziba-identity', audience: 'ziba' });
    expect(payload).toMatchObject({ sub: user.id, role: 'RIDER', currency: 'BDT', testMode: true });
    expect(expiresIn).toBeLessThanOrEqual(900);
    expect(await codeOf(client.call('Login', { email, password: 'wrong password!!' }))).toBe('INVALID_CREDENTIALS');
    expect(await codeOf(client.call('Login', { email: `nobody-${email}`, password: 'wrong password!!' }))).toBe('INVALID_CREDENTIALS');
    expect(JSON.parse((await client.call('GetJwks', {})).jwksJson).keys[0]).not.toHaveProperty('d');
  });

  it('has the bootstrap admin with every permission', async () => {
    const { accessToken, user } = await client.call('Login', { email: adminEmail, password: 'bootstrap-password-1' });
    expect(user?.role).toBe('ADMIN');
    expect(user?.permissions).toEqual(
      expect.arrayContaining(['VIEW_WALLETS', 'MANAGE_PAYOUTS', 'MANAGE_KYC', 'MANAGE_COMMISSION', 'MANAGE_USERS', 'VIEW_PAYOUTS', 'VIEW_EARNINGS_REPORTS']),
    );
    expect(accessToken.split('.')).toHaveLength(3);
  });

  it('holds a new admin’s password to the rule for new passwords, but never an existing admin’s, so an old bootstrap password still starts identity', async () => {
    const permissions = ['VIEW_WALLETS'];
    const fresh = `admin-${randomUUID()}@ziba.test`;
    await expect(createAdmin(app.ctx, { email: fresh, password: 'Password2026!', permissions, operator: 'test' })).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
    });
    // The bootstrap admin again, with a password the rule refuses: it keeps its own, and gets the permissions.
    expect(
      await createAdmin(app.ctx, { email: adminEmail, password: 'Password2026!', permissions: [...permissions, 'MANAGE_USERS'], operator: 'test' }),
    ).toMatchObject({
      role: 'ADMIN',
    });
    expect(await codeOf(client.call('Login', { email: adminEmail, password: 'Password2026!' }))).toBe('INVALID_CREDENTIALS');
    await createAdmin(app.ctx, { email: adminEmail, password: 'bootstrap-password-1', permissions: [...PERMISSIONS], operator: 'test' }); // as the other tests know it
  });

  it('records a new admin, and a bootstrap that changes its permissions once even when two replicas start at once; a restart that changes nothing records nothing', async () => {
    const email = `admin-${randomUUID()}@ziba.test`;
    const bootstrap = (permissions: string[], operator = 'bootstrap') => createAdmin(app.ctx, { email, password: 'admin-password-1', permissions, operator });
    const admin = await bootstrap(['VIEW_WALLETS']);
    await bootstrap(['VIEW_WALLETS']);
    await Promise.all([bootstrap(['MANAGE_KYC', 'VIEW_WALLETS']), bootstrap(['MANAGE_KYC', 'VIEW_WALLETS'])]);
    await bootstrap(['MANAGE_KYC'], 'last');
    const changes = await eventually(
      () => watcher.events().filter((e) => e.type === 'identity.admin-access-changed.v1' && e.data.adminId === admin.id),
      (es) => es.some((e) => e.data.operator === 'last'),
    );
    expect(changes.map((e) => [e.data.change, e.data.previousPermissions, e.data.permissions])).toEqual([
      ['ADMIN_CREATED', null, ['VIEW_WALLETS']],
      ['PERMISSIONS_CHANGED', ['VIEW_WALLETS'], ['VIEW_WALLETS', 'MANAGE_KYC']],
      ['PERMISSIONS_CHANGED', ['VIEW_WALLETS', 'MANAGE_KYC'], ['MANAGE_KYC']],
    ]);
  });

  it('looks up several users at once, leaving out unknown ids, and refuses more than a page of them', async () => {
    const register = (role: string) =>
      client.call('Register', {
        email: `${role.toLowerCase()}-${randomUUID()}@ziba.test`,
        password: 'correct horse battery',
        role,
        countryCode: 'NG',
        testMode: false,
      });
    const [driver, rider] = await Promise.all([register('DRIVER'), register('RIDER')]);
    const { users } = await client.call('GetUsers', { userIds: [rider.id, randomUUID(), driver.id, rider.id] });
    expect(users.map((u) => [u.id, u.email, u.role]).sort()).toEqual(
      [
        [driver.id, driver.email, 'DRIVER'],
        [rider.id, rider.email, 'RIDER'],
      ].sort(),
    );
    expect((await client.call('GetUsers', { userIds: [] })).users).toEqual([]);
    expect(await codeOf(client.call('GetUsers', { userIds: ['not-a-uuid'] }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(client.call('GetUsers', { userIds: Array.from({ length: 201 }, () => randomUUID()) }))).toBe('INVALID_ARGUMENT');
  });

  it('refuses callers without a service credential', async () => {
    const stranger = new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, {
      target: 'identity',
      address: `127.0.0.1:${app.port}`,
      token: 'not-a-real-token-at-all',
    });
    expect(await codeOf(stranger.call('GetJwks', {}))).toBe('UNAUTHENTICATED');
    stranger.close();
  });
});
