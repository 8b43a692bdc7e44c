import type { SqlExecutor } from '@ziba/messaging';

/** The chain's head (one row): the hash of the last record appended. */
export const ChainHeadRepository = {
  /** Locks the head until the transaction ends, so appends queue and the chain never forks; null without the row. */
  async lock(em: SqlExecutor): Promise<string | null> {
    const [head] = await em.execute<Array<{ last_hash: string }>>('select last_hash from audit_chain_head where id = 1 for update');
    return head?.last_hash ?? null;
  },

  async advance(em: SqlExecutor, hash: string): Promise<void> {
    await em.execute('update audit_chain_head set last_hash = ? where id = 1', [hash], 'run');
  },
};
