import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrations } from '../api/src/database/migrations';
import { createTestDatabase, type TestDatabase } from './support/database';
import { freePort } from './support/ports';

/**
 * `npm start` as a newcomer runs it: the built API (npm test builds it first) in a child process,
 * stopped with Ctrl-C (SIGINT) or killed outright.
 */
const MAIN = path.join(__dirname, '..', 'api', 'dist', 'main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start` passes --demo (the demo county and its sign-in); a deployment runs main.js without it. */
function start(env: Record<string, string>, args: string[] = ['--demo']): Promise<Started> {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/GraphQL API on (http:\/\/\S+\/graphql)/);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
}

/** Runs main.js to its exit (it is expected to stop by itself); stdout and stderr apart. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, '--demo'], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after 30 s:\n${stdout}${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // Let the pipes drain.
      setImmediate(() => resolve({ code, stdout, stderr }));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}


describe('npm start with DATABASE_URL', () => {
  let db: TestDatabase;
  let keys: string;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    keys = await mkdtemp(path.join(tmpdir(), 'tiaojie-keys-'));
  });
  afterAll(async () => {
    await db.drop();
    await rm(keys, { recursive: true, force: true });
  });

  it('migrates, loads the demo county once, serves GraphQL, and stops cleanly on Ctrl-C', async () => {
    const first = await start({ DATABASE_URL: db.url, DATA_DIR: keys });
    expect(first.output()).toContain(`applied ${migrations.length} migration(s)`);
    expect(first.output()).toMatch(/loaded demo data/);
    const res = await gql(first.url, '{ mediators(first: 1) { totalCount } }');
    expect(res.data.mediators.totalCount).toBeGreaterThan(50);
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);

    const second = await start({ DATABASE_URL: db.url, DATA_DIR: keys });
    expect(second.output()).toMatch(/database schema is up to date/);
    expect(second.output()).not.toMatch(/loaded demo data/);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  });

  it('serves the API without a mini-program build, and /app/ says how to build it', async () => {
    const missing = path.join(keys, 'no-such-h5-build');
    const started = await start({ DATABASE_URL: db.url, DATA_DIR: keys, H5_DIR: missing });
    const res = await gql(started.url, '{ mediators(first: 1) { totalCount } }');
    expect(res.errors).toBeUndefined();
    const app = await fetch(started.url.replace(/\/graphql$/, '/app/'));
    expect(app.status).toBe(404);
    expect(app.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await app.json()).toEqual({ error: expect.stringContaining('npm run build:miniprogram'), hint: 'npm run build:miniprogram' });
    // The log line comes right after the ready line.
    for (let i = 0; i < 50 && !/Mini-program \(H5\) build missing/.test(started.output()); i++) await new Promise((r) => setTimeout(r, 100));
    const lines = started.output().split('\n').filter((line) => /H5/.test(line));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`build missing .*${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*npm run build:miniprogram`))]);
    expect(started.output()).not.toMatch(/ENOENT|^\s+at /m);
    started.child.kill('SIGINT');
    expect(await exited(started.child)).toBe(0);
  });

  it('started as a deployment starts it (no --demo): no demo county and no demo sign-in', async () => {
    const empty = await createTestDatabase({ migrate: false });
    try {
      const started = await start({ DATABASE_URL: empty.url, DATA_DIR: keys }, []);
      expect(started.output()).not.toMatch(/loaded demo data|DEV_LOGIN is on/);
      expect((await gql(started.url, '{ mediators(first: 1) { totalCount } }')).data.mediators.totalCount).toBe(0);
      const dev = await gql(started.url, 'mutation { devLogin(name: "admin") { accessToken } }');
      expect(dev.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      started.child.kill('SIGINT');
      expect(await exited(started.child)).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it('refuses to start with a bad configuration and says which variable is wrong', async () => {
    await expect(start({ DATABASE_URL: db.url, DATA_DIR: keys, PORT: 'eighty' })).rejects.toThrow(/exited with 1[\s\S]*PORT="eighty"/);
  });
});

describe('npm start as root with DATA_DIR where the postgres user cannot go', () => {
  const asRoot = process.getuid?.() === 0;
  let closed: string;
  beforeAll(async () => {
    closed = await mkdtemp(path.join(tmpdir(), 'tiaojie-closed-')); // mode 0700, owned by root
  });
  afterAll(() => rm(closed, { recursive: true, force: true }));

  // Only root hands PostgreSQL to the OS user `postgres`; any other user runs it as itself.
  (asRoot ? it : it.skip)(
    asRoot
      ? 'stops with one line naming the folder and the fix, exit code 1, no stack trace'
      : 'stops with one line naming the folder and the fix (skipped: not running as root, so PostgreSQL runs as this user and can reach its folder)',
    async () => {
      const dataDir = path.join(closed, 'data');
      const { code, stdout, stderr } = await runToExit({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
      expect(code).toBe(1);
      const problem = stderr.trim().split('\n');
      expect(problem).toHaveLength(1);
      expect(problem[0]).toContain(`cannot enter ${closed} (mode 0700)`);
      expect(problem[0]).toContain(`DATA_DIR ${dataDir}`);
      expect(problem[0]).toMatch(/DATA_DIR=\/var\/lib\/tiaojie/);
      expect(`${stdout}${stderr}`).not.toMatch(/^\s*at /m);
      expect(`${stdout}${stderr}`).not.toMatch(/EACCES|Permission denied/);
      expect(existsSync(dataDir)).toBe(false); // nothing was created before the check
    },
  );
});

describe('npm start on the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'tiaojie-start-'));
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'data');
  });
  afterAll(() => rm(path.dirname(dataDir), { recursive: true, force: true }));

  it('survives being killed: the next start stops the orphaned database and keeps what was saved', async () => {
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const first = await start(env);
    expect(first.output()).toMatch(/initialising PostgreSQL cluster/);
    const login = await gql(first.url, 'mutation { devLogin(name: "admin") { accessToken } }');
    const created = await gql(
      first.url,
      'mutation { createCommittee(input: { name: "测试社区人民调解委员会", kind: COMMUNITY, regionCode: "620602001", address: "测试路1号", phone: "0935-1234567" }) { id } }',
      login.data.devLogin.accessToken,
    );
    expect(created.errors).toBeUndefined();
    first.child.kill('SIGKILL'); // no clean-up at all: PostgreSQL keeps running without its parent
    await exited(first.child);
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    const orphanPid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    expect(() => process.kill(orphanPid, 0)).not.toThrow();

    const second = await start(env);
    expect(second.output()).toMatch(/stopping PostgreSQL \(pid \d+\) left running by an earlier unclean exit/);
    const found = await gql(second.url, '{ committees(filter: { search: "测试社区" }) { nodes { id } } }');
    expect(found.data.committees.nodes).toEqual([{ id: created.data.createCommittee.id }]);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(existsSync(pidFile)).toBe(false); // PostgreSQL stopped with it
  });
});
