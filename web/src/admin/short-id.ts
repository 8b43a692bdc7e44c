/** Whether an id is one of the platform's UUIDs (a receipt number or a code is not). */
export const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id);

/** An id as lists show it: a UUID by its first 8 characters, which tell rows apart; anything else whole (an admin's receipt number). */
export const shortId = (id: string): string => (isUuid(id) ? id.slice(0, 8) : id);
