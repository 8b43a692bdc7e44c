import { describe, expect, it } from '@jest/globals';
import type { EventEnvelope } from '@ziba/contracts';
import { auditFacts } from './audit-action.ts';

const event = (type: string, data: object, aggregateType = 'menu_item'): EventEnvelope =>
  ({ id: 'e-1', type, aggregateType, aggregateId: 'a-1', occurredAt: '2026-12-01T00:00:00Z', data }) as unknown as EventEnvelope;

describe('auditFacts', () => {
  it('names a first version a creation: a payout’s first step, a menu item added', () => {
    expect(auditFacts(event('payout.status-changed.v1', { payoutId: 'p-1', from: null, to: 'REQUESTED' }, 'payout')).action).toBe('PAYOUT_CREATED');
    expect(auditFacts(event('payout.status-changed.v1', { payoutId: 'p-1', from: 'PENDING', to: 'APPROVED' }, 'payout')).action).toBe('PAYOUT_STATUS_CHANGED');
    const item = { itemId: 'a-1', name: 'Jollof rice', price: '250000', available: true, currency: 'NGN' };
    expect(auditFacts(event('trip.menu-item-changed.v1', { ...item, previous: null }))).toMatchObject({ action: 'MENU_ITEM_CREATED', entityType: 'menu_item' });
    expect(auditFacts(event('trip.menu-item-changed.v1', { ...item, previous: { ...item, price: '200000' } })).action).toBe('MENU_ITEM_UPDATED');
  });
});
