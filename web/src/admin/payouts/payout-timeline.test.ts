import { describe, expect, it } from 'vitest';
import { payoutTimeline } from './payout-timeline.ts';

describe('payoutTimeline', () => {
  it('puts the provider’s callbacks between the states, in time order, and names the submission', () => {
    const steps = payoutTimeline({
      provider: 'simulated',
      providerReference: 'SIM-1',
      transitions: [
        { fromStatus: null, toStatus: 'PENDING', actorType: 'USER', actorId: 'aaaaaaaa-1', actorEmail: null, note: null, at: '2026-11-28T10:00:00.000Z' },
        {
          fromStatus: 'PENDING',
          toStatus: 'PROCESSING',
          actorType: 'ADMIN',
          actorId: 'bbbbbbbb-2',
          actorEmail: 'ops@ziba.test',
          note: null,
          at: '2026-11-28T10:05:00.000Z',
        },
        { fromStatus: 'PROCESSING', toStatus: 'PAID', actorType: 'SYSTEM', actorId: 'provider', actorEmail: null, note: null, at: '2026-11-28T10:06:00.000Z' },
      ],
      providerCallbacks: [{ provider: 'simulated', eventId: 'sim-1-PAID', status: 'PAID', receivedAt: '2026-11-28T10:06:00.000Z' }],
    });
    expect(steps.map((s) => s.title)).toEqual(['Pending review', 'Processing', 'Paid', 'The simulated provider reported paid']);
    expect(steps[0]!.detail).toBe('by user aaaaaaaa');
    expect(steps[1]).toMatchObject({ detail: 'by admin ops@ziba.test', note: 'sent to the simulated provider, reference SIM-1' });
    expect(steps[2]!.detail).toBe('by the system');
  });

  it('says the hand-off to the provider once, and keeps an admin’s note on a retry', () => {
    const step = (actorType: 'SYSTEM' | 'ADMIN', note: string) => ({
      fromStatus: 'APPROVED',
      toStatus: 'PROCESSING' as const,
      actorType,
      actorId: 'system',
      actorEmail: null,
      note,
      at: '2026-11-28T10:05:00.000Z',
    });
    const notes = (actorType: 'SYSTEM' | 'ADMIN', note: string) =>
      payoutTimeline({ provider: 'manual', providerReference: 'manual-1', transitions: [step(actorType, note)], providerCallbacks: [] })[0]!.note;
    expect(notes('SYSTEM', 'handed to the manual provider')).toBe('sent to the manual provider, reference manual-1');
    expect(notes('ADMIN', 'bank confirmed the account')).toBe('sent to the manual provider, reference manual-1; bank confirmed the account');
  });
});
