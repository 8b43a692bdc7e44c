import { createRootRoute, createRoute } from '@tanstack/react-router';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderRoutesAt } from '../test-render.tsx';
import { OnboardingPage } from './OnboardingPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The verification answer of an account still short of its NIN, with `over` in place of any part. */
const verificationAnswer = (over: object = {}) => ({
  status: 'INCOMPLETE',
  profile: null,
  documents: [],
  missingRequirements: ['MISSING_DOCUMENT:NIN'],
  reviewFlags: [],
  identityVerified: false,
  addressVerified: false,
  ...over,
});
const PROFILE = { legalFirstName: 'Ada', legalLastName: 'Obi', dateOfBirth: '1990-04-12', countryCode: 'NG' };
/** Who is signed in. */
const meAs = (role: 'RIDER' | 'DRIVER') => Response.json({ id: 'me', role, countryCode: 'NG', email: 'someone@example.com' });

/**
 * A new NG driver's onboarding page; every document the page sends is kept in `sent`, and `reads`
 * counts the page's reads of the verification. `refuseAs`: the server records the document but
 * answers with that problem (one registered to another account goes to review). The profile is
 * there from the `profileFromRead`-th read of the verification on (never, unless given).
 */
function onboardingOfNewDriver(refuseAs?: { status: number; code: string; detail: string; reasons?: string[] }, profileFromRead = Infinity) {
  const sent: unknown[] & { reads?: number } = [];
  sent.reads = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/me') return meAs('DRIVER');
      if (path === '/api/me/verification') {
        sent.reads! += 1;
        return Response.json(verificationAnswer({ profile: sent.reads! >= profileFromRead ? PROFILE : null }));
      }
      if (request.method === 'POST' && path === '/api/me/identity-documents') {
        sent.push(await request.json());
        if (refuseAs)
          return Response.json(
            { type: 'about:blank', title: 'Conflict', ...refuseAs },
            { status: refuseAs.status, headers: { 'content-type': 'application/problem+json' } },
          );
        return Response.json({ id: 'doc-1', documentType: 'NIN', status: 'PENDING' }, { status: 201 });
      }
      return new Response('{}', { status: 404 });
    }),
  );
  const root = createRootRoute();
  renderRoutesAt(root.addChildren([createRoute({ getParentRoute: () => root, path: '/onboarding', component: OnboardingPage })]), '/onboarding');
  return sent;
}

it('asks for the city once an address on the document is typed, and never drops the address unsaid', async () => {
  const sent = onboardingOfNewDriver();
  const city = await screen.findByLabelText(/City on the document/);
  expect((city as HTMLInputElement).required).toBe(false);
  fireEvent.change(screen.getByLabelText(/Address on the document/), { target: { value: '14 Awolowo Rd.' } });
  expect((city as HTMLInputElement).required).toBe(true);
  // A form the browser would stop ("Please fill out this field") is not sent.
  const form = city.closest('form')!;
  expect(form.checkValidity()).toBe(false);

  fireEvent.change(screen.getByLabelText(/Document number/), { target: { value: '12345678901' } });
  fireEvent.change(screen.getByLabelText(/Issued by/), { target: { value: 'NIMC' } });
  fireEvent.change(screen.getByLabelText(/Name on the document/), { target: { value: 'Ada Obi' } });
  fireEvent.change(city, { target: { value: 'Lagos' } });
  expect(form.checkValidity()).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Submit document' }));
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]).toMatchObject({ holderAddress: { line1: '14 Awolowo Rd.', city: 'Lagos', countryCode: 'NG' } });
});

it('reads the verification again after a refusal that recorded the document, so the page does not ask for it again', async () => {
  const sent = onboardingOfNewDriver({
    status: 409,
    code: 'DOCUMENT_ALREADY_REGISTERED',
    detail: 'this document is registered to another account; it has been sent for review',
  });
  fireEvent.change(await screen.findByLabelText(/Document number/), { target: { value: '12345678901' } });
  fireEvent.change(screen.getByLabelText(/Issued by/), { target: { value: 'NIMC' } });
  fireEvent.change(screen.getByLabelText(/Name on the document/), { target: { value: 'Ada Obi' } });
  await waitFor(() => expect(sent.reads).toBe(1));
  fireEvent.click(screen.getByRole('button', { name: 'Submit document' }));
  await screen.findByText(/registered to another account/);
  await waitFor(() => expect(sent.reads).toBe(2));
});

/** The onboarding page of a verified account of `role`. */
function onboardingOfVerified(role: 'RIDER' | 'DRIVER') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/me') return meAs(role);
      if (path === '/api/me/verification')
        return Response.json(
          verificationAnswer({ status: 'VERIFIED', profile: PROFILE, missingRequirements: [], identityVerified: true, addressVerified: true }),
        );
      return new Response('{}', { status: 404 });
    }),
  );
  const root = createRootRoute();
  renderRoutesAt(root.addChildren([createRoute({ getParentRoute: () => root, path: '/onboarding', component: OnboardingPage })]), '/onboarding');
}

it('tells a verified rider nothing of withdrawing, which riders cannot do; a driver what a profile change may hold up', async () => {
  onboardingOfVerified('RIDER');
  expect(await screen.findByText('Nothing more is needed. A change to your profile is checked against your documents again.')).toBeTruthy();
  expect(screen.queryByText(/withdraw/)).toBeNull();
  cleanup();
  onboardingOfVerified('DRIVER');
  expect(await screen.findByText(/may need a review before you can withdraw or take trips again\.$/)).toBeTruthy();
});

/** A driver whose document is refused for want of a profile; the profile exists from the verification's `profileFromRead`-th read on. */
function documentRefusedForProfile(profileFromRead: number) {
  const sent = onboardingOfNewDriver({ status: 422, code: 'NOT_ELIGIBLE', reasons: ['PROFILE_MISSING'], detail: 'not eligible' }, profileFromRead);
  return () => sent.reads!;
}

const submitANin = async () => {
  fireEvent.change(await screen.findByLabelText(/Document number/), { target: { value: '12345678901' } });
  fireEvent.change(screen.getByLabelText(/Issued by/), { target: { value: 'NIMC' } });
  fireEvent.change(screen.getByLabelText(/Name on the document/), { target: { value: 'Ada Obi' } });
  fireEvent.click(screen.getByRole('button', { name: 'Submit document' }));
};

it('keeps a document’s refusal for want of a profile while there is none, and drops it once the profile is saved', async () => {
  const reads = documentRefusedForProfile(Infinity);
  await submitANin();
  await screen.findByText('The document was not accepted');
  await waitFor(() => expect(reads()).toBeGreaterThanOrEqual(2));
  expect(screen.getByText('The document was not accepted')).toBeTruthy();
  cleanup();

  const readsAfter = documentRefusedForProfile(2);
  await submitANin();
  await waitFor(() => expect(readsAfter()).toBeGreaterThanOrEqual(2));
  await waitFor(() => expect(screen.queryByText('The document was not accepted')).toBeNull());
});
