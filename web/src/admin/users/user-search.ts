/** The user search as the URL carries it: an email (or its start) or a user id. */
export interface UserSearch {
  q?: string;
}
export const parseUserSearch = (s: Record<string, unknown>): UserSearch => ({
  q: typeof s.q === 'string' && s.q.trim() && s.q.length <= 254 ? s.q.trim() : undefined,
});
