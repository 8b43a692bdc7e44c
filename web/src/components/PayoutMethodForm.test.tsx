import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { renderInApp, renderRoutesAt } from '../test-render.tsx';
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

it('before an identity profile, says to add it first (with the way there) instead of a form the server would refuse', async () => {
  const root = createRootRoute();
  const page = () => <PayoutMethodForm earner="restaurant" current={undefined} currency="NGN" needsProfile />;
  renderRoutesAt(root.addChildren([createRoute({ getParentRoute: () => root, path: '/restaurant', component: page })]), '/restaurant');
  const notice = (await screen.findByText('Add your identity profile first')).closest('[role="status"]') as HTMLElement;
  expect(within(notice).getByRole('link', { name: 'Verification' }).getAttribute('href')).toBe('/onboarding');
  expect(screen.queryByLabelText(/Account number/)).toBeNull();
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

it('opens the change of a mobile-money wallet on mobile money, the kind on file', () => {
  renderInApp(<PayoutMethodForm earner="driver" current="****4794" currentType="MOBILE_MONEY" currency="BDT" />);
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  const mobileMoney = screen.getByRole('radio', { name: 'Mobile money' }) as HTMLInputElement;
  expect(mobileMoney.checked).toBe(true);
  expect(document.activeElement).toBe(mobileMoney);
  // Cancelled after a look at a bank account, it opens again on the kind on file.
  fireEvent.click(screen.getByRole('radio', { name: 'Bank account' }));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  expect((screen.getByRole('radio', { name: 'Mobile money' }) as HTMLInputElement).checked).toBe(true);
});

/** The server refuses every request with `code` and `detail`, as the payout service does a malformed account. */
function refuseWith(code: string, detail: string, status = 400) {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code, detail }), {
        status,
        headers: { 'content-type': 'application/problem+json' },
      });
    }),
  );
  return sent;
}

function fillBank(code: string, accountNumber = '12345678') {
  fireEvent.change(screen.getByLabelText(/Bank name/), { target: { value: 'Chase' } });
  fireEvent.change(screen.getByLabelText(/Bank code/), { target: { value: code } });
  fireEvent.change(screen.getByLabelText(/Account number/), { target: { value: accountNumber } });
  fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: 'Ada Obi' } });
}

it('puts a refused bank code under its field, with the focus, instead of an alert at the top', async () => {
  refuseWith('INVALID_BANK_CODE', 'a US bank code is the bank’s 9-digit ABA routing number');
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="USD" />);
  fillBank('123456789');
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  const code = screen.getByLabelText(/Bank code/);
  await waitFor(() => expect(document.activeElement).toBe(code));
  expect(code.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('A US bank code is the bank’s 9-digit ABA routing number.')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  // Its words go once the code is changed.
  fireEvent.change(code, { target: { value: '021000021' } });
  expect(screen.queryByText('A US bank code is the bank’s 9-digit ABA routing number.')).toBeNull();
});

it('puts a refused account number under it, and a refused wallet number and provider under theirs', async () => {
  refuseWith('INVALID_ACCOUNT_NUMBER', 'a Nigerian account number (NUBAN) has 10 digits');
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  fillBank('058', '0123456789');
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/Account number/)));
  expect(screen.getByText('A Nigerian account number (NUBAN) has 10 digits.')).toBeTruthy();
  cleanup();

  refuseWith('INVALID_ACCOUNT_NUMBER', 'a bKash wallet is its 11-digit mobile number, 01XXXXXXXXX');
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="BDT" />);
  fireEvent.click(screen.getByRole('radio', { name: 'Mobile money' }));
  fireEvent.change(screen.getByRole('combobox', { name: /Provider/ }), { target: { value: 'bKash' } });
  fireEvent.change(screen.getByLabelText(/Wallet number/), { target: { value: '01712345678' } });
  fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: 'Rahim Uddin' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/Wallet number/)));
  expect(screen.getByText('A bKash wallet is its 11-digit mobile number, 01XXXXXXXXX.')).toBeTruthy();
  cleanup();

  refuseWith('METHOD_NOT_OFFERED', 'mobile money by bKash is not offered in BD; offered: a bank account', 422);
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="BDT" />);
  fireEvent.click(screen.getByRole('radio', { name: 'Mobile money' }));
  fireEvent.change(screen.getByRole('combobox', { name: /Provider/ }), { target: { value: 'bKash' } });
  fireEvent.change(screen.getByLabelText(/Wallet number/), { target: { value: '01712345678' } });
  fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: 'Rahim Uddin' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Provider/ })));
  expect(screen.getByText('Mobile money by bKash is not offered in BD; offered: a bank account.')).toBeTruthy();
});

