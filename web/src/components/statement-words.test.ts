import { expect, it } from 'vitest';
import { lineWords } from './statement-words.ts';

it('shows a hold and its release as moves of the rider’s own money, and a charge or a credit as money out or in', () => {
  expect(lineWords({ type: 'HOLD', serviceType: 'ride' })).toEqual({ label: 'On hold', signed: false });
  expect(lineWords({ type: 'RELEASE', serviceType: 'ride' })).toEqual({ label: 'Released', signed: false });
  expect(lineWords({ type: 'DEBIT', serviceType: 'ride' })).toEqual({ label: 'Paid', signed: true });
  expect(lineWords({ type: 'CREDIT', serviceType: 'earning' })).toEqual({ label: 'Received', signed: true });
  expect(lineWords({ type: 'DEBIT', serviceType: 'commission' })).toEqual({ label: 'Owed', signed: true });
  expect(lineWords({ type: 'DEBIT', serviceType: 'commission_settlement' })).toEqual({ label: 'Paid', signed: true });
});
