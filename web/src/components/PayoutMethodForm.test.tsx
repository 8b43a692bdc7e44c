import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { PayoutMethodForm } from './PayoutMethodForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('asks for an account at once when there is none', () => {
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} />);
  expect(screen.getByLabelText(/Account number/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add account' })).toBeTruthy();
});

it('with an account on file, opens the change form from a button, and Cancel closes it empty', () => {
  renderInApp(<PayoutMethodForm earner="driver" current="****6789" />);
  expect(screen.queryByLabelText(/Account number/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  // Focus goes to the form the button opened, and back to the button when it closes.
  expect(document.activeElement).toBe(screen.getByLabelText(/Bank name/));
  fireEvent.change(screen.getByLabelText(/Account number/), { target: { value: '0123456789' } });
  expect(screen.getByText(/Changing \*\*\*\*6789/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByLabelText(/Account number/)).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change account' }));
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  expect((screen.getByLabelText(/Account number/) as HTMLInputElement).value).toBe('');
  expect(screen.getByRole('button', { name: 'Save new account' })).toBeTruthy();
});

it('says what a bank code and an account number look like in the earner’s country', () => {
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="USD" />);
  expect(screen.getByLabelText(/Bank code/).getAttribute('aria-describedby')).toBeTruthy();
  expect(screen.getByText('The 9-digit ABA routing number')).toBeTruthy();
  cleanup();
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  expect(screen.getByText('Your 10-digit NUBAN')).toBeTruthy();
});

it('offers mobile money beside a bank account where the country has providers, bank first', () => {
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  expect(screen.getByRole('radio', { name: 'Bank account' })).toHaveProperty('checked', true);
  expect(screen.getByLabelText(/Bank name/)).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: 'Mobile money' }));
  expect(screen.queryByLabelText(/Bank name/)).toBeNull();
  const providers = within(screen.getByRole('combobox', { name: /Provider/ }))
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(providers).toEqual(['Choose your provider', 'OPay', 'PalmPay', 'Moniepoint', 'Paga']);
  fireEvent.change(screen.getByRole('combobox', { name: /Provider/ }), { target: { value: 'OPay' } });
  expect(screen.getByText('Your 10- or 11-digit OPay wallet number')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add account' })).toBeTruthy();
});

it('offers bank accounts only where there is no mobile money, or while the country is unknown', () => {
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="USD" />);
  expect(screen.queryByRole('radio', { name: 'Mobile money' })).toBeNull();
  expect(screen.getByLabelText(/Bank name/)).toBeTruthy();
  cleanup();
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} />);
  expect(screen.queryByRole('radio', { name: 'Mobile money' })).toBeNull();
});

it('says what a bKash, Nagad or Rocket number looks like, and sends a mobile-money wallet as one', async () => {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
    }),
  );
  renderInApp(<PayoutMethodForm earner="restaurant" current={undefined} currency="BDT" />);
  fireEvent.click(screen.getByRole('radio', { name: 'Mobile money' }));
  const provider = screen.getByRole('combobox', { name: /Provider/ });
  expect(
    within(provider)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Choose your provider', 'bKash', 'Nagad', 'Rocket']);
  fireEvent.change(provider, { target: { value: 'Rocket' } });
  expect(screen.getByText('Your 12-digit Rocket number: your mobile number and one more digit')).toBeTruthy();
  fireEvent.change(provider, { target: { value: 'bKash' } });
  expect(screen.getByText('Your 11-digit bKash mobile number, 01XXXXXXXXX')).toBeTruthy();
  const number = screen.getByLabelText(/Wallet number/);
  fireEvent.change(number, { target: { value: '0171234567' } });
  expect(screen.getByText('bKash numbers have 11 digits and start with 01')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add account' })).toHaveProperty('disabled', true);
  fireEvent.change(number, { target: { value: '017-1234-5678' } });
  expect(screen.queryByText('bKash numbers have 11 digits and start with 01')).toBeNull();
  fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: 'Rahim Uddin' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  await waitFor(() => expect(sent).toEqual([{ type: 'MOBILE_MONEY', provider: 'bKash', accountNumber: '017-1234-5678', accountName: 'Rahim Uddin' }]));
});

it('opens the change form on the account-type choice where there is one', () => {
  renderInApp(<PayoutMethodForm earner="driver" current="****6789" currency="BDT" />);
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Bank account' }));
  expect(screen.getByRole('button', { name: 'Save new account' })).toBeTruthy();
});
