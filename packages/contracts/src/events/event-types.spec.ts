import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_EVENT_TYPES } from './event-types.ts';

const SERVICES = join(import.meta.dirname, '../../../../services');
const EVENT_TYPE = /'((?:identity|wallet|trip|payout)\.[a-z-]+\.v\d+)'/g;

/** The event type literals in a service's source, tests and the audit service's own mapping aside. */
function typesIn(service: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(EVENT_TYPE)) found.add(m[1]!);
    }
  };
  walk(join(SERVICES, service, 'src'));
  return found;
}

describe('the catalogue of domain event types', () => {
  it.each(Object.entries(DOMAIN_EVENT_TYPES))('lists every type %s publishes, under its own name', (service, types) => {
    const own = [...typesIn(service)].filter((t) => t.startsWith(`${types[0]!.split('.')[0]}.`));
    expect(own.sort()).toEqual([...types].sort());
  });
});
