// Where the demo goes and as whom: flags, then the environment, then the stack scripts/up started
// from this checkout (its run directory holds the gateway's address and the bootstrap admin login).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runDirectory, type StackState } from '../stack-state.ts';
import { DEFAULT_SEED } from './seeded.ts';

export const USAGE = `usage: scripts/demo [options]

Fills a running stack (scripts/up) with a deterministic fortnight of demo data through the REST API:
riders, drivers and restaurants in NG, US and BD, rides, parcels, food orders, settlements, a weekly
netting and payouts in every state. Running it again with the same seed adds nothing.

  --url URL              the gateway (DEMO_GATEWAY_URL; default: the stack of ${runDirectory()},
                         else http://127.0.0.1:8080)
  --admin-email EMAIL    an admin with every permission (DEMO_ADMIN_EMAIL; default: the bootstrap
  --admin-password PW    admin of dev-secrets.json in the run directory; DEMO_ADMIN_PASSWORD)
  --seed SEED            names a different data set (DEMO_SEED; default ${DEFAULT_SEED})
  --all-logins           print every demo account's login, not one of each kind`;

export interface DemoOptions {
  /** scripts/up's run directory, where the defaults come from. */
  runDir: string;
  gatewayUrl: string;
  adminEmail: string;
  adminPassword: string;
  seed: string;
  allLogins: boolean;
  help: boolean;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

export function demoOptions(argv: string[], env: NodeJS.ProcessEnv): DemoOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-password': { type: 'string' },
      seed: { type: 'string' },
      'all-logins': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const runDir = runDirectory();
  const stack = readJson<StackState>(join(runDir, 'stack.json'));
  const secrets = readJson<{ adminEmail?: string; adminPassword?: string }>(join(runDir, 'dev-secrets.json'));
  return {
    runDir,
    gatewayUrl: (values.url ?? env.DEMO_GATEWAY_URL ?? stack?.gatewayUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, ''),
    adminEmail: values['admin-email'] ?? env.DEMO_ADMIN_EMAIL ?? secrets?.adminEmail ?? '',
    adminPassword: values['admin-password'] ?? env.DEMO_ADMIN_PASSWORD ?? secrets?.adminPassword ?? '',
    seed: values.seed ?? env.DEMO_SEED ?? DEFAULT_SEED,
    allLogins: values['all-logins'] ?? false,
    help: values.help ?? false,
  };
}
