import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';
import { freePort, freshDatabase, sql } from '@ziba/testing';
import net from 'node:net';
import { openServiceOrm } from '../src/index.ts';

// A service starting while its database is slow to accept connections (a restart, a burst of new
// backends on a loaded machine) must wait for it, not die: CI once lost a whole test file to one
// connection that took longer than the pool's 100 ms wait at start.

class CreateThing extends Migration {
  override up(): void {
    this.addSql('create table thing (id int primary key)');
  }
}
let brokenRuns = 0;
class Broken extends Migration {
  override up(): void {
    brokenRuns += 1;
    this.addSql('create tabel nonsense ()');
  }
}

/** A TCP front for PostgreSQL that holds the first `stall` connections silent, then passes the rest through. */
async function slowFront(target: URL, stall: number) {
  const held: net.Socket[] = [];
  let seen = 0;
  const server = net.createServer((client) => {
    seen += 1;
    if (seen <= stall) {
      held.push(client);
      client.on('error', () => undefined);
      return;
    }
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    connections: () => seen,
    close: async () => {
      for (const s of held) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

let db: Awaited<ReturnType<typeof freshDatabase>>;
let front: Awaited<ReturnType<typeof slowFront>> | undefined;
beforeAll(async () => {
  db = await freshDatabase('reach_db');
});
afterEach(async () => {
  await front?.close();
  front = undefined;
});
afterAll(async () => db?.drop());

describe('reaching the database at start', () => {
  it('waits out connections that time out at start, then opens and migrates', async () => {
    front = await slowFront(new URL(db.url), 3);
    const migrations: MigrationObject[] = [{ name: 'CreateThing', class: CreateThing }];
    const orm = await openServiceOrm({ databaseUrl: front.url, migrations, pool: { max: 2, waitMs: 200 }, migrate: 'on-start' });
    try {
      expect(front.connections()).toBeGreaterThan(3);
      expect(await sql(db.url, 'select name from mikro_orm_migrations')).toEqual([{ name: 'CreateThing' }]);
      expect(await orm.em.fork().execute('select count(*)::int as n from thing')).toEqual([{ n: 0 }]);
    } finally {
      await orm.close();
    }
  });

  it('gives up with the connection error once the database stays out of reach for reachWaitMs', async () => {
    front = await slowFront(new URL(db.url), Number.MAX_SAFE_INTEGER);
    const opening = openServiceOrm({ databaseUrl: front.url, migrations: [], pool: { max: 2, waitMs: 100 }, reachWaitMs: 1_000 });
    await expect(opening).rejects.toThrow(/timeout/i);
    expect(front.connections()).toBeGreaterThan(1);
  });

  it('does not retry what is wrong rather than unavailable: a failing migration fails the start at once', async () => {
    const other = await freshDatabase('reach_db_broken');
    try {
      brokenRuns = 0;
      const opening = openServiceOrm({ databaseUrl: other.url, migrations: [{ name: 'Broken', class: Broken }], pool: { max: 2, waitMs: 2_000 } });
      await expect(opening).rejects.toThrow(/syntax error/);
      expect(brokenRuns).toBe(1);
    } finally {
      await other.drop();
    }
  });
});
