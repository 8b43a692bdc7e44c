import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';

/**
 * Real PostgreSQL and RabbitMQ for tests: from TEST_DATABASE_URL / AMQP_URL when set, else the local
 * servers on their default ports, else testcontainers when a Docker engine is available.
 */
const DEFAULT_PG = 'postgresql://postgres@127.0.0.1:5432/postgres';
const DEFAULT_AMQP = 'amqp://guest:guest@127.0.0.1:5672';

let resolved: Promise<{ pgAdminUrl: string; amqpUrl: string }> | null = null;

export function infrastructure(): Promise<{ pgAdminUrl: string; amqpUrl: string }> {
  resolved ??= resolve();
  return resolved;
}

async function resolve(): Promise<{ pgAdminUrl: string; amqpUrl: string }> {
  let pgAdminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_PG;
  let amqpUrl = process.env.AMQP_URL ?? DEFAULT_AMQP;
  // A broker being restarted by a test is back within seconds: wait a little before giving up.
  const pgUp = await reachableWithin(pgAdminUrl, 10_000);
  const amqpUp = await reachableWithin(amqpUrl, 30_000);
  if ((!pgUp || !amqpUp) && dockerAvailable()) {
    const { PostgreSqlContainer, RabbitMqContainer } = await containers();
    if (!pgUp) pgAdminUrl = (await new PostgreSqlContainer('postgres:16-alpine').start()).getConnectionUri();
    if (!amqpUp) amqpUrl = (await new RabbitMqContainer('rabbitmq:3.13-alpine').start()).getAmqpUrl();
  } else if (!pgUp || !amqpUp) {
    throw new Error(`tests need PostgreSQL (${redact(pgAdminUrl)}) and RabbitMQ (${redact(amqpUrl)}); start them (scripts/test does) or install Docker`);
  }
  return { pgAdminUrl, amqpUrl };
}

/** Creates a fresh, empty database for one test file; drop it in afterAll. */
export async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { pgAdminUrl } = await infrastructure();
  const name = `ziba_t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(pgAdminUrl, `create database ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(pgAdminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** Runs SQL against a database directly, as an operator (or attacker) with a psql prompt would. */
export async function sql<T = Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Takes a lock in a transaction of its own and keeps it until the returned function is called, as
 * an operator's long statement or a stuck batch job would: whatever needs the lock waits meanwhile.
 */
export async function holdingLock(databaseUrl: string, lockStatement: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('begin');
  await client.query(lockStatement);
  return async () => {
    try {
      await client.query('commit');
    } finally {
      await client.end();
    }
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  await sql(url, text);
}

async function reachableWithin(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await reachable(url)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol.startsWith('amqp') ? 5672 : 5432));
  return new Promise((res) => {
    const socket = net.connect({ host: u.hostname, port, timeout: 1_000 }, () => {
      socket.destroy();
      res(true);
    });
    socket.on('error', () => res(false));
    socket.on('timeout', () => {
      socket.destroy();
      res(false);
    });
  });
}

function dockerAvailable(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

type Startable = new (image: string) => { start(): Promise<{ getConnectionUri(): string; getAmqpUrl(): string }> };

async function containers(): Promise<{ PostgreSqlContainer: Startable; RabbitMqContainer: Startable }> {
  // Optional dependencies: only machines with Docker need them.
  const [pgMod, rmqMod] = await Promise.all([import('@testcontainers/postgresql' as string), import('@testcontainers/rabbitmq' as string)]);
  return { PostgreSqlContainer: pgMod.PostgreSqlContainer, RabbitMqContainer: rmqMod.RabbitMqContainer };
}

const redact = (url: string): string => url.replace(/\/\/[^@]*@/, '//***@');
