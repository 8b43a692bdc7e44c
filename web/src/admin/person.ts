/** A kind as a word: DRIVER is "Driver", ADMIN is "Admin". */
export const kindWord = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * How an admin screen names someone: by their email when they are a user, else (the platform's own
 * wallets, the system) by their kind and the start of their id.
 */
export const personLabel = (kind: string, id: string, email: string | null | undefined) => email ?? `${kindWord(kind)} ${id.slice(0, 8)}`;
