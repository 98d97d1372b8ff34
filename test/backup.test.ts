import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './support/ports';

/**
 * Backups that restore (issue 14), as an operator runs them: the service (the built API on its
 * embedded PostgreSQL) archives every WAL segment; `npm run backup` takes a base backup with the
 * evidence; more writes are acknowledged; the cluster's disk is lost; `npm run restore` puts the
 * backup back and replays the archive; the service starts with every acknowledged write and file.
 */
jest.setTimeout(180_000);
const run = promisify(execFile);
const DIST = path.join(__dirname, '..', 'api', 'dist');
let parent: string;
let dataDir: string;
let env: Record<string, string>;
let service: ChildProcess | null = null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the API and resolves its GraphQL address once it is ready. */
async function startService(): Promise<string> {
  let output = '';
  const child = spawn(process.execPath, [path.join(DIST, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  service = child;
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  for (let i = 0; i < 300; i++) {
    const url = /GraphQL API on (http:\/\/\S+\/graphql)/.exec(output)?.[1];
    if (url) return url;
    if (child.exitCode !== null) throw new Error(`the API exited:\n${output}`);
    await sleep(100);
  }
  throw new Error(`the API did not start:\n${output.slice(-2000)}`);
}
async function stopService() {
  const child = service;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  service = null;
}
/** An acknowledged write: a new account through the API (only an answer with data counts). */
async function write(url: string, name: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { devLogin(name: "${name}") { accessToken } }` }) });
  const body = (await res.json()) as { data?: { devLogin?: { accessToken?: string } } };
  expect(body.data?.devLogin?.accessToken).toBeTruthy();
}
async function sql<T>(database: string, text: string): Promise<T[]> {
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  const client = new Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${database}` });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // mkdtemp makes it 0700; as root, PostgreSQL runs as the OS user `postgres`, which must enter it.
  parent = await mkdtemp(path.join(tmpdir(), 'tiaojie-backup-'));
  await chmod(parent, 0o755);
  dataDir = path.join(parent, 'data');
  env = {
    PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', LOG_REQUESTS: 'false', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()),
    H5_DIR: path.join(parent, 'no-h5-build'), SEED_DEMO_DATA: 'false', DEV_LOGIN: 'true', JOBS_ENABLED: 'false',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000', RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000', RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '1000000',
  };
});
afterAll(async () => {
  await stopService();
  await rm(parent, { recursive: true, force: true });
});

it('brings back every acknowledged write and every file after the cluster is lost', async () => {
  const url = await startService();
  await write(url, 'before-1');
  await write(url, 'before-2');
  await mkdir(path.join(dataDir, 'evidence', 'ab'), { recursive: true });
  await writeFile(path.join(dataDir, 'evidence', 'ab', 'ab-before'), 'photo before');

  const backup = await run(process.execPath, [path.join(DIST, 'tools', 'backup.js')], { env });
  expect(backup.stdout).toMatch(/已备份到 .*base-\d{8}-\d{6}/);

  await write(url, 'after-1');
  await write(url, 'after-2');
  await writeFile(path.join(dataDir, 'evidence', 'ab', 'ab-after'), 'photo after');
  // What archive_timeout (60 s) does on a busy server: the segment with these writes is finished and archived.
  await sql('postgres', 'select pg_switch_wal()');
  for (let i = 0; i < 100 && (await sql<{ n: number }>('postgres', 'select archived_count::int as n from pg_stat_archiver'))[0].n < 2; i++) await sleep(100);

  // Restoring under a running service is refused.
  const refused = await run(process.execPath, [path.join(DIST, 'tools', 'restore.js')], { env }).catch((e: { code: number; stderr: string }) => e);
  expect((refused as { stderr: string }).stderr).toContain('stop the service first');

  await stopService();
  await rm(path.join(dataDir, 'postgres'), { recursive: true, force: true }); // the cluster's disk is lost

  const restored = await run(process.execPath, [path.join(DIST, 'tools', 'restore.js')], { env });
  expect(restored.stdout).toContain('已从');
  const again = await startService();
  const accounts = await sql<{ openid: string }>('tiaojie', "select openid from user_account where openid like 'dev:%' order by id");
  expect(accounts.map((a) => a.openid)).toEqual(['dev:before-1', 'dev:before-2', 'dev:after-1', 'dev:after-2']);
  await write(again, 'after-restore'); // writable: recovery ended and the cluster was promoted
  expect(await readFile(path.join(dataDir, 'evidence', 'ab', 'ab-before'), 'utf8')).toBe('photo before');
  expect(await readFile(path.join(dataDir, 'evidence', 'ab', 'ab-after'), 'utf8')).toBe('photo after');
});
