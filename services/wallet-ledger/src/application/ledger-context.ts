import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@ziba/service-kit';
import type { Pool } from 'pg';
import type { WalletDirectory } from '../persistence/wallet-directory.ts';
import type { EntryWriter } from './entry-writer.ts';
import type { PaymentGateway } from './payment-gateway.ts';

/** What the use cases need; built once in main.ts. */
export interface LedgerContext {
  orm: MikroORM;
  /** The write path's own pg pool (pipelined, prepared statements; see sql-client.ts). */
  pool: Pool;
  directory: WalletDirectory;
  payments: PaymentGateway;
  logger: Logger;
  /** Groups concurrent entries into shared transactions (group commit). */
  writer: EntryWriter;
  /**
   * Wakes the outbox relay after a commit of the lean write path (post-entry.ts), which writes its
   * outbox rows itself; a transaction that enqueues an event (inTransaction, enqueueEvent) wakes it by itself.
   */
  onCommit: () => void;
}

export const SOURCE = 'wallet-ledger';
