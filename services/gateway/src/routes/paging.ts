/** A list's `limit` and `cursor` query parameters as the services' page request (20 a page unless asked). */
export const pageOf = (q: { limit?: number; cursor?: string }) => ({ pageSize: q.limit ?? 20, cursor: q.cursor ?? '' });

/** A service's page answer as the API's `page.nextCursor`: null on the last page (a service says so with an empty cursor). */
export const nextCursor = (page: { nextCursor: string } | null) => page?.nextCursor || null;
