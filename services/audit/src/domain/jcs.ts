/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the text of a JSON value that any language can
 * rebuild from the same data, so a hash over it can be recomputed outside this code base:
 * - object keys sorted by their UTF-16 code units (JavaScript's default string order), at every level;
 * - numbers as ECMAScript writes them (JSON.stringify: shortest round-trip digits, `1e+21`, `1e-7`, `-0` as `0`);
 * - strings as JSON.stringify escapes them: `\"`, `\\`, `\b \t \n \f \r`, other controls as `\u00xx`,
 *   everything else as is (UTF-8 once hashed);
 * - no whitespace.
 * Input is the JSON data model (what JSON.parse gives). As JSON.stringify does, an `undefined`
 * property is left out; a non-finite number or a lone surrogate has no JSON form and throws.
 */
export function jcs(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`JCS: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'string':
      if (!value.isWellFormed()) throw new TypeError('JCS: a string holds a lone surrogate');
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? `[${value.map((v) => (v === undefined ? 'null' : jcs(v))).join(',')}]` : object(value as Record<string, unknown>);
    default:
      throw new TypeError(`JCS: a ${typeof value} is not JSON`);
  }
}

function object(o: Record<string, unknown>): string {
  const members: string[] = [];
  // Array#sort's default compares UTF-16 code units, the order RFC 8785 section 3.2.3 prescribes.
  for (const key of Object.keys(o).sort()) {
    if (o[key] === undefined) continue;
    members.push(`${jcs(key)}:${jcs(o[key])}`);
  }
  return `{${members.join(',')}}`;
}
