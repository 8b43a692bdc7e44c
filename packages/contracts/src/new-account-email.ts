/**
 * What a new account's address must look like. Part of the API's contract: the gateway's RegisterBody
 * schema and identity's newAccountEmail read this same pattern. A local part of letters, digits and
 * . _ % + - ' (no dot first, last or twice in a row), an @, and a domain of dot-separated labels, the
 * last starting with a letter: no markup, quotes or spaces reach a page or a log through it. Sign-in
 * takes any address an account has, so accounts made before this rule keep working.
 */
export const NEW_ACCOUNT_EMAIL_PATTERN =
  "^(?=[^@]{1,64}@)[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$";
