import { describe, expect, it } from '@jest/globals';
import { NOTE_MAX, noteText, requireApprovalNote, requireMoveNote } from './decision-notes.ts';

const refusalOf = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return `${(e as { code: string }).code} ${(e as Error).message}`;
  }
};

describe('which payout decisions need a note', () => {
  it('a rejection needs a reason, a failure a reason, a payment the bank reference, a return what the bank said', () => {
    expect(refusalOf(() => requireMoveNote('reject', { reason: '', reference: 'x' }))).toBe('REASON_REQUIRED rejectionReason is required');
    expect(refusalOf(() => requireMoveNote('mark_failed', { reason: '', reference: 'x' }))).toBe('REASON_REQUIRED failureReason is required');
    expect(refusalOf(() => requireMoveNote('mark_paid', { reason: 'x', reference: '' }))).toBe('REASON_REQUIRED externalReference is required');
    expect(refusalOf(() => requireMoveNote('mark_returned', { reason: '', reference: '' }))).toBe('REASON_REQUIRED returnReason is required');
    expect(refusalOf(() => requireMoveNote('reject', { reason: 'duplicate request', reference: '' }))).toBeUndefined();
    expect(refusalOf(() => requireMoveNote('mark_paid', { reason: '', reference: 'BANK-1' }))).toBeUndefined();
  });
  it('the other moves need none', () => {
    for (const action of ['approve', 'retry', 'reverse']) expect(refusalOf(() => requireMoveNote(action, { reason: '', reference: '' }))).toBeUndefined();
  });
  it('a flagged payout is approved only with a note; an unflagged one without', () => {
    expect(refusalOf(() => requireApprovalNote('approve', ['RAPID_WITHDRAWAL_ATTEMPTS'], ''))).toBe(
      'NOTE_REQUIRED this payout is flagged (RAPID_WITHDRAWAL_ATTEMPTS); approve it with a note',
    );
    expect(refusalOf(() => requireApprovalNote('approve', ['RAPID_WITHDRAWAL_ATTEMPTS'], 'called the earner'))).toBeUndefined();
    expect(refusalOf(() => requireApprovalNote('approve', [], ''))).toBeUndefined();
    expect(refusalOf(() => requireApprovalNote('reject', ['RAPID_WITHDRAWAL_ATTEMPTS'], ''))).toBeUndefined();
  });
  it('notes are trimmed and bounded', () => {
    expect(noteText('  paid on Monday  ', NOTE_MAX.reason)).toBe('paid on Monday');
    expect(noteText(undefined as unknown as string, NOTE_MAX.reason)).toBe('');
    expect(noteText('x'.repeat(500), NOTE_MAX.reason)).toHaveLength(500);
    expect(refusalOf(() => noteText('x'.repeat(201), NOTE_MAX.reference))).toBe('INVALID_ARGUMENT reason must be at most 200 characters');
  });
});
