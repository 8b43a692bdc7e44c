import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes now, in the caller's transaction, what was added through this service's repositories and
 * every change made to what they loaded; the commit writes whatever is left anyway. A use case saves
 * before a step that must see or depend on those writes (an event, a re-read, a constraint's verdict).
 */
export async function saveChanges(em: EntityManager): Promise<void> {
  await em.flush();
}
