import { loadIdentityProto } from '@ziba/contracts';
import { createLogger, GrpcClient, type Actor } from '@ziba/service-kit';
import { freshDatabase, infrastructure, testServiceTokens, watchEvents } from '@ziba/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { startIdentity, type IdentityApp } from '../src/app.ts';
import { createAdmin } from '../src/application/create-admin.usecase.ts';
import { generatePrivateJwk } from '../src/application/token-issuer.ts';
import { loadIdentityConfig } from '../src/config.ts';

/** A real identity service on a fresh database, its log lines and events captured for inspection. */
export async function startKycHarness() {
  const { amqpUrl } = await infrastructure();
  const db = await freshDatabase('kyc');
  const tokens = testServiceTokens(['gateway']);
  const watcher = await watchEvents(amqpUrl, 'identity.#');
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const app: IdentityApp = await startIdentity(
    loadIdentityConfig({
      DATABASE_URL: db.url,
      AMQP_URL: amqpUrl,
      GRPC_ADDRESS: '127.0.0.1:0',
      METRICS_PORT: '0',
      SERVICE_TOKENS: tokens.spec,
      LOG_LEVEL: 'debug',
      JWT_PRIVATE_JWK: await generatePrivateJwk(),
      DOCUMENT_HMAC_KEYS: `test-1=${randomBytes(32).toString('base64')}`,
    }),
    createLogger('identity', 'debug', sink),
  );
  const client = new GrpcClient(loadIdentityProto().ziba.identity.v1.IdentityService, {
    target: 'identity',
    address: `127.0.0.1:${app.port}`,
    token: tokens.tokenOf('gateway'),
  });

  const admin = async (permissions: string[]): Promise<Actor> => {
    const u = await createAdmin(app.ctx, { email: `admin-${randomUUID()}@ziba.test`, password: 'admin-password-1', permissions, operator: 'test' });
    return { type: 'ADMIN', id: u.id, role: 'ADMIN' };
  };
  const register = async (role: 'RIDER' | 'DRIVER' | 'RESTAURANT', countryCode: string, testMode = false) => {
    const email = `${role.toLowerCase()}-${randomUUID()}@ziba.test`;
    const u = await client.call('Register', { email, password: 'correct horse battery', role, countryCode, testMode });
    return { id: u.id, email, password: 'correct horse battery', actor: { type: 'USER', id: u.id, role } as Actor };
  };
  return {
    app,
    client,
    db,
    watcher,
    logLines,
    admin,
    register,
    async stop() {
      client.close();
      await app.stop();
      await watcher.close();
      await db.drop();
    },
  };
}

export type KycHarness = Awaited<ReturnType<typeof startKycHarness>>;

/** Residence used by the tests, and the same address as printed on a document. */
export const RESIDENCE: Record<string, { line1: string; city: string; state: string; postalCode: string; countryCode: string }> = {
  NG: { line1: '12 Admiralty Way', city: 'Lagos', state: 'Lagos', postalCode: '101233', countryCode: 'NG' },
  US: { line1: '350 Fifth Avenue', city: 'New York', state: 'NY', postalCode: '10118', countryCode: 'US' },
  BD: { line1: 'House 5, Road 12, Banani', city: 'Dhaka', state: 'Dhaka', postalCode: '1213', countryCode: 'BD' },
  GH: { line1: '7 Liberation Road', city: 'Accra', state: 'Greater Accra', postalCode: '', countryCode: 'GH' },
};

export function profileFor(countryCode: string, name = { first: 'Amaka', last: 'Okafor' }) {
  return { legalFirstName: name.first, legalLastName: name.last, dateOfBirth: '1990-04-12', countryCode, residence: RESIDENCE[countryCode]! };
}

export const FUTURE = `${new Date().getUTCFullYear() + 3}-06-30`;

/** A random number of the given shape that the simulated provider matches (it never ends in 98 or 99). */
export function digits(n: number): string {
  let s = '';
  while (s.length < n) s += String(Math.floor(Math.random() * 10));
  return s.slice(0, n - 2) + '12';
}
