import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { renderInApp, renderRoutesAt } from '../test-render.tsx';
import type { WithdrawBlock } from '../pages/withdraw-blocked.ts';

/** A driver's form with money to withdraw and no reason to refuse, in the app (`ui`: the form alone, to render beside something else). */
const openForm = Object.assign(() => renderInApp(openForm.ui), {
  ui: (
    <WithdrawForm
      earner="driver"
      currency="NGN"
      withdrawable="10000000"
      minimum="100000"
      account="****6789"
      block={{ reasons: [], inProgress: false, lastFailed: false, verification: false, payoutAccount: false }}
    />
  ),
});
import { WithdrawForm } from './WithdrawForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const form = (block: WithdrawBlock) =>
  renderInApp(<WithdrawForm earner="driver" currency="NGN" withdrawable="0" minimum="100000" account="****6789" block={block} />);

it('says calmly that a withdrawal is in progress, not as a refusal', () => {
  form({ reasons: ['You already have a withdrawal in progress.'], inProgress: true, lastFailed: false, verification: false, payoutAccount: false });
  expect(screen.getByRole('status').textContent).toContain('A withdrawal is in progress');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('button', { name: 'Withdraw' })).toHaveProperty('disabled', true);
});

it('says a failed withdrawal waits for support, not that one is in progress', () => {
  form({ reasons: ['Your last withdrawal did not go through (see Payouts).'], inProgress: true, lastFailed: true, verification: false, payoutAccount: false });
  expect(screen.getByRole('status').textContent).toContain('Your last withdrawal did not go through');
  expect(screen.queryByText('A withdrawal is in progress')).toBeNull();
});

it('shows a real blocker as a refusal, with the way to Verification when identity is the blocker', async () => {
  const block = { reasons: ['Your identity is not verified yet.'], inProgress: false, lastFailed: false, verification: true, payoutAccount: false };
  const root = createRootRoute();
  const page = () => <WithdrawForm earner="driver" currency="NGN" withdrawable="0" minimum="100000" account="****6789" block={block} />;
  renderRoutesAt(root.addChildren([createRoute({ getParentRoute: () => root, path: '/wallet', component: page })]), '/wallet');
  await screen.findByRole('alert');
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('Withdrawals are not available now');
  expect(screen.queryByText('A withdrawal is in progress')).toBeNull();
  expect((await within(alert).findByRole('link', { name: 'Open Verification' })).getAttribute('href')).toBe('/onboarding');
});

it('offers no Verification link when identity is not what stops a withdrawal, and the way to the payout account form when that is missing', () => {
  form({ reasons: ['Add a payout account first.'], inProgress: false, lastFailed: false, verification: false, payoutAccount: true });
  const links = within(screen.getByRole('alert')).getAllByRole('link');
  expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Add your payout account', '#payout-account']]);
});

it('asks again under the same key only after no answer, and under a new key after a refusal', async () => {
  const sent: string[] = [];
  const answers: (number | 'offline')[] = ['offline', 422, 201];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (!request.url.endsWith('/api/driver/withdraw')) return new Response('{}', { status: 200 });
      sent.push(request.headers.get('idempotency-key')!);
      const status = answers.shift()!;
      if (status === 'offline') throw new TypeError('Failed to fetch');
      const body = status === 422 ? { type: 'about:blank', title: 'x', status, code: 'PAYOUT_BLOCKED', reasons: ['VELOCITY_LIMIT'] } : {};
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  openForm();
  const withdraw = async (count: number) => {
    fireEvent.change(screen.getByLabelText('Amount (NGN)'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(sent).toHaveLength(count));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  };
  await withdraw(1);
  await screen.findByText('No answer: the withdrawal may have been requested');
  await withdraw(2);
  expect(sent[1]).toBe(sent[0]);
  await screen.findByText('The withdrawal was refused');
  await withdraw(3);
  expect(sent[2]).not.toBe(sent[1]);
});

const askToWithdraw = async () => {
  fireEvent.change(screen.getByLabelText('Amount (NGN)'), { target: { value: '5000' } });
  const button = screen.getByRole('button', { name: 'Withdraw' });
  button.focus();
  fireEvent.click(button);
  return screen.findByRole('dialog', { name: 'Confirm the withdrawal' });
};

it('opens the confirmation on its question, not on its close button, and a cancel returns to Withdraw', async () => {
  openForm();
  const dialog = await askToWithdraw();
  await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Send ₦5,000\.00 to \*\*\*\*6789\?$/));
  expect(dialog.contains(document.activeElement)).toBe(true);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Withdraw' })));
});

it('after a requested withdrawal, puts the focus on the news that it was requested', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ id: 'p1', status: 'PENDING' }), { status: 201, headers: { 'content-type': 'application/json' } })),
  );
  openForm();
  const dialog = await askToWithdraw();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const news = await screen.findByText('Withdrawal requested. It appears in your payouts below.');
  await waitFor(() => expect(document.activeElement).toBe(news));
});

it('puts the focus on the news even when the balances take longer to read again than the dialog to close', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ id: 'p1', status: 'PENDING' }), { status: 201, headers: { 'content-type': 'application/json' } })),
  );
  // A page query the withdrawal reads again (the wallet, on the page): slow to answer.
  function SlowBalances() {
    useQuery({ queryKey: ['wallet'], queryFn: () => new Promise((resolve) => setTimeout(() => resolve('read'), 600)) });
    return null;
  }
  renderInApp(
    <>
      <SlowBalances />
      {openForm.ui}
    </>,
  );
  const dialog = await askToWithdraw();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const news = await screen.findByText('Withdrawal requested. It appears in your payouts below.', {}, { timeout: 3_000 });
  await waitFor(() => expect(document.activeElement).toBe(news));
});

it('sends one request for a double click on the confirmation', async () => {
  const sent: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push(request);
      return new Response(JSON.stringify({ id: 'p1', status: 'PENDING' }), { status: 201, headers: { 'content-type': 'application/json' } });
    }),
  );
  openForm();
  const dialog = await askToWithdraw();
  const confirm = within(dialog).getByRole('button', { name: 'Withdraw' });
  fireEvent.click(confirm);
  fireEvent.click(confirm);
  await screen.findByText('Withdrawal requested. It appears in your payouts below.');
  expect(sent.filter((r) => r.url.endsWith('/api/driver/withdraw'))).toHaveLength(1);
});

it('says there is nothing to withdraw yet, rather than that an amount is too much, at a balance of zero', async () => {
  form({ reasons: [], inProgress: false, lastFailed: false, verification: false, payoutAccount: false });
  fireEvent.change(screen.getByLabelText('Amount (NGN)'), { target: { value: '500' } });
  expect(await screen.findByText('You have nothing to withdraw yet')).toBeTruthy();
  expect(screen.queryByText('That is more than you can withdraw')).toBeNull();
});
