import { createRootRoute, createRoute } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderRoutesAt } from '../../test-render.tsx';
import { parseKycSearch } from './kyc-search.ts';
import { KycQueuePage } from './KycQueuePage.tsx';

type Item = Schemas['KycQueueItem'];
type Document = Schemas['IdentityDocument'];

const realMatchMedia = window.matchMedia;
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.matchMedia = realMatchMedia;
});

/** A phone's width, as the console's tables read it (components/DataTable.tsx). */
const onPhone = () => {
  window.matchMedia = ((query: string) => ({ ...realMatchMedia(query), matches: query === '(max-width: 40em)' })) as typeof window.matchMedia;
};

const document = (id: string, over: Partial<Document>): Document => ({
  id,
  documentType: 'NIN',
  countryCode: 'NG',
  holderName: 'Tunde Bako',
  issuingAuthority: 'NIMC',
  expiryDate: null,
  status: 'PENDING',
  rejectionReason: null,
  verificationMethod: null,
  createdAt: '2026-12-01T10:00:00Z',
  ...over,
});

const item = (n: number, documents: Document[], flags: Schemas['ReviewFlag'][]): Item => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  email: `driver${n}@example.com`,
  role: 'DRIVER',
  countryCode: 'NG',
  userStatus: 'ACTIVE',
  verification: {
    userId: `00000000-0000-4000-8000-00000000000${n}`,
    status: 'PENDING_REVIEW',
    identityVerified: false,
    addressVerified: false,
    driverStatus: 'PENDING_VERIFICATION',
    missingRequirements: [],
    rejectionReason: null,
    profile: {
      countryCode: 'NG',
      dateOfBirth: '1990-04-12',
      legalFirstName: 'Tunde',
      legalLastName: 'Bako',
      residenceAddressLine1: '12 Admiralty Way',
      residenceCity: 'Lekki',
      residenceState: 'Lagos',
      residencePostalCode: '106104',
      residenceCountryCode: 'NG',
    } as Schemas['IdentityProfile'],
    documents,
    reviewFlags: flags,
  },
});

const reused = (documentId: string, detail: string): Schemas['ReviewFlag'] => ({
  id: `flag-${documentId}`,
  reason: 'DOCUMENT_REUSED',
  documentId,
  status: 'OPEN',
  detail,
  decisionReason: null,
  createdAt: '2026-12-01T10:00:00Z',
});

/** Two accounts that submitted one NIN, as the server has them: the holder's verified, the later one pending; each with its flag, its detail written for its user. */
const ITEMS = [
  item(
    1,
    [document('held', { status: 'VERIFIED', verificationMethod: 'automated' })],
    [reused('held', 'another account submitted this NIN; it stays yours until an admin decides')],
  ),
  item(
    2,
    [
      document('claim', { holderName: 'Kola Ade' }),
      document('licence', { documentType: 'DRIVER_LICENSE', issuingAuthority: 'FRSC', expiryDate: '2031-06-30', status: 'VERIFIED' }),
    ],
    [reused('claim', 'this NIN is registered to another account; an admin will review it')],
  ),
];

function kycPage() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions: ['MANAGE_KYC'] });
      if (path === '/api/admin/kyc') return Response.json({ items: ITEMS, page: { nextCursor: null } });
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }),
  );
  const root = createRootRoute();
  const page = createRoute({ getParentRoute: () => root, path: '/admin/kyc', validateSearch: parseKycSearch, component: KycQueuePage });
  renderRoutesAt(root.addChildren([page]), '/admin/kyc');
}

it('on a phone shows each document as a card, its facts beside their names and its buttons beneath', async () => {
  onPhone();
  kycPage();
  const cards = within(await screen.findByRole('list', { name: 'Documents of driver2@example.com' })).getAllByRole('listitem');
  expect(screen.queryByRole('table')).toBeNull();
  expect(cards.map((c) => [...c.querySelectorAll('dt, dd')].map((d) => d.textContent))).toEqual([
    ['Status', 'Pending', 'Name on it', 'Kola Ade', 'Issued by', 'NIMC', 'Valid until', 'no expiry date'],
    ['Status', 'Verified', 'Name on it', 'Tunde Bako', 'Issued by', 'FRSC', 'Valid until', '2031-06-30'],
  ]);
  expect(within(cards[0]!).getByText('NIN (National Identification Number), NG')).toBeTruthy();
  // A pending document's decision from its card, as from the table's row.
  fireEvent.click(within(cards[0]!).getByRole('button', { name: 'Reject' }));
  expect(await screen.findByRole('dialog', { name: /Reject the NIN \(National Identification Number\) of driver2@example.com/ })).toBeTruthy();
  expect(within(cards[1]!).queryByRole('button')).toBeNull(); // a verified document is not decided here
});

it('keeps the table on a wider screen', async () => {
  kycPage();
  const group = await screen.findByRole('group', { name: 'driver2@example.com' });
  const rows = within(within(group).getByRole('table')).getAllByRole('row');
  expect(
    rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ),
  ).toEqual([
    ['NIN (National Identification Number), NGName on it: Kola AdeIssued by NIMC, no expiry date', 'Pending', 'ApproveReject'],
    ['Driver’s licence, NGName on it: Tunde BakoIssued by FRSC, valid until 2031-06-30', 'Verified', ''],
  ]);
  expect(screen.queryByRole('list', { name: /^Documents of/ })).toBeNull();
});

it('says a reused number’s flag in the admin’s words, not in the words the server wrote for its user', async () => {
  kycPage();
  const holder = await screen.findByRole('group', { name: 'driver1@example.com' });
  expect(holder.textContent).not.toContain('stays yours');
  expect(
    within(holder).getByText(
      'Another account submitted this same NIN; this account keeps its verified NIN, and its KYC status, until you decide. Approve only if you are sure this account is its holder: the other account’s submission cannot be approved while this one is verified, so reject it there.',
    ),
  ).toBeTruthy();
  const claimant = screen.getByRole('group', { name: 'driver2@example.com' });
  expect(claimant.textContent).not.toContain('an admin will review it');
  expect(within(claimant).getByText(/^Another account already holds this same NIN\. Approving this submission is refused/)).toBeTruthy();
});
