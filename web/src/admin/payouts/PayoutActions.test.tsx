import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { PayoutActions } from './PayoutActions.tsx';

type Detail = Schemas['AdminPayoutDetail'];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PAYOUT_ID = '5f1c2b9e-0000-4000-8000-000000000000';

/** A pending payout; each decision the server takes moves it to `after`. */
function payoutServer(after: Partial<Detail>) {
  let payout = {
    id: PAYOUT_ID,
    status: 'PENDING',
    amount: { amount: '2500000', currency: 'NGN' },
    maskedAccount: '****4321',
    earner: { email: 'driver@example.com' },
    heldBackReasons: [],
    reviewFlags: [],
    nextActions: ['approve', 'reject'],
  } as unknown as Detail;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/me') return Response.json({ id: 'me', role: 'ADMIN', permissions: ['VIEW_PAYOUTS', 'MANAGE_PAYOUTS'] });
      if (request.method === 'POST' && path.startsWith(`/api/admin/payouts/${PAYOUT_ID}/`)) {
        payout = { ...payout, ...after };
        return Response.json(payout);
      }
      if (path === `/api/admin/payouts/${PAYOUT_ID}`) return Response.json(payout);
      return new Response('{}', { status: 404 });
    }),
  );
}

/** The payout's page as far as the actions go: its heading, and the actions of the payout as last read. */
function DetailPage() {
  const payout = useQuery({
    queryKey: ['admin-payout', PAYOUT_ID],
    queryFn: async () => (await (await fetch(new Request(`${window.location.origin}/api/admin/payouts/${PAYOUT_ID}`))).json()) as Detail,
  });
  return (
    <>
      <h2>NGN 25,000.00 to ****4321</h2>
      {payout.data && <PayoutActions payout={payout.data} />}
    </>
  );
}

