import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** What a transaction is opened on: a service's context (anything carrying its ORM), or the ORM itself. */
export type TransactionHost = MikroORM | { readonly orm: MikroORM };

/**
 * The one way a use case opens a transaction: `work` runs on a fresh fork of the service's
 * EntityManager inside one database transaction, which commits when `work` returns and rolls back
 * when it throws; the result (or the error) is `work`'s.
 *
 * After-commit hooks ride on the transaction itself: each transactional fork has its own event
 * manager (MikroORM clones it per transaction), and a subscriber registered on it for
 * `afterTransactionCommit` runs once the transaction has committed, never after a rollback.
 * Enqueuing an outbox event registers the wake of the service's outbox relay that way
 * (`enqueueEvent` in @ziba/messaging), so no use case wakes anything by hand.
 */
export function inTransaction<T>(host: TransactionHost, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const orm = 'orm' in host ? host.orm : host;
  return orm.em.fork().transactional(work);
}
