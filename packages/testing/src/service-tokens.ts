import { randomBytes } from 'node:crypto';

/** Per-run service credentials for tests: generated, never committed. */
export function testServiceTokens(names: string[]): { spec: string; tokenOf: (name: string) => string } {
  const tokens = new Map(names.map((n) => [n, randomBytes(24).toString('hex')]));
  return {
    spec: [...tokens].map(([n, t]) => `${n}=${t}`).join(','),
    tokenOf: (name) => tokens.get(name)!,
  };
}
