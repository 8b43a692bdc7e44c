import type { Schemas } from '@ziba/api-client';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { PayoutsList } from './PayoutsList.tsx';

afterEach(cleanup);

const payout = (over: Partial<Schemas['Payout']>): Schemas['Payout'] =>
  ({
    id: crypto.randomUUID(),
    amount: { amount: '140800', currency: 'NGN' },
    status: 'PENDING',
    reasons: [],
    rejectionReason: null,
    createdAt: '2026-11-29T05:56:00Z',
    ...over,
  }) as Schemas['Payout'];

it('shows each payout with its amount and state, and says why one was refused or rejected', () => {
  renderInApp(
    <PayoutsList
      payouts={[
        payout({ status: 'BLOCKED', amount: { amount: '50000', currency: 'NGN' }, reasons: ['BELOW_MINIMUM_WITHDRAWAL'] }),
        payout({ status: 'REJECTED', rejectionReason: 'account name does not match' }),
        payout({ status: 'PAID', rejectionReason: 'bank down' }),
      ]}
    />,
  );
  const items = within(screen.getByRole('list', { name: 'Payouts' })).getAllByRole('listitem');
  expect(items).toHaveLength(3);
  expect(items[0]!.textContent).toContain('₦500.00');
  expect(items[0]!.textContent).toContain('Blocked');
  expect(items[0]!.textContent).toContain('The amount is below the minimum withdrawal.');
  expect(items[1]!.textContent).toContain('account name does not match');
  // A paid payout says nothing of an earlier failure's reason.
  expect(items[2]!.textContent).toContain('Paid');
  expect(items[2]!.textContent).not.toContain('bank down');
});

it('says so when there is none', () => {
  renderInApp(<PayoutsList payouts={[]} />);
  expect(screen.getByText('No payouts yet.')).toBeTruthy();
});
