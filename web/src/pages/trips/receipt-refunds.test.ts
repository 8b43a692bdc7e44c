import type { Schemas } from '@ziba/api-client';
import { expect, it } from 'vitest';
import { receiptRefunds } from './receipt-refunds.ts';

const line = (over: Partial<Schemas['WalletTransaction']>) =>
  ({
    type: 'DEBIT',
    serviceType: 'ride',
    amount: '231500',
    currency: 'NGN',
    createdAt: '2026-11-28T10:00:00.000Z',
    description: '',
    ...over,
  }) as Schemas['WalletTransaction'];

it('lists the refunds of a trip in time order, as the server wrote them', () => {
  const lines = [
    line({ type: 'CREDIT', serviceType: 'refund', amount: '15025', createdAt: '2026-11-28T12:00:00.000Z', description: 'driver took a long route' }),
    line({ type: 'DEBIT' }),
    line({ type: 'HOLD', amount: '231500' }),
  ];
  expect(receiptRefunds(lines)).toEqual([{ amount: '15025', currency: 'NGN', at: '2026-11-28T12:00:00.000Z', reason: 'driver took a long route' }]);
});

it('says nothing of a trip never refunded, nor of a hold given back', () => {
  expect(receiptRefunds([line({}), line({ type: 'RELEASE', serviceType: 'refund' })])).toEqual([]);
});