/** Opens `action`'s dialog from its button, as a keyboard user would, writes `note` when asked and confirms. */
async function decide(action: string, note?: string) {
  const opener = await screen.findByRole('button', { name: action });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: action === 'Mark failed' ? 'Mark this payout failed?' : `${action} this payout?` });
  if (note !== undefined) {
    const field = within(dialog).getByRole('textbox');
    // The note is where the dialog starts, not its close button.
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: note } });
  }
  fireEvent.click(within(dialog).getByRole('button', { name: action }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return opener;
}

it('after an approval takes the Approve button away, focuses a status line saying it was done, not the page body', async () => {
  payoutServer({ status: 'PROCESSING', nextActions: ['mark_paid', 'mark_failed'] });
  renderInApp(<DetailPage />);
  const opener = await decide('Approve', 'checked the account name');
  await screen.findByRole('button', { name: 'Mark paid' });
  expect(opener.isConnected).toBe(false);
  const status = await screen.findByRole('status');
  expect(status.textContent).toBe('Your approval is recorded.');
  await waitFor(() => expect(document.activeElement).toBe(status));
});

it('after marking a payout failed, focus is on the page, never on <body>', async () => {
  payoutServer({ status: 'PROCESSING', nextActions: ['mark_paid', 'mark_failed'] });
  renderInApp(<DetailPage />);
  await decide('Approve', '');
  await screen.findByRole('button', { name: 'Mark failed' });
  payoutServer({ status: 'FAILED', nextActions: ['retry', 'reverse'] });
  await decide('Mark failed', 'the bank returned the transfer');
  await screen.findByRole('button', { name: 'Retry' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  expect(screen.getByRole('status').textContent).toBe('The payout is marked failed.');
});

it('keeps the confirm button disabled until a required reason is given, and Escape gives focus back to the button', async () => {
  payoutServer({});
  renderInApp(<DetailPage />);
  const opener = await screen.findByRole('button', { name: 'Reject' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Reject this payout?' });
  expect(within(dialog).getByRole('button', { name: 'Reject' }).hasAttribute('disabled')).toBe(true);
  const field = within(dialog).getByRole('textbox', { name: /Reason/ });
  await waitFor(() => expect(document.activeElement).toBe(field));
  fireEvent.keyDown(field, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(opener));
});

/** The payout moved elsewhere since the page read it: it reads as `moved` now, and every decision is refused with `detail` (409). */
function movedMeanwhile(moved: Partial<Detail>, detail: string) {
  const served = vi.mocked(fetch).getMockImplementation()!;
  vi.mocked(fetch).mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (request.method === 'POST')
      return Response.json(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'ILLEGAL_PAYOUT_TRANSITION', detail },
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      );
    if (path === `/api/admin/payouts/${PAYOUT_ID}`) return Response.json({ ...((await (await served(request)).json()) as Detail), ...moved });
    return served(request);
  });
}

it('a decision refused because the payout moved meanwhile shows why, and the page shows the payout as it is now', async () => {
  payoutServer({});
  renderInApp(<DetailPage />);
  await screen.findByRole('button', { name: 'Reject' });
  // Another admin approved it in another tab: it is with the provider, and a rejection is refused.
  movedMeanwhile({ status: 'PROCESSING', nextActions: ['mark_paid', 'mark_failed'] }, 'cannot reject a payout that is PROCESSING');
  fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
  const dialog = await screen.findByRole('dialog', { name: 'Reject this payout?' });
  fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'account name differs' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
  await within(dialog).findByText('Cannot reject a payout that is PROCESSING.');
  await screen.findByRole('button', { name: 'Mark paid', hidden: true });
  // The dialog, still open on its refusal, no longer offers to send the action the payout has moved past.
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Reject' }).hasAttribute('disabled')).toBe(true));
});

it('an approval refused because the payout was rejected meanwhile says on the page it was not recorded, and why', async () => {
  payoutServer({});
  renderInApp(<DetailPage />);
  await screen.findByRole('button', { name: 'Approve' });
  // Another admin rejected it in another tab: nothing can be done to it now, so the dialog goes with the actions.
  movedMeanwhile({ status: 'REJECTED', nextActions: [] }, 'cannot approve a payout that is REJECTED');
  fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
  const dialog = await screen.findByRole('dialog', { name: 'Approve this payout?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
  await screen.findByText('No action is possible in this state.');
  expect(screen.getByText('Your approval was not recorded')).toBeTruthy();
  expect(screen.getByText('Cannot approve a payout that is REJECTED.')).toBeTruthy();
});

it('records a bank’s return of a paid payout only with what the bank said, and sends it as returnReason', async () => {
  payoutServer({ status: 'RETURNED', nextActions: [] });
  const sent: unknown[] = [];
  const serve = vi.mocked(fetch);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'POST') sent.push([new URL(request.url).pathname, await request.clone().json()]);
      return serve(request);
    }),
  );
  renderInApp(
    <PayoutActions
      payout={
        {
          id: PAYOUT_ID,
          status: 'PAID',
          nextActions: ['mark_returned'],
          heldBackReasons: [],
          amount: { amount: '2500000', currency: 'NGN' },
          maskedAccount: '****4321',
          earner: { email: 'driver@example.com' },
        } as unknown as Detail
      }
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Record a return' }));
  const dialog = await screen.findByRole('dialog', { name: 'Did the bank or provider send this payout back?' });
  expect(within(dialog).getByText(/credited back to the earner’s available balance/)).toBeTruthy();
  const confirm = within(dialog).getByRole('button', { name: 'Record a return' });
  expect(confirm.hasAttribute('disabled')).toBe(true);
  fireEvent.change(within(dialog).getByRole('textbox', { name: /What the bank or provider said/ }), { target: { value: 'account closed' } });
  fireEvent.click(confirm);
  await screen.findByText('The return is recorded; the money is back in the earner’s wallet.');
  expect(sent).toEqual([[`/api/admin/payouts/${PAYOUT_ID}/mark-returned`, { returnReason: 'account closed' }]]);
});
