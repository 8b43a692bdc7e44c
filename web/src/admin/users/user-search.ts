/** Who is stopped now: blocked accounts, suspended drivers (the API's `standing`). */
export const STANDINGS = [
  { value: 'BLOCKED', label: 'Blocked accounts' },
  { value: 'SUSPENDED', label: 'Suspended drivers' },
] as const;
export type Standing = (typeof STANDINGS)[number]['value'];

/** The user search as the URL carries it: an email (or its start) or a user id, and who is stopped now. */
export interface UserSearch {
  q?: string;
  standing?: Standing;
}
export const parseUserSearch = (s: Record<string, unknown>): UserSearch => ({
  q: typeof s.q === 'string' && s.q.trim() && s.q.length <= 254 ? s.q.trim() : undefined,
  standing: STANDINGS.find((o) => o.value === s.standing)?.value,
});
