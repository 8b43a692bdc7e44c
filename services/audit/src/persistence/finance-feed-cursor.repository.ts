import type { SqlExecutor } from '@ziba/messaging';

/** How far the finance feed has published the chain (one row). */
export const FinanceFeedCursorRepository = {
  /**
   * The last published sequence, the row locked until the transaction ends; null when another
   * publisher holds it (SKIP LOCKED: that one is publishing, this one skips the pass).
   */
  async lockUnlessTaken(em: SqlExecutor): Promise<string | null> {
    const [cursor] = await em.execute<Array<{ last_seq: string }>>('select last_seq::text from finance_feed_cursor where id = 1 for update skip locked');
    return cursor?.last_seq ?? null;
  },

  async advance(em: SqlExecutor, seq: string): Promise<void> {
    await em.execute('update finance_feed_cursor set last_seq = ?, updated_at = now() where id = 1', [seq], 'run');
  },
};
