import { expect } from '@jest/globals';
import { eventuallyPasses } from '@ziba/testing';
import { randomInt, randomUUID } from 'node:crypto';
import { sampleProfile, type api, type Stack } from './stack.ts';

/** The most one NG top-up adds (the ledger's TOP_UP_LIMIT), in kobo. */
const NG_TOP_UP_LIMIT = 100_000_000;

/** The gateway's users as the integration tests make them: NG documents, verified drivers, funded riders. */

type Client = ReturnType<typeof api>;
type Response = Awaited<ReturnType<Client['call']>>;

/** `n` random digits ending in 1: the simulated provider matches it (98 and 99 endings it does not). */
export const digits = (n: number) => Array.from({ length: n - 1 }, () => randomInt(10)).join('') + '1';
export const inFiveYears = () => `${new Date().getUTCFullYear() + 5}-06-30`;

/** The NG profile `client.saveProfile` saves; the documents below name the same holder at the same address. */
export const profile = sampleProfile('NG');
export const holderAddress = { line1: profile.residenceAddressLine1, city: profile.residenceCity, state: profile.residenceState, countryCode: 'NG' };
export const holderName = `${profile.legalFirstName} ${profile.legalLastName}`;
/** An NG NIN matching `profile`; the default number is one the simulated provider matches. */
export const nin = (number = digits(11)) => ({
  documentType: 'NIN',
  documentNumber: number,
  issuingAuthority: 'NIMC',
  countryCode: 'NG',
  holderName,
  holderAddress,
});
/** An NG driver's licence matching `profile`, valid for five more years; the default number is one the simulated provider matches. */
export const licence = (number = `LAG${digits(9)}`) => ({
  documentType: 'DRIVER_LICENSE',
  documentNumber: number,
  issuingAuthority: 'FRSC',
  expiryDate: inFiveYears(),
  countryCode: 'NG',
  holderName,
  holderAddress,
});

/** Polls until `check` stops throwing: document verification may finish after the submission returns. */
export const eventually = eventuallyPasses;

/**
 * Waits for the clock's next second. A block refuses every token issued up to it, and a token's
 * `iat` has whole seconds, so one issued in the block's own second is refused too.
 */
export const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_001 - (Date.now() % 1_000)));

/** Checks a response is the problem+json the gateway promises, with this status and code. */
export function expectProblem(r: Response, status: number, code?: string) {
  expect({ status: r.status, code: r.body?.code }).toEqual({ status, code: code ?? expect.any(String) });
  expect(r.type).toContain('application/problem+json');
}

/**
 * Helpers that go through the gateway. `client` is read on each call, so a spec can call this at the top level
 * and set its client in `beforeAll`, once the stack is up.
 */
export function people(client: () => Client) {
  /** A token for a new admin with exactly these permissions. */
  async function adminToken(stack: Stack, permissions: string[]) {
    const a = await stack.createAdmin(permissions);
    return client().login(a.email, a.password);
  }

  /** Adds funds as a client should: a 429 or 503 with Retry-After (a busy database) is retried under the same key. */
  async function addFunds(token: string, amount: number) {
    const headers = { 'idempotency-key': randomUUID() };
    for (let attempt = 1; ; attempt += 1) {
      const r = await client().call('POST', '/api/wallet/add-funds', { token, body: { amount }, headers });
      if ((r.status !== 429 && r.status !== 503) || !r.retryAfter || attempt === 5) return r;
      await new Promise((resolve) => setTimeout(resolve, Number(r.retryAfter) * 1_000));
    }
  }
  const submit = (token: string, body: unknown) => client().call('POST', '/api/me/identity-documents', { token, body });
  const eligibility = async (token: string, action: string) => (await client().call('GET', `/api/me/eligibility?action=${action}`, { token })).body;
  const wallet = async (token: string) => (await client().call('GET', '/api/wallet', { token })).body;

  /** An NG driver with a profile, a verified NIN (this number when given) and a verified licence: identity says VERIFIED. Not online. */
  async function verifiedDriver(ninNumber?: string, testMode = false) {
    const driver = await client().register('DRIVER', 'NG', testMode);
    await client().saveProfile(driver.token, 'NG');
    for (const doc of [nin(ninNumber), licence()]) {
      const r = await submit(driver.token, doc);
      if (r.status !== 201) throw new Error(`document refused: ${r.text}`);
    }
    await eventually(
      () => eligibility(driver.token, 'GO_ONLINE'),
      (e) => expect(e).toEqual({ allowed: true, reasons: [] }),
    );
    return driver;
  }

  /** A `verifiedDriver` that has gone online (in test mode: test money moves only between test accounts). */
  async function onlineDriver(testMode = false) {
    const driver = await verifiedDriver(undefined, testMode);
    const online = await client().call('POST', '/api/driver/online', { token: driver.token });
    if (online.status !== 200) throw new Error(`going online failed: ${online.text}`);
    return driver;
  }

  /** An NG rider (food customers are RIDER accounts too) with a profile and `funds` kobo in the wallet, topped up ₦1,000,000 at most at a time (TOP_UP_LIMIT). */
  async function fundedRider(funds: number) {
    const rider = await client().register('RIDER', 'NG');
    await client().saveProfile(rider.token, 'NG');
    for (let left = funds; left > 0; left -= NG_TOP_UP_LIMIT) {
      const r = await addFunds(rider.token, Math.min(left, NG_TOP_UP_LIMIT));
      if (r.status !== 200) throw new Error(`add-funds failed: ${r.text}`);
    }
    return rider;
  }

  return { adminToken, addFunds, submit, eligibility, wallet, verifiedDriver, onlineDriver, fundedRider };
}

/** The served OpenAPI document with every `$ref` replaced by what it names, so a test reads whole shapes. */
export async function inlinedApiDocument(client: Client): Promise<any> {
  const doc = await client.call('GET', '/openapi.json');
  expect(doc.status).toBe(200);
  const schemas = doc.body.components.schemas;
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: string }).$ref;
    if (ref) return inline(schemas[ref.replace('#/components/schemas/', '')]);
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
  };
  return inline(doc.body);
}
