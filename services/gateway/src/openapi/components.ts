import type { TSchema } from 'typebox';

/** The mark a shared schema carries until the document is built; it never reaches the document. */
const MARK = 'x-component';

type Json = Record<string, unknown>;

/**
 * Names a schema as a component of the OpenAPI document: wherever a route uses it, the document
 * says `$ref: '#/components/schemas/<name>'`, so a client generator makes one `Money` type rather than
 * `Body12`. Validation and serialization are untouched (the schema stays inline for them).
 */
export function component<T extends TSchema>(name: string, schema: T): T {
  ownDescriptions.set(name, (schema as { description?: string }).description);
  return Object.assign(schema, { [MARK]: name });
}

/** A component's own description; a different one at a use site describes that use (a field). */
const ownDescriptions = new Map<string, string | undefined>();

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value null, and nothing else, in OpenAPI 3.0.3's words (it has no `type: 'null'`). */
const NULL_ONLY = { type: 'string', nullable: true, enum: [null] };

/**
 * An enumeration that admits null lists it: OpenAPI 3.0.3 checks `enum` after `nullable`, so a
 * nullable enum without null in it refuses null. Applied to the whole document.
 */
export function nullInNullableEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullInNullableEnums);
  if (!isObject(node)) return node;
  const walked: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, nullInNullableEnums(v)]));
  if (walked.nullable === true && Array.isArray(walked.enum) && !walked.enum.includes(null)) walked.enum = [...walked.enum, null];
  return walked;
}

/**
 * Moves every marked schema of the document into `components.schemas` and refers to it by `$ref`.
 * Two different schemas under one name are a programming error and fail the build of the document.
 * A use that describes itself (a field's description) keeps that beside an `allOf: [$ref]`, since
 * OpenAPI 3.0 ignores whatever sits next to a bare `$ref`; a nullable use (`X | null`) is `anyOf`
 * the component and null.
 */
export function hoistComponents(document: Json): Json {
  const found = new Map<string, { schema: Json; text: string }>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    const walked: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]));
    const name = walked[MARK];
    if (typeof name !== 'string') return walked;
    const { [MARK]: _mark, nullable, ...rest } = walked;
    const own = ownDescriptions.get(name);
    const { description, ...schema } = rest;
    if (own !== undefined) schema.description = own;
    const text = JSON.stringify(schema);
    const seen = found.get(name);
    if (seen && seen.text !== text) throw new Error(`OpenAPI component ${name} is used with two different shapes: ${seen.text} / ${text}`);
    found.set(name, { schema, text });
    const ref = { $ref: `#/components/schemas/${name}` };
    const useDescription = description !== undefined && description !== own ? { description } : {};
    // OpenAPI 3.0.3's `nullable` admits null only for the schema it sits in, never through a `$ref`
    // beside it: a nullable use is the component or null, as two alternatives.
    if (nullable === true) return { ...useDescription, anyOf: [ref, NULL_ONLY] };
    return useDescription.description ? { ...useDescription, allOf: [ref] } : ref;
  };
  const hoisted = visit(document) as Json;
  const components = isObject(hoisted.components) ? hoisted.components : {};
  const schemas = Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b)).map(([name, { schema }]) => [name, schema]));
  return { ...hoisted, components: { ...components, schemas: { ...(isObject(components.schemas) ? components.schemas : {}), ...schemas } } };
}
