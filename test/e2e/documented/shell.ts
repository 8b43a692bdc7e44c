import { spawn } from 'node:child_process';

export interface ShellRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and keeps what it printed (no shell unless `command` is one). */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ShellRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A pasted block as bash runs it, stopping at the first failing command (a missing tool such as
 * uuidgen, a failing scripts/admin), which an interactive paste would scroll past.
 */
export const runPasted = (block: string, options: { cwd: string; env: NodeJS.ProcessEnv }) => run('bash', ['-e', '-o', 'pipefail', '-c', block], options);

/** The PATH of a fresh Debian: the block may use only what the system has (curl, sed, grep, date). */
export const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';
