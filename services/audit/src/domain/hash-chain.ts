import { canonicalJson } from '@ziba/service-kit/canonical-json';
import { createHash } from 'node:crypto';
import { jcs } from './jcs.ts';

export const GENESIS = '0'.repeat(64);

/**
 * How a record's content becomes text before it is hashed, stored with each record (hash_version):
 * 1, the records written first: canonicalJson, which puts integer-like keys ("0", "17") first, in
 * numeric order, as JavaScript lists them; 2, every record since: RFC 8785 (JCS), which another
 * language can rebuild (docs/audit-chain.md).
 */
export type HashVersion = 1 | 2;
export const HASH_VERSION: HashVersion = 2;

const CANONICAL: Record<HashVersion, (content: unknown) => string> = { 1: canonicalJson, 2: jcs };

/**
 * A record's hash covers its content and the hash of the record before it: change one, and every
 * later link breaks. sha256(previousHash + "\n" + canonical text of the content), in hex.
 */
export const chainHash = (previousHash: string, content: unknown, version: HashVersion = HASH_VERSION): string =>
  createHash('sha256').update(previousHash).update('\n').update(CANONICAL[version](content)).digest('hex');

export const isHashVersion = (v: number): v is HashVersion => v === 1 || v === 2;
