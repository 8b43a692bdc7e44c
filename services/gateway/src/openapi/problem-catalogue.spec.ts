import { describe, expect, it } from '@jest/globals';
import { ERROR_KINDS, type ErrorKind } from '@ziba/service-kit/errors';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS } from './problem-catalogue.ts';

const ROOT = join(import.meta.dirname, '../../../..');

/** Every `new AppError('KIND', 'CODE'` in the services' and packages' sources (tests excluded). */
function raisedCodes(): Map<string, Set<number>> {
  const found = new Map<string, Set<number>>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'gen') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/new AppError\('([A-Z_]+)', '([A-Z_]+)'/g)) {
          const statuses = found.get(m[2]!) ?? new Set<number>();
          statuses.add(ERROR_KINDS[m[1] as ErrorKind]);
          found.set(m[2]!, statuses);
        }
      }
    }
  };
  for (const top of ['services', 'packages']) for (const name of readdirSync(join(ROOT, top))) walk(join(ROOT, top, name, 'src'));
  return found;
}

describe('the problem catalogue (/docs/problems)', () => {
  it('explains every code a service raises, with a status it is raised with', () => {
    const raised = raisedCodes();
    expect(raised.size).toBeGreaterThan(80);
    const missing = [...raised.keys()].filter((code) => !PROBLEMS[code]);
    expect(missing).toEqual([]);
    const wrongStatus = [...raised].filter(([code, statuses]) => !statuses.has(PROBLEMS[code]!.status)).map(([code]) => code);
    expect(wrongStatus).toEqual([]);
  });

  it('explains the codes the gateway itself answers with', () => {
    const gateway = readFileSync(join(ROOT, 'services/gateway/src/plugins/problem.ts'), 'utf8');
    const codes = [...gateway.matchAll(/'([A-Z][A-Z_]{3,})'/g)].map((m) => m[1]!);
    expect(codes).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'RATE_LIMITED', 'ROUTE_NOT_FOUND']));
    expect(codes.filter((c) => !/^(FST|HPE)_/.test(c) && !PROBLEMS[c] && !(c in ERROR_KINDS))).toEqual([]);
  });
});
