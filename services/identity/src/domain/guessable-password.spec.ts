import { describe, expect, it } from '@jest/globals';
import { isGuessablePassword } from './guessable-password.ts';

const email = 'ada.obi@example.com';

describe('a password an attacker tries first', () => {
  it('is a common word or keyboard pattern however it is dressed up', () => {
    for (const password of [
      'password123',
      'Password123!',
      'p@ssw0rd2024',
      '!!P@$$w0rd!!',
      'qwerty123456',
      'iloveyou12',
      '1q2w3e4r5t',
      'Welcome2026',
      'ziba123456',
      '@dmin123456',
      '1loveyou2024',
      'Summer2024!',
      'Test@12345',
      'Abcd@12345',
    ])
      expect([password, isGuessablePassword(password, email)]).toEqual([password, true]);
  });

  it('is a run or a repeat', () => {
    for (const password of [
      '1234567890',
      '0987654321',
      '4567890123',
      'abcdefghij',
      'qwertyuiop',
      'aaaaaaaaaa',
      'abababababab',
      '1111122222',
      'passwordpassword',
      '123123123123',
      'abcabcabcabc',
      'money money money',
    ])
      expect([password, isGuessablePassword(password, email)]).toEqual([password, true]);
  });

  it('is the account’s own email, or its name with digits added', () => {
    expect(isGuessablePassword('ada.obi@example.com', email)).toBe(true);
    expect(isGuessablePassword('AdaObi2026!', email)).toBe(true);
  });

  it('is not a phrase of one’s own, even one that holds a common word', () => {
    for (const password of [
      'correct horse battery',
      'a strong password',
      'admin-password-123',
      'ada loves jollof 7',
      '0803 555 0142 kano',
      'Tunde-Bakare-1985',
    ])
      expect([password, isGuessablePassword(password, email)]).toEqual([password, false]);
  });
});
