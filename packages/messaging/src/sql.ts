/**
 * The slice of MikroORM's EntityManager the messaging tables need: `?` placeholders, run inside the
 * caller's transaction when the EntityManager is the transactional fork.
 */
export interface SqlExecutor {
  execute<T = Record<string, unknown>[]>(sql: string, params?: unknown[], method?: 'all' | 'get' | 'run'): Promise<T>;
}
