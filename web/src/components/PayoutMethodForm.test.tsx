import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { PayoutMethodForm } from './PayoutMethodForm.tsx';

afterEach(cleanup);

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
