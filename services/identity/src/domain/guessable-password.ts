/**
 * Whether a password is among the first an attacker tries, whatever its length (NIST SP 800-63B
 * 5.1.1.2: refuse commonly used, expected or context-specific values): a common word or keyboard
 * pattern with digits or symbols around it ("Password123!", "p@ssw0rd2024"), one or two characters
 * or a longer piece repeated ("passwordpassword"), a run along the alphabet, the digits or a keyboard row, the service's own name, or the
 * account's email. A short list checked offline: it refuses what password spraying tries first,
 * not every weak password; length (10 or more) does the rest.
 */
export function isGuessablePassword(password: string, email: string): boolean {
  const text = password.normalize('NFKC').toLowerCase();
  if (new Set(text).size <= 2) return true;
  if (RUNS.some((run) => run.includes(text))) return true;
  const compact = text.replace(/\s+/g, '');
  if (COMMON_PATTERNS.has(compact) || /^(.+?)\1+$/.test(compact)) return true;
  // The word inside: digits and symbols around it dropped, then its letters read back from their
  // look-alikes; or only what trails dropped first, so a look-alike in front ("@dmin") is read too.
  const stem = deLeet(text.replace(/^[^a-z]+|[^a-z]+$/g, '')).replace(/[^a-z]/g, '');
  const leading = deLeet(text.replace(/[^a-z]+$/, ''))
    .replace(/^[^a-z]+/, '')
    .replace(/[^a-z]/g, '');
  if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(leading)) return true;
  const [local = ''] = email.toLowerCase().split('@');
  const ownName = local.replace(/[^a-z]/g, '');
  return text === email.toLowerCase() || (ownName.length >= 3 && stem === ownName);
}

/** The substitutions people make in a word ("p@ssw0rd" is "password"). */
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '8': 'b', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't', '+': 't' };
const deLeet = (word: string) => word.replace(/[@483!105$7+]/g, (c) => LEET[c] ?? c);

const forwardAndBack = (run: string) => [run, [...run].reverse().join('')];
/** Runs a password can be a piece of: the digits (round again: "1234567890"), the alphabet, the keyboard's rows. */
const RUNS = ['0123456789'.repeat(3), 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'azertyuiop'].flatMap(forwardAndBack);

/** Keyboard walks that no run above holds, as typed. */
const COMMON_PATTERNS = new Set([
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  '1qaz2wsx',
  'qazwsxedc',
  'qwerty123456',
  'qwertyuiop123',
]);

/** The words the most common passwords are made of, once the digits and symbols around them are gone; and this service's own. */
const COMMON_WORDS = new Set([
  'password',
  'passwort',
  'passwd',
  'pass',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'qazwsx',
  'iloveyou',
  'welcome',
  'letmein',
  'admin',
  'administrator',
  'root',
  'login',
  'changeme',
  'default',
  'secret',
  'master',
  'hello',
  'abc',
  'abcd',
  'abcdef',
  'test',
  'summer',
  'winter',
  'spring',
  'autumn',
  'football',
  'baseball',
  'soccer',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'shadow',
  'superman',
  'batman',
  'trustno',
  'whatever',
  'freedom',
  'starwars',
  'pokemon',
  'computer',
  'internet',
  'michael',
  'jesus',
  'blessed',
  'godisgood',
  'ziba',
  'zibawallet',
  'wallet',
  'money',
  'driver',
  'rider',
  'nigeria',
  'lagos',
  'abuja',
  'bangladesh',
  'dhaka',
  'america',
  'usa',
]);
