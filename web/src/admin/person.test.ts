import { describe, expect, it } from 'vitest';
import { kindWord, personLabel } from './person.ts';

describe('personLabel', () => {
  it('names a user by email, and anyone else by kind and the start of the id', () => {
    expect(personLabel('ADMIN', '5f0c1d2e-aaaa-bbbb-cccc-123456789012', 'ops@ziba.test')).toBe('ops@ziba.test');
    expect(personLabel('PLATFORM', '00000000-0000-0000-0000-000000000001', null)).toBe('Platform 00000000');
    expect(personLabel('SYSTEM', 'PAYOUT_CLEARING', undefined)).toBe('System Payout clearing');
    expect(personLabel('SYSTEM', 'scripts/admin (by Ngozi Eze)', null)).toBe('System scripts/admin (by Ngozi Eze)');
    expect(personLabel('', '', null)).toBe('—');
  });

  it('turns kinds into words', () => {
    expect(kindWord('DRIVER')).toBe('Driver');
    expect(kindWord('PAYOUT_METHOD')).toBe('Payout method');
    expect(kindWord('payout_method')).toBe('Payout method');
    expect(kindWord('KYC_DOCUMENT_SUBMITTED')).toBe('KYC document submitted');
  });
});
