import { describe, expect, it } from '@jest/globals';
import { requireReason, stepReason } from './staff-reason.ts';

const admin = { type: 'ADMIN' as const, id: 'a-1' };
const rider = { type: 'USER' as const, id: 'r-1', role: 'RIDER' };
const refusal = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
};

describe("support's reason", () => {
  it('is required of an admin who cancels, trimmed, 3 to 500 characters', () => {
    expect(stepReason(admin, 'cancel', '  driver unreachable for an hour  ')).toBe('driver unreachable for an hour');
    expect(refusal(() => stepReason(admin, 'cancel', ''))).toEqual({ code: 'INVALID_ARGUMENT', message: 'reason must be 3 to 500 characters' });
    expect(refusal(() => stepReason(admin, 'cancel', '  ok  '))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(refusal(() => requireReason('x'.repeat(501)))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(requireReason('x'.repeat(500))).toHaveLength(500);
    // Characters, not UTF-16 units: 300 emoji are 300 characters.
    expect([...requireReason('🚕'.repeat(300))]).toHaveLength(300);
    // For the audit trail, for good: an account or document number typed in keeps its last four.
    expect(requireReason('rider gave NIN 12345678901 on the phone')).toBe('rider gave NIN ****8901 on the phone');
  });

  it('is no part of anyone else’s step', () => {
    expect(stepReason(rider, 'cancel', '')).toBeNull();
    expect(refusal(() => stepReason(rider, 'cancel', 'changed my mind'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'reason must be left out: only support gives one, when it cancels a trip',
    });
  });
});