it('says a refusal about no field above the form, and moves the focus to it, into view', async () => {
  refuseWith('METHOD_NOT_OFFERED', 'a bank account is not offered in NG; offered: mobile money (OPay)', 422);
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  fillBank('058', '0123456789');
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('The account was not saved');
  expect(alert.textContent).toContain('A bank account is not offered in NG');
  await waitFor(() => expect(document.activeElement).toBe(alert));
});

it('brings a refused change of account into view on a phone: the alert above the form takes the focus', async () => {
  // jsdom scrolls nothing: the form asks for the alert to be shown, clear of the fixed header.
  const scrollIntoView = vi.fn();
  const jsdomScroll = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
  Element.prototype.scrollIntoView = scrollIntoView;
  try {
    refuseWith('ACCOUNT_ALREADY_LINKED', 'this account is linked to another user', 409);
    renderInApp(<PayoutMethodForm earner="driver" current="****6789" currency="NGN" />);
    fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
    fillBank('058', '0123456789');
    fireEvent.click(screen.getByRole('button', { name: 'Save new account' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The account was not saved');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // Focusable by script only, not a stop on the way through the form.
    expect(alert.getAttribute('tabindex')).toBe('-1');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(alert);
    // A refusal on a field still goes to that field.
    refuseWith('INVALID_ACCOUNT_NUMBER', 'a Nigerian account number (NUBAN) has 10 digits');
    fireEvent.change(screen.getByLabelText(/Account number/), { target: { value: '0123456788' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new account' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/Account number/)));
    expect(screen.queryByRole('alert')).toBeNull();
  } finally {
    if (jsdomScroll) Object.defineProperty(Element.prototype, 'scrollIntoView', jsdomScroll);
    else delete (Element.prototype as Partial<Element>).scrollIntoView;
  }
});

it('refuses a bank code of a clearly wrong length before sending it, once the field is left, and leaves the rest to the server', async () => {
  const sent = refuseWith('INVALID_BANK_CODE', 'a US bank code is the bank’s 9-digit ABA routing number');
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="USD" />);
  fillBank('12345');
  // Nothing said while typing.
  expect(screen.queryByText('A routing number has 9 digits')).toBeNull();
  fireEvent.blur(screen.getByLabelText(/Bank code/));
  expect(screen.getByText('A routing number has 9 digits')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  expect(document.activeElement).toBe(screen.getByLabelText(/Bank code/));
  expect(sent).toEqual([]);
  // Spaces and dashes are fine, as the server drops them.
  fireEvent.change(screen.getByLabelText(/Bank code/), { target: { value: '021-000 021' } });
  expect(screen.queryByText('A routing number has 9 digits')).toBeNull();
  cleanup();

  // A Nigerian code may carry a letter: only its length is checked here.
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  fillBank('035A');
  fireEvent.blur(screen.getByLabelText(/Bank code/));
  expect(screen.queryByText('Nigerian bank codes have 3 to 6 characters')).toBeNull();
  fireEvent.change(screen.getByLabelText(/Bank code/), { target: { value: '05' } });
  expect(screen.getByText('Nigerian bank codes have 3 to 6 characters')).toBeTruthy();
});

it('refuses a Nigerian account number that is not 10 digits before sending it, as its hint says', async () => {
  const sent = refuseWith('INVALID_ACCOUNT_NUMBER', 'a Nigerian account number (NUBAN) has 10 digits');
  renderInApp(<PayoutMethodForm earner="driver" current={undefined} currency="NGN" />);
  expect(screen.getByText('Your 10-digit NUBAN')).toBeTruthy();
  fillBank('058', '0123456');
  expect(screen.getByText('A Nigerian account number (NUBAN) has 10 digits')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Add account' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
  expect(sent).toEqual([]);
  fireEvent.change(screen.getByLabelText(/Account number/), { target: { value: '0123456789' } });
  expect(screen.queryByText('A Nigerian account number (NUBAN) has 10 digits')).toBeNull();
});

it('says a changed account is saved once the form closes, until it is opened again', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } })),
  );
  renderInApp(<PayoutMethodForm earner="driver" current="****6789" currency="NGN" />);
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  fireEvent.change(screen.getByLabelText(/Bank name/), { target: { value: 'Access Bank' } });
  fireEvent.change(screen.getByLabelText(/Bank code/), { target: { value: '044' } });
  fireEvent.change(screen.getByLabelText(/Account number/), { target: { value: '0123456789' } });
  fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: 'Musa Abdullahi' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save new account' }));
  expect((await screen.findByRole('status')).textContent).toBe('Your payout account is saved. What it waits for, if anything, is said above.');
  fireEvent.click(screen.getByRole('button', { name: 'Change account' }));
  expect(screen.queryByRole('status')).toBeNull();
});
