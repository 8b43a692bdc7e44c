import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys, so the same record always hashes the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** A record's hash covers its content and the hash of the record before it: change one, and every later link breaks. */
export const chainHash = (previousHash: string, content: unknown): string => createHash('sha256').update(previousHash).update('\n').update(canonical(content)).digest('hex');
