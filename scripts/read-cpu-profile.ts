// Reads a V8 CPU profile (.cpuprofile, from --cpu-prof) and prints where the process was busy:
// self time by function and by package, counting only the samples taken inside the benchmark's
// timed windows. Usage (scripts/bench read-profile runs it on the project's Node):
//   node scripts/read-cpu-profile.ts <file.cpuprofile> [<windows>] [phase,phase]
// <windows> is a file of "phase startUs endUs" lines (perf-profile.ts, profileWindows): bench e2e's
// <BENCH_CPU_PROF_DIR>/windows.txt or bench ledger's BENCH_WINDOWS; phases pick some of its lines.
// A caveat measured with perf: a system call that wakes another process (a socket write to
// PostgreSQL) is charged here for the time this process then waits for a core, so `writev` and
// `writeBuffer` read larger than the kernel time perf finds.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, windowsFile, phases] = process.argv.slice(2);
if (!file) {
  console.error('usage: scripts/bench read-profile <file.cpuprofile> [<windows>] [phase,phase]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const windows = windowsFile ? readWindows(windowsFile, phases?.split(',')) : null;

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let busy = 0;
let idle = 0;
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  t += dt;
  if (windows && !windows.some(([start, end]) => t >= start && t <= end)) return;
  const frame = nodes.get(id)!.callFrame;
  if (frame.functionName === '(idle)') return void (idle += dt);
  busy += dt;
  add(byFunction, `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`, dt);
  add(byPackage, packageOf(frame), dt);
});

console.log(`busy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms${windows ? ` (inside ${windows.length} windows)` : ''}`);
for (const [title, counts, n] of [
  ['self time by function', byFunction, 40],
  ['self time by package', byPackage, 25],
] as const) {
  console.log(`\n${title}:`);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
}

function readWindows(path: string, wanted?: string[]): Array<[number, number]> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([phase, start, end]) => phase && start && end && (!wanted || wanted.includes(phase)))
    .map(([, start, end]) => [Number(start), Number(end)]);
}

function add(counts: Map<string, number>, key: string, dt: number): void {
  counts.set(key, (counts.get(key) ?? 0) + dt);
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^file:\/\/.*?\/(services|packages|scripts)\//, '$1/');
}

/** The npm package, the project folder (services/x, packages/y) or the runtime part a frame is in. */
function packageOf(frame: ProfileNode['callFrame']): string {
  const url = shortUrl(frame.url);
  if (!url) return frame.functionName || '(native)';
  const parts = url.split('/');
  if (url.startsWith('node:')) return parts[0]!;
  if (/^(services|packages|scripts)\//.test(url)) return parts.slice(0, 2).join('/');
  return parts[0]!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
