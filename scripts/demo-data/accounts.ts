// The cast's accounts: registered (or found, when the email is taken), signed in, with the identity
// profile, documents and payout method each person's story needs. Each step first looks at what the
// account already has, so a second run changes nothing (a document sent twice would be a new
// document, a payout method set twice a cool-down).
import type { ApiClient } from '@ziba/api-client';
import type { Person } from './cast.ts';
import { documentBody, payoutMethodBody } from './documents.ts';
import { DemoError, must, problemOf, type Gateway } from './gateway.ts';
import type { Seeded } from './seeded.ts';

export interface Member {
  person: Person;
  id: string;
  email: string;
  password: string;
  api: ApiClient;
  /** Registered by this run (false: the account was there already), so it has nothing else yet either. */
  created: boolean;
}

/**
 * Registers the person, or signs in when the email is taken. With `expectExisting` (an earlier run
 * made the cast) it signs in first, which costs one sign-in instead of two: the gateway allows
 * sign-ins and registrations only a few dozen times a minute.
 */
export async function ensureMember(gw: Gateway, seeded: Seeded, p: Person, expectExisting = false): Promise<Member> {
  const email = seeded.email(p.handle);
  const password = seeded.password(p.handle);
  const signIn = () => gw.as().POST('/api/auth/login', { body: { email, password } });
  let login = expectExisting ? await signIn() : null;
  let created = false;
  if (login?.response.status !== 200) {
    const registered = await gw
      .as()
      .POST('/api/auth/register', { body: { email, password, role: p.role, countryCode: p.country, testMode: p.testMode ?? false } });
    if (registered.error && problemOf(registered.error).code !== 'EMAIL_TAKEN') await must(`register ${email}`, Promise.resolve(registered));
    created = registered.response.status === 201;
    login = await signIn();
  }
  if (login.response.status === 401) throw new DemoError(`${email} exists with another password: not an account of seed "${seeded.seed}" (use another --seed)`);
  const session = await must(`sign in ${email}`, Promise.resolve(login));
  if (session.user.role !== p.role) throw new DemoError(`${email} is a ${session.user.role}, the demo expects a ${p.role}`);
  const member: Member = { person: p, id: session.user.id, email, password, api: gw.as(session.accessToken), created };
  await ensureKyc(seeded, member);
  if (p.payoutMethod) await ensurePayoutMethod(seeded, member);
  return member;
}

/** The profile, then each document the person has that identity does not have yet. */
async function ensureKyc(seeded: Seeded, m: Member): Promise<void> {
  const p = m.person;
  // A new account has nothing yet; an older one is asked what it has.
  const verification = m.created ? { profile: null, documents: [] } : await must(`verification of ${m.email}`, m.api.GET('/api/me/verification'));
  if (!verification.profile) {
    await must(
      `identity profile of ${m.email}`,
      m.api.PUT('/api/me/identity-profile', {
        body: {
          legalFirstName: p.firstName,
          legalLastName: p.lastName,
          dateOfBirth: p.dateOfBirth,
          countryCode: p.country,
          residenceAddressLine1: p.address.line1,
          residenceCity: p.address.city,
          residenceState: p.address.state,
          residencePostalCode: p.address.postalCode,
          residenceCountryCode: p.country,
        },
      }),
    );
  }
  for (const spec of p.documents) {
    if (verification.documents.some((d) => d.documentType === spec.type)) continue;
    await must(`${spec.type} of ${m.email}`, m.api.POST('/api/me/identity-documents', { body: documentBody(seeded, p, spec) }));
  }
}

async function ensurePayoutMethod(seeded: Seeded, m: Member): Promise<void> {
  const path = m.person.role === 'RESTAURANT' ? '/api/restaurant/bank-account' : '/api/driver/bank-account';
  if (!m.created) {
    const current = await m.api.GET(path);
    if (current.response.status === 200) return;
    if (current.response.status !== 404) await must(`payout method of ${m.email}`, Promise.resolve(current));
  }
  await must(`set payout method of ${m.email}`, m.api.POST(path, { body: payoutMethodBody(seeded, m.person) }));
}

/** Online, once identity says the driver may be (verification is re-evaluated as documents arrive). */
export async function goOnline(m: Member): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const eligibility = await must(`eligibility of ${m.email}`, m.api.GET('/api/me/eligibility', { params: { query: { action: 'GO_ONLINE' } } }));
    if (eligibility.allowed) break;
    if (Date.now() > until) throw new DemoError(`${m.email} may not go online: ${eligibility.reasons.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await must(`${m.email} goes online`, m.api.POST('/api/driver/online', { body: {} }));
}
