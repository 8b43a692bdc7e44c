import type { Schemas } from '@ziba/api-client';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { dayAndTime } from '../dates.ts';
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
    failureReason: null,
    methodKind: 'BANK',
    origin: 'manual_request',
    createdAt: '2026-11-29T05:56:00Z',
    ...over,
  }) as Schemas['Payout'];

const rows = () => within(screen.getByRole('list', { name: 'Payouts' })).getAllByRole('listitem');

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
  const items = rows();
  expect(items).toHaveLength(3);
  expect(items[0]!.textContent).toContain('₦500.00');
  expect(items[0]!.textContent).toContain('Blocked');
  expect(items[0]!.textContent).toContain('Why it was refused then:The amount is below the minimum withdrawal.');
  expect(items[0]!.textContent).toContain('No money left your wallet.');
  expect(items[1]!.textContent).toContain('Rejected: account name does not match.');
  expect(items[1]!.textContent).toContain('The amount is back in your available balance.');
  // A paid payout says nothing of an earlier failure's reason.
  expect(items[2]!.textContent).toContain('Paid');
  expect(items[2]!.textContent).not.toContain('bank down');
});

it('says in full why the newest refusal was refused, and folds the reasons of earlier ones behind a tap', () => {
  const refusal = () => payout({ status: 'BLOCKED', reasons: ['WITHDRAWAL_IN_PROGRESS'] });
  renderInApp(<PayoutsList payouts={[refusal(), refusal(), payout({ status: 'PAID' }), refusal()]} />);
  const items = rows();
  expect(items[0]!.querySelector('details')).toBeNull();
  expect(items[0]!.textContent).toContain('Why it was refused then:');
  for (const earlier of [items[1]!, items[3]!]) {
    const details = earlier.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Refused, no money left your wallet: why');
    // The reasons are there once opened, said once.
    expect(details.textContent!.match(/no money left your wallet/gi)).toHaveLength(1);
    expect(details.textContent).toContain('Why it was refused then:');
  }
});

it('says why a payout failed, and that the amount stays on hold until support sends it again or returns it', () => {
  renderInApp(<PayoutsList payouts={[payout({ status: 'FAILED', failureReason: 'account closed' }), payout({ status: 'FAILED' })]} />);
  const [withReason, without] = rows();
  expect(withReason!.textContent).toContain('Failed');
  expect(withReason!.textContent).toContain('The payment did not go through: account closed.');
  expect(withReason!.textContent).toContain('The amount stays on hold in your wallet until support sends it again or returns it to your balance.');
  expect(without!.textContent).toContain('The payment did not go through.');
  expect(without!.textContent).not.toContain('back in your available balance');
});

it('says the money came back after a reversal or a return, that it is on hold while in review, and nothing more for a payout on its way', () => {
  renderInApp(
    <PayoutsList
      payouts={[
        payout({ status: 'REVERSED', failureReason: 'account closed' }),
        payout({ status: 'RETURNED' }),
        payout({ status: 'RETURNED', methodKind: 'MOBILE_MONEY', failureReason: 'wallet closed' }),
        payout({ status: 'PROCESSING' }),
        payout({ status: 'PENDING' }),
      ]}
    />,
  );
  const [reversed, returned, returnedMobile, processing, pending] = rows();
  expect(reversed!.textContent).toContain('Reversed');
  expect(reversed!.textContent).toContain('The payment did not go through: account closed.');
  expect(reversed!.textContent).toContain('The amount is back in your available balance.');
  expect(returned!.textContent).toContain('Returned');
  expect(returned!.textContent).toContain('Your bank sent this payout back.');
  expect(returned!.textContent).toContain('The amount is back in your available balance.');
  // With what the provider said, when it said something.
  expect(returnedMobile!.textContent).toContain('Your mobile money provider sent this payout back: wallet closed.');
  expect(processing!.textContent).toBe('₦1,408.00Processing' + dayAndTime('2026-11-29T05:56:00Z'));
  // Waiting on a review, perhaps long: where the money is meanwhile.
  expect(pending!.textContent).toContain('Waiting for Ziba’s review. The amount stays on hold in your wallet until it is paid');
});

it('says so when there is none', () => {
  renderInApp(<PayoutsList payouts={[]} />);
  expect(screen.getByText('No payouts yet.')).toBeTruthy();
});

it('says where a payout the earner did not ask for came from', () => {
  renderInApp(<PayoutsList payouts={[payout({ origin: 'auto_weekly' }), payout({ origin: 'manual_admin_settlement' }), payout({})]} />);
  const [weekly, settled, asked] = rows();
  expect(weekly!.textContent).toContain('Weekly payout of your withdrawable balance');
  expect(settled!.textContent).toContain('Settlement paid by Ziba support');
  expect(asked!.textContent).not.toContain('Weekly');
  expect(asked!.textContent).not.toContain('support');
});

it('says which account each payout goes to, as it was asked, and none for a refusal', () => {
  renderInApp(
    <PayoutsList
      payouts={[
        payout({ status: 'PENDING', accountInstitution: 'GTBank', maskedAccount: '****2450' }),
        payout({ status: 'BLOCKED', accountInstitution: 'GTBank', maskedAccount: '****2450', reasons: ['VELOCITY_LIMIT'] }),
      ]}
    />,
  );
  const [pending, refused] = rows();
  expect(pending!.textContent).toContain('To GTBank ****2450');
  expect(refused!.textContent).not.toContain('****2450');
});
