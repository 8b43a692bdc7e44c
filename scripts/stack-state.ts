// What a running `scripts/up` stack is (its process, gateway and databases), written into its run
// directory, so commands such as scripts/admin reach that stack with no environment of their own.
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stack.ts';

export interface StackState {
  /** scripts/up's process: the stack runs while it does. */
  pid: number;
  gatewayUrl: string;
  /** Each service's own database, by service name. */
  databaseUrls: Record<string, string>;
  /** The broker and the stack's consumer queues (scripts/check-invariants reads them; absent in older files). */
  amqpUrl?: string;
  consumerQueues?: string[];
  /** The gateway's Redis and key prefix, where scripts/admin ends an admin's tokens (absent in older files). */
  redis?: { url: string; keyPrefix: string };
}

/** `.run/` of the checkout; ZIBA_RUN_DIR moves it (a second stack, e.g. in tests, keeps its own). */
export const runDirectory = (): string => process.env.ZIBA_RUN_DIR ?? join(ROOT, '.run');

const stateFile = (runDir: string) => join(runDir, 'stack.json');

export function writeStackState(runDir: string, state: StackState): void {
  // The database URLs may carry a password: readable by this user only, like dev-secrets.json.
  writeFileSync(stateFile(runDir), JSON.stringify(state, null, 2), { mode: 0o600 });
  chmodSync(stateFile(runDir), 0o600);
}

/** Removes the state when it is this process's (a newer stack in the same directory keeps its own). */
export function removeStackState(runDir: string, pid: number): void {
  const file = stateFile(runDir);
  if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as StackState).pid === pid) rmSync(file);
}

export class StackNotRunning extends Error {}

/** The stack scripts/up started from this run directory as it wrote it down, running or not (its databases outlive it). */
export function storedStack(runDir: string = runDirectory()): StackState & { running: boolean } {
  const file = stateFile(runDir);
  if (!existsSync(file)) throw new StackNotRunning(`no stack is running (no ${file}): start one with scripts/up`);
  const state = JSON.parse(readFileSync(file, 'utf8')) as StackState;
  return { ...state, running: processAlive(state.pid) };
}

/** The stack scripts/up started from this run directory, checked to be running and ready. */
export async function runningStack(runDir: string = runDirectory()): Promise<StackState> {
  const file = stateFile(runDir);
  if (!existsSync(file)) throw new StackNotRunning(`no stack is running (no ${file}): start one with scripts/up`);
  const state = JSON.parse(readFileSync(file, 'utf8')) as StackState;
  if (!processAlive(state.pid)) throw new StackNotRunning(`the stack scripts/up started (pid ${state.pid}) has stopped: start it again with scripts/up`);
  const ready = await fetch(`${state.gatewayUrl}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) throw new StackNotRunning(`the stack at ${state.gatewayUrl} is not ready yet (scripts/up is still starting, or see ${join(runDir, 'logs')})`);
  return state;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
