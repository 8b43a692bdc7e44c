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

/**
 * TypeBox validation, with one conversion: a query string carries only text, so an integer query
 * parameter (`?limit=50`) is read as a number when it is plain digits, and refused by its schema
 * otherwise. The document can then say `integer`, and nothing else is coerced anywhere.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  const validate = TypeBoxValidatorCompiler(route);
  const integers = route.httpPart === 'querystring' ? integerParams(route.schema) : [];
  if (!integers.length) return validate;
  return (data: unknown) => {
    if (typeof data !== 'object' || data === null) return validate(data);
    const query = { ...(data as Record<string, unknown>) };
    for (const name of integers) {
      const value = query[name];
      if (typeof value === 'string' && DIGITS.test(value)) query[name] = Number(value);
    }
    return validate(query);
  };
};
