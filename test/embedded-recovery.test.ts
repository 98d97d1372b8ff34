import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './support/ports';

/**
 * The embedded PostgreSQL is killed outright under a stream of writes: the API (the built
 * `npm start` entry point, in a child process) restarts it by itself, answers /healthz again,
 * and loses none of the writes it acknowledged.
 */
const MAIN = path.join(__dirname, '..', 'api', 'dist', 'main.js');


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, log: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; the API's log ends with:\n${log().slice(-3000)}`);
    await sleep(100);
  }
}

describe('the embedded PostgreSQL is supervised', () => {
  let parent: string;
  let dataDir: string;
  let child: ChildProcess | undefined;
  let output = '';
  const pidFile = () => path.join(dataDir, 'postgres', 'postmaster.pid');
  const postmasterPid = async () => (existsSync(pidFile()) ? Number((await readFile(pidFile(), 'utf8')).split('\n')[0]) : undefined);

  beforeAll(async () => {
    // mkdtemp makes it 0700; as root, PostgreSQL runs as the OS user `postgres`, which must enter it.
    parent = await mkdtemp(path.join(tmpdir(), 'tiaojie-recovery-'));
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'data');
  });

  afterAll(async () => {
    // Whatever happened above: no API and no PostgreSQL left running.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
    const pid = await postmasterPid().catch(() => undefined);
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    }
    await rm(parent, { recursive: true, force: true });
  });

  it('restarts PostgreSQL after a SIGKILL, /healthz recovers by itself, and every acknowledged write is kept', async () => {
    const pgPort = await freePort();
    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        PORT: '0',
        LOG_REQUESTS: 'false',
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        H5_DIR: path.join(parent, 'no-h5-build'),
        SEED_DEMO_DATA: 'false',
        DEV_LOGIN: 'true',
        RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
        RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
        RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = child;
    proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const log = () => output;

    const url = await until(
      'GraphQL API ready',
      () => {
        if (proc.exitCode !== null) throw new Error(`exited with ${proc.exitCode} before ready:\n${output}`);
        return output.match(/GraphQL API on (http:\/\/\S+\/graphql)/)?.[1];
      },
      30_000,
      log,
    );
    const base = url.replace(/\/graphql$/, '');
    const healthy = async () => {
      try {
        return (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) })).status === 200 ? true : undefined;
      } catch {
        return undefined;
      }
    };
    expect(await healthy()).toBe(true);

    // One user account per write: devLogin(name) creates it; only an HTTP 200 with data is an acknowledgement.
    const acknowledged: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const name = `u${n}`;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `mutation { devLogin(name: "${name}") { accessToken } }` }),
            signal: AbortSignal.timeout(10_000),
          });
          const body = (await res.json()) as { data?: { devLogin?: { accessToken?: string } } };
          if (res.status === 200 && body.data?.devLogin?.accessToken) acknowledged.push(name);
          else await sleep(20); // refused while the database is down: do not spin
        } catch {
          await sleep(50); // refused or timed out: not acknowledged
        }
      }
    })();

    await until('writes before the kill', () => (acknowledged.length >= 20 ? true : undefined), 15_000, log);
    const killedPid = await postmasterPid();
    expect(killedPid).toBeGreaterThan(0);
    const beforeKill = acknowledged.length;
    process.kill(killedPid!, 'SIGKILL');
    const killedAt = Date.now();

    await until('PostgreSQL reported down', () => (/exited unexpectedly/.test(output) ? true : undefined), 5_000, log);
    await until('/healthz 200 again', healthy, 15_000, log);
    const recoveredMs = Date.now() - killedAt;
    // Writes go through the same pool again (stale connections are dropped, not reused).
    const afterRecovery = acknowledged.length;
    await until('writes after the restart', () => (acknowledged.length >= afterRecovery + 20 ? true : undefined), 10_000, log);
    writing = false;
    await writer;

    console.log(`PostgreSQL killed with SIGKILL: /healthz answered 200 again after ${recoveredMs} ms`);
    expect(recoveredMs).toBeLessThan(15_000);
    expect(acknowledged.length).toBeGreaterThan(beforeKill + 20);
    expect(output).toMatch(new RegExp(`\\[tiaojie\\] PostgreSQL \\(pid ${killedPid}\\) exited unexpectedly \\(signal SIGKILL\\); restarting it in 0\\.5 s`));
    expect(output).toMatch(/\[tiaojie\] PostgreSQL restarted \(pid \d+\), [\d.]+ s after it went down/);
    const restartedPid = await postmasterPid();
    expect(restartedPid).not.toBe(killedPid);
    expect(isAlive(killedPid!)).toBe(false);

    // Straight from the cluster, with the password the API keeps in DATA_DIR.
    const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
    const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'tiaojie' });
    await client.connect();
    try {
      const { rows } = await client.query<{ openid: string }>('select openid from user_account where openid = any($1)', [acknowledged.map((name) => `dev:${name}`)]);
      const found = new Set(rows.map((row) => row.openid));
      expect(acknowledged.filter((name) => !found.has(`dev:${name}`))).toEqual([]);
    } finally {
      await client.end();
    }

    proc.kill('SIGINT');
    expect(await exited(proc)).toBe(0);
    expect(existsSync(pidFile())).toBe(false); // PostgreSQL stopped with it
    expect(isAlive(restartedPid!)).toBe(false);
  }, 60_000);
});
