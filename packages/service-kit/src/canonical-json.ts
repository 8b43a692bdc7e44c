import { hash } from 'node:crypto';

/**
 * JSON with every object's keys sorted and bigints as decimal strings: equal values give equal text,
 * whatever order their keys were built in. For hashes that must match across processes and versions
 * (request hashes of idempotency keys, the audit chain's version 1 records), so the text must never
 * change: it is, for every value, what `JSON.stringify` gives with a replacer that turns bigints into
 * strings and each plain object into a key-sorted copy, written here without those copies.
 */
export function canonicalJson(value: unknown): string {
  return property('', { '': value }) ?? 'null';
}

/** What an Idempotency-Key is stored with to tell a repeat from another request: sha256 of the canonical JSON, in hex. */
export function requestHash(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'hex');
}

/** JSON.stringify's SerializeJSONProperty, with the replacer's two rules folded in. */
function property(key: string, holder: Record<string, unknown>): string | undefined {
  let v = holder[key];
  if ((typeof v === 'object' && v !== null) || typeof v === 'bigint' || typeof v === 'function') {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') v = toJSON.call(v, key) as unknown;
  }
  if (v === null) return 'null';
  switch (typeof v) {
    case 'bigint':
      return JSON.stringify(v.toString());
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(v);
    case 'object':
      return Array.isArray(v) ? array(v) : object(v as Record<string, unknown>);
    default:
      return undefined; // undefined, functions and symbols: left out of objects, null in arrays
  }
}

function array(a: unknown[]): string {
  const items: string[] = [];
  for (let i = 0; i < a.length; i++) items.push(property(String(i), a as unknown as Record<string, unknown>) ?? 'null');
  return `[${items.join(',')}]`;
}

function object(o: Record<string, unknown>): string {
  let out = '';
  for (const key of sortedKeys(o)) {
    const text = property(key, o);
    if (text !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `{${out}}`;
}

/**
 * Keys in sorted order, except that integer-like keys ("0", "17") come first in numeric order: the
 * replacer rebuilt each object, and JavaScript lists such keys of an object first. Object.keys
 * already lists them first and in that order, so only the rest is sorted.
 */
function sortedKeys(o: object): string[] {
  const keys = Object.keys(o);
  let indexKeys = 0;
  while (indexKeys < keys.length && isArrayIndex(keys[indexKeys]!)) indexKeys++;
  return indexKeys === 0 ? keys.sort() : [...keys.slice(0, indexKeys), ...keys.slice(indexKeys).sort()];
}

const isArrayIndex = (key: string): boolean => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
