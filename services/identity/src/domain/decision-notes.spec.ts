import { describe, expect, it } from '@jest/globals';
import { requireNoteForFlags } from './decision-notes.ts';

const refusal = (f: () => void) => {
  try {
    f();
    return null;
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('a KYC approval past open review flags', () => {
  it('needs a note saying what was checked; without a flag, or a rejection, it does not here', () => {
    expect(refusal(() => requireNoteForFlags('APPROVE', ['NAME_MISMATCH'], null))).toBe('NOTE_REQUIRED');
    expect(refusal(() => requireNoteForFlags('APPROVE', ['NAME_MISMATCH', 'DOCUMENT_REUSED'], 'marriage certificate seen'))).toBeNull();
    expect(refusal(() => requireNoteForFlags('APPROVE', [], null))).toBeNull();
    expect(refusal(() => requireNoteForFlags('REJECT', ['NAME_MISMATCH'], null))).toBeNull();
  });
});
