import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { AddFundsForm } from './AddFundsForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The server's answers to the top-ups, in turn (a thrown TypeError is no answer at all); records each key sent. */
function server(...answers: (number | 'offline')[]) {
  const keys: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (!request.url.endsWith('/api/wallet/add-funds')) return new Response('{}', { status: 503 });
      keys.push(request.headers.get('idempotency-key')!);
      const status = answers.shift()!;
      if (status === 'offline') throw new TypeError('Failed to fetch');
      const body = status === 200 ? {} : { type: 'about:blank', title: 'x', status, code: status === 422 ? 'WALLET_BALANCE_LIMIT' : 'DEPENDENCY_UNAVAILABLE' };
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return keys;
}

/** Types the amount, sends the form, and confirms in the dialog, which names the amount first. */
async function addFunds(amount: string, sent: string[], count: number) {
  fireEvent.change(screen.getByLabelText('Amount (NGN)'), { target: { value: amount } });
  fireEvent.click(screen.getByRole('button', { name: 'Add funds' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm the top-up' });
  expect(sent).toHaveLength(count - 1); // nothing is charged before the confirmation
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add funds' }));
  await waitFor(() => expect(sent).toHaveLength(count));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

it('sends a corrected amount after a refusal under a new key', async () => {
  const sent = server(422, 200);
  renderInApp(<AddFundsForm currency="NGN" />);
  await addFunds('5000000', sent, 1);
  await screen.findByText('Funds were not added');
  await addFunds('5000', sent, 2);
  expect(sent[1]).not.toBe(sent[0]);
  await screen.findByText('Funds added');
});

it('retries the same amount after no answer under the same key, and another amount under a new one', async () => {
  const sent = server('offline', 503, 200);
  renderInApp(<AddFundsForm currency="NGN" />);
  await addFunds('5000', sent, 1);
  await screen.findByText('No answer: the funds may have been added');
  await addFunds('5000', sent, 2);
  expect(sent[1]).toBe(sent[0]);
  await addFunds('6000', sent, 3);
  expect(sent[2]).not.toBe(sent[0]);
});

it('asks before charging, names the amount, and sends nothing when cancelled', async () => {
  const sent = server(200);
  renderInApp(<AddFundsForm currency="NGN" />);
  fireEvent.change(screen.getByLabelText('Amount (NGN)'), { target: { value: '99999999999' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add funds' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm the top-up' });
  expect(dialog.textContent).toContain('₦99,999,999,999.00');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sent).toEqual([]);
});

it('says on the field, before any confirmation, how much more the wallet can take (the server’s figure)', async () => {
  const sent = server(200);
  renderInApp(<AddFundsForm currency="USD" room="500000" />);
  fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '5000.01' } });
  await waitFor(() => expect(document.body.textContent).toContain('At most $5,000.00 can be added now'));
  expect((screen.getByRole('button', { name: 'Add funds' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '5000' } });
  await waitFor(() => expect(document.body.textContent).not.toContain('can be added now'));
  expect((screen.getByRole('button', { name: 'Add funds' }) as HTMLButtonElement).disabled).toBe(false);
  expect(sent).toHaveLength(0);
});
