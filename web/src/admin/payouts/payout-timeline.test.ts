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

  it('shows the first of two approvals, which moved no state, between the request and the second', () => {
    const at = (m: number) => `2026-11-28T10:0${m}:00.000Z`;
    const transition = (fromStatus: 'PENDING' | null, toStatus: 'PENDING' | 'APPROVED', m: number) => ({
      fromStatus,
      toStatus,
      actorType: 'ADMIN' as const,
      actorId: 'bbbbbbbb-2',
      actorEmail: 'second@ziba.test',
      note: null,
      at: at(m),
    });
    const by = [
      { adminId: 'aaaaaaaa-1', adminEmail: 'first@ziba.test', note: 'called the driver', at: at(2) },
      { adminId: 'bbbbbbbb-2', adminEmail: 'second@ziba.test', note: null, at: at(4) },
    ];
    const timeline = (given: number, transitions: ReturnType<typeof transition>[]) =>
      payoutTimeline({ provider: 'manual', providerReference: null, transitions, providerCallbacks: [], approvals: { required: 2, by: by.slice(0, given) } });
    expect(timeline(1, [transition(null, 'PENDING', 0)]).map((s) => [s.title, s.detail, s.note])).toEqual([
      ['Pending review', 'by admin second@ziba.test', null],
      ['Approval 1 of 2', 'by admin first@ziba.test', 'called the driver'],
    ]);
    expect(timeline(2, [transition(null, 'PENDING', 0), transition('PENDING', 'APPROVED', 4)]).map((s) => s.title)).toEqual([
      'Pending review',
      'Approval 1 of 2',
      'Approved',
    ]);
    // One approval needed: it is the move to Approved, said once.
    expect(
      payoutTimeline({
        provider: 'manual',
        providerReference: null,
        transitions: [transition('PENDING', 'APPROVED', 4)],
        providerCallbacks: [],
        approvals: { required: 1, by: by.slice(1) },
      }).map((s) => s.title),
    ).toEqual(['Approved']);
  });
});
