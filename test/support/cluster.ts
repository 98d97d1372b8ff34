import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../api/src/config';
import { freePort } from './ports';

/**
 * The pieces of a deployment beyond one machine, from Debian's packages (`.ci/run` installs them):
 * a PostgreSQL server of its own (15, not the embedded 18), API instances as separate processes
 * (`node api/dist/main.js`, as deployed), and HAProxy in front.
 */
const PG_BIN = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].find((dir) => existsSync(path.join(dir, 'postgres')));
const HAPROXY = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));

export function missingClusterTools(): string | null {
  if (!PG_BIN) return "Debian's postgresql (apt-get install postgresql; .ci/run installs it)";
  if (!HAPROXY) return "Debian's haproxy (apt-get install haproxy; .ci/run installs it)";
  return null;
}

/** Waits until `probe` returns something, or fails naming `what`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Gone already: exited, or killed by a signal (then exitCode stays null and no 'exit' will come again). */
const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Output kept for the failure message. */
function capture(child: ChildProcess, into: string[], prefix: string) {
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) into.push(`${prefix} ${line}`);
    if (into.length > 400) into.splice(0, into.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
}

export interface PostgresServer {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/** A PostgreSQL server from Debian's package in a folder of its own, on 127.0.0.1, run as `postgres` when we are root. */
export async function startPostgresServer(log: string[]): Promise<PostgresServer> {
  const root = await mkdtemp('/tmp/tiaojie-cluster-pg-');
  await chmod(root, 0o755);
  const data = path.join(root, 'data');
  await mkdir(data);
  const asPostgres: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    asPostgres.uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    asPostgres.gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(root, asPostgres.uid, asPostgres.gid);
    await chown(data, asPostgres.uid, asPostgres.gid);
  }
  execFileSync(path.join(PG_BIN!, 'initdb'), ['-D', data, '-U', 'tiaojie', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { ...asPostgres, stdio: 'pipe' });
  const port = await freePort();
  const server = spawn(path.join(PG_BIN!, 'postgres'), ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'], { ...asPostgres, stdio: 'pipe' });
  capture(server, log, '[postgres]');
  const admin = `postgres://tiaojie@127.0.0.1:${port}/postgres`;
  const version = await until('PostgreSQL to accept connections', async () => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query('create database tiaojie');
      return (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
    } finally {
      await client.end();
    }
  });
  return {
    url: `postgres://tiaojie@127.0.0.1:${port}/tiaojie`,
    version,
    async stop() {
      await new Promise<void>((resolve) => {
        if (exited(server)) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGINT'); // fast shutdown
      });
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface ApiInstance {
  name: string;
  port: number;
  origin: string;
  child?: ChildProcess;
  /** Starts (or starts again) `node api/dist/main.js`; resolves when /readyz says ready. */
  start(): Promise<void>;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export async function apiInstance(name: string, env: Record<string, string>, log: string[]): Promise<ApiInstance> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const instance: ApiInstance = {
    name,
    port,
    origin,
    async start() {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'api/dist/main.js')], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: 'pipe',
      });
      instance.child = child;
      capture(child, log, `[${name}]`);
      await until(`${name} to be ready`, async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
        return (await fetch(`${origin}/readyz`)).status === 200 ? true : undefined;
      }, 60_000);
    },
    async stop() {
      const child = instance.child;
      if (!child || exited(child)) return child?.exitCode ?? null;
      return new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      });
    },
    async kill() {
      const child = instance.child;
      if (!child || exited(child)) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      });
    },
  };
  return instance;
}

export interface Proxy {
  url: string;
  stop(): Promise<void>;
}

/**
 * HAProxy in front of the instances: round robin, health checks on /readyz every 300 ms (two
 * failures take an instance out, two successes bring it back), X-Forwarded-For, and a request whose
 * connection to an instance fails is sent to another (it never reached the first). No server-side
 * keep-alive: a connection an instance closes while draining is never reused.
 */
export async function startProxy(instances: ApiInstance[], log: string[]): Promise<Proxy> {
  const dir = await mkdtemp('/tmp/tiaojie-cluster-proxy-');
  const port = await freePort();
  const config = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  retries 3',
    '  option redispatch 1',
    // Only requests that never reached an instance are resent; one cut off in flight is answered 502
    // and the client retries it with its idempotency key.
    '  retry-on conn-failure',
    '  http-reuse never',
    '  option forwardfor',
    'frontend web',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    // Two failed checks take an instance out (well inside its 2 s drain), and a check may take up to
    // 2 s: on a loaded machine a slow answer is not a dead instance (200 ms checks once marked all three down).
    '  timeout check 2s',
    '  default-server inter 300ms fall 2 rise 2',
    ...instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check`),
    '',
  ].join('\n');
  const file = path.join(dir, 'haproxy.cfg');
  await writeFile(file, config);
  const proxy = spawn(HAPROXY!, ['-f', file, '-db'], { stdio: 'pipe' });
  capture(proxy, log, '[haproxy]');
  const url = `http://127.0.0.1:${port}`;
  await until('HAProxy to pass requests on', async () => ((await fetch(`${url}/livez`)).status === 200 ? true : undefined));
  return {
    url,
    async stop() {
      await new Promise<void>((resolve) => {
        if (exited(proxy)) return resolve();
        proxy.once('exit', () => resolve());
        proxy.kill('SIGTERM');
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
