import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { WithdrawForm } from './WithdrawForm.tsx';

afterEach(cleanup);

const form = (block: { reasons: string[]; inProgress: boolean }) =>
  renderInApp(<WithdrawForm earner="driver" currency="NGN" withdrawable="0" minimum="100000" maskedAccount="****6789" block={block} />);

it('says calmly that a withdrawal is in progress, not as a refusal', () => {
  form({ reasons: ['You already have a withdrawal in progress.'], inProgress: true });
  expect(screen.getByRole('status').textContent).toContain('A withdrawal is in progress');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('button', { name: 'Withdraw' })).toHaveProperty('disabled', true);
});

it('shows a real blocker as a refusal', () => {
  form({ reasons: ['Your identity is not verified yet.'], inProgress: false });
  expect(screen.getByRole('alert').textContent).toContain('Withdrawals are not available now');
  expect(screen.queryByText('A withdrawal is in progress')).toBeNull();
});
