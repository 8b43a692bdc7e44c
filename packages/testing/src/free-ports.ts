import { readFileSync } from 'node:fs';
import net from 'node:net';

/**
 * Ports for servers a test is about to start. They are picked below the kernel's ephemeral range:
 * a port inside it can be free when checked and taken a moment later as the source port of any
 * outgoing connection (another test's connection to PostgreSQL, say), and the server then fails
 * to listen.
 */
const ephemeralStart = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
})();
const LOWEST = 10_000;
if (ephemeralStart - LOWEST < 1_000)
  throw new Error(`the kernel's ephemeral ports start at ${ephemeralStart}: too low to keep test servers out of them (net.ipv4.ip_local_port_range)`);

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net
      .createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/** The first of `count` consecutive ports, all free right now and all below the ephemeral range. */
export async function freePortBlock(count: number): Promise<number> {
  for (;;) {
    const first = LOWEST + Math.floor(Math.random() * (ephemeralStart - LOWEST - count));
    const ports = Array.from({ length: count }, (_, i) => first + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return first;
  }
}

/** One port, free right now and below the ephemeral range. */
export const freePort = () => freePortBlock(1);
