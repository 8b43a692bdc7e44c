import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/stack.ts';

interface RedisClient {
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
  quit(): Promise<unknown>;
}
// The gateway's own Redis client (the test workspace has none).
const { Redis } = createRequire(join(ROOT, 'services', 'gateway', 'package.json'))('ioredis') as { Redis: new (url: string) => RedisClient };

/**
 * Every stack on a machine keeps its Idempotency-Key answers in the same Redis, under the principal's
 * id, and the weekly jobs' principal has one id everywhere. weekly-run.sh's keys name only the route,
 * the week and the country, so a stack started earlier (another run of this test, a developer's)
 * would answer this stack's job from its own stored run. Forgetting those keys first keeps the
 * answers this stack's own.
 */
export async function forgetWeeklyJobKeys(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    await redis.eval("for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end", 0, 'idem:weekly-jobs:weekly:*');
  } finally {
    await redis.quit();
  }
}
