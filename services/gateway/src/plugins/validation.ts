import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';

const DIGITS = /^[0-9]{1,15}$/;

/** The names of a query schema's integer parameters. */
function integerParams(schema: TSchema): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {};
  return Object.entries(properties)
    .filter(([, p]) => p.type === 'integer')
    .map(([name]) => name);
}

/** Where in the input a NUL character hides, as a JSON pointer; null when there is none. */
function nulAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '/' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulAt(inner, `${path}/${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * TypeBox validation, with two rules for every input:
 * - a NUL character is refused anywhere (no stored text can hold one; PostgreSQL would fail on it);
 * - a query string carries only text, so an integer query parameter (`?limit=50`) is read as a number
 *   when it is plain digits, and refused by its schema otherwise. Nothing else is coerced.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  const validate = TypeBoxValidatorCompiler(route);
  const integers = route.httpPart === 'querystring' ? integerParams(route.schema) : [];
  return (data: unknown) => {
    const nul = route.httpPart === 'headers' ? null : nulAt(data);
    if (nul) return { error: [{ instancePath: nul, schemaPath: '', keyword: 'nul', params: {}, message: 'must not contain a NUL character' }] };
    if (!integers.length || typeof data !== 'object' || data === null) return validate(data);
    const query = { ...(data as Record<string, unknown>) };
    for (const name of integers) {
      const value = query[name];
      if (typeof value === 'string' && DIGITS.test(value)) query[name] = Number(value);
    }
    return validate(query);
  };
};
