/**
 * JSON with every object's keys sorted and bigints as decimal strings: equal values give equal text,
 * whatever order their keys were built in. For hashes that must match across processes and versions
 * (request hashes of idempotency keys, the audit chain), so the output must never change: it is the
 * text `JSON.stringify` gives with a key-sorting replacer, written without the copies that costs.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(v: unknown): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'bigint':
      return JSON.stringify(v.toString());
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(v);
    case 'object':
      break;
    default:
      return undefined; // undefined, functions and symbols: left out of objects, null in arrays
  }
  const o = v as { toJSON?: () => unknown } & Record<string, unknown>;
  if (typeof o.toJSON === 'function') return write(o.toJSON());
  if (Array.isArray(v)) return `[${v.map((x) => write(x) ?? 'null').join(',')}]`;
  let out = '';
  for (const key of sortedKeys(o)) {
    const text = write(o[key]);
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
