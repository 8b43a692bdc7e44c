import { canonicalJson } from '@ziba/service-kit/canonical-json';
import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** A record's hash covers its content and the hash of the record before it: change one, and every later link breaks. */
export const chainHash = (previousHash: string, content: unknown): string =>
  createHash('sha256').update(previousHash).update('\n').update(canonicalJson(content)).digest('hex');
