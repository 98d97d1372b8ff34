import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { createOrm } from '../api/src/database/orm';
import { migrations } from '../api/src/database/migrations';
import { PROJECT_ROOT } from '../api/src/config';
import { seedDemoDataIfEmpty } from '../api/src/seed/demo-data';
import { type ApiInstance, apiInstance, missingClusterTools, type PostgresServer, type Proxy, startPostgresServer, startProxy, until } from './support/cluster';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/**
 * Beyond one machine (issue 14): three API instances (`node api/dist/main.js`, production mode)
 * on Debian's PostgreSQL 15 server — not the embedded 18 — behind HAProxy, evidence in an
 * S3-protocol store, every instance running the background jobs. Under write load: one limit
 * across instances, files served by any instance, each notification sent once, SIGKILL losing no
 * acknowledged write (clients retry with their idempotency keys), and a rolling restart that drops
 * no request.
 */
const missing = missingClusterTools();
if (missing) throw new Error(`the cluster test needs ${missing}`);

jest.setTimeout(240_000);
const OUT = path.join(PROJECT_ROOT, 'test-output');
const log: string[] = [];
let pg: PostgresServer;
let s3: S3rver;
let s3dir: string;
let wechat: FakeWeChat;
let instances: ApiInstance[];
let proxy: Proxy;
let sql: <T = any>(text: string, params?: unknown[]) => Promise<T[]>;
let closeOrm: () => Promise<void>;
const PER_USER_CHANGES = 100;

beforeAll(async () => {
  pg = await startPostgresServer(log);
  s3dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-cluster-s3-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: 'tiaojie', configs: [] }] });
  const { port: s3port } = await s3.run();
  wechat = await startFakeWeChat();
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: pg.url,
    AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    WECHAT_APP_ID: 'wx-test-app',
    WECHAT_APP_SECRET: 'wx-test-secret',
    WECHAT_API_BASE: wechat.base,
    TRUSTED_PROXIES: '1',
    FILE_STORE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${s3port}`,
    S3_BUCKET: 'tiaojie',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    LOG_REQUESTS: 'false',
    JOB_INTERVAL_SECONDS: '1',
    SHUTDOWN_DRAIN_SECONDS: '2',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '100000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: String(PER_USER_CHANGES),
  };
  instances = [];
  for (const name of ['a', 'b', 'c']) {
    const dir = await mkdtemp(path.join(tmpdir(), `tiaojie-cluster-${name}-`));
    // Each instance has a disk of its own: what they share is the database and the bucket.
    instances.push(await apiInstance(name, { ...env, DATA_DIR: dir, EVIDENCE_DIR: path.join(dir, 'evidence'), PHOTOS_DIR: path.join(dir, 'photos') }, log));
  }
  // All three at once on the empty database, as a deploy would: they take turns on the migrations.
  await Promise.all(instances.map((i) => i.start()));
  const orm = await createOrm(pg.url);
  sql = (text, params = []) => orm.em.fork().getConnection().execute(text, params);
  closeOrm = () => orm.close();
  await seedDemoDataIfEmpty(orm);
  proxy = await startProxy(instances, log);
}, 240_000);

afterAll(async () => {
  // What the servers said (the last 400 lines), for reading after a failure.
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, 'cluster.log'), `${log.join('\n')}\n`);
  await proxy?.stop();
  await Promise.all((instances ?? []).map((i) => i.stop()));
  await closeOrm?.();
  await pg?.stop();
  await s3?.close();
  await wechat?.close();
  if (s3dir) await rm(s3dir, { recursive: true, force: true });
});


const gql = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
};

const signIn = async (openid: string) => {
  const res = await gql(proxy.url, 'mutation($c: String!) { loginWithWeChat(code: $c) { accessToken } }', { c: `ok:${openid}` });
  if (!res.body.data) throw new Error(`sign-in: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.loginWithWeChat.accessToken as string;
};

const FILE = 'mutation($input: CaseInput!) { fileCase(input: $input) { id } }';
let committeeId: string;
const filing = (key: string) => ({
  input: {
    idempotencyKey: key, disputeType: 'DAMAGES', regionCode: '620602101', committeeId,
    facts: '被申请人倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用 3000 元', amountInvolved: '3000',
    applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明' }],
  },
});

const metric = async (instance: ApiInstance, name: string, labels: string) => {
  const text = await (await fetch(`${instance.origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
};

it('starts three instances at once on an empty PostgreSQL 15 server: each migration applied once', async () => {
  expect(pg.version).toMatch(/^15\./);
  const applied = await sql<{ name: string }>('select name from mikro_orm_migrations order by id');
  expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
  [{ id: committeeId }] = await sql<{ id: string }>("select id::text from committee where name = '黄羊镇人民调解委员会'");
});

it('holds one limit for a person across instances, behind the proxy', async () => {
  const token = await signIn('cluster-limit');
  const change = 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }';
  const before = await Promise.all(instances.map((i) => metric(i, 'tiaojie_http_requests_total', 'route="graphql",status="200"')));
  const statuses = [];
  for (let i = 0; i < PER_USER_CHANGES; i++) statuses.push((await gql(proxy.url, change, {}, token)).status);
  expect(statuses.every((s) => s === 200)).toBe(true);
  const refused = await gql(proxy.url, change, {}, token);
  expect(refused.status).toBe(429);
  expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  // The requests were spread over all three instances, and the limit still held at the total.
  const after = await Promise.all(instances.map((i) => metric(i, 'tiaojie_http_requests_total', 'route="graphql",status="200"')));
  expect(after.map((n, i) => n - before[i]).every((n) => n >= 10)).toBe(true);
  // Another person is not held up.
  expect((await gql(proxy.url, change, {}, await signIn('cluster-other'))).status).toBe(200);
});

it('serves evidence uploaded through one instance from the others', async () => {
  const token = await signIn('cluster-evidence');
  const filed = await gql(proxy.url, FILE, filing(randomUUID()), token);
  const caseId = filed.body.data?.fileCase.id as string;
  expect(caseId).toBeTruthy();
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  const form = new FormData();
  form.append('file', new Blob([png], { type: 'image/png' }), '现场照片.png');
  const uploaded = await fetch(`${instances[0].origin}/cases/${caseId}/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  expect(uploaded.status).toBe(201);
  const { id: evidenceId } = (await uploaded.json()) as { id: string };
  for (const other of instances.slice(1)) {
    const served = await fetch(`${other.origin}/cases/${caseId}/evidence/${evidenceId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  }
});

it('sends each notification once with every instance running the jobs', async () => {
  const openids = Array.from({ length: 10 }, (_, i) => `cluster-notified-${i}`);
  for (const openid of openids) await signIn(openid);
  const users = await sql<{ id: number }>('select id from user_account where openid in (?) order by id', [openids]);
  const sentBefore = wechat.messages.length;
  // 300 due at once: the instances' job runners claim them in batches of 20 with SKIP LOCKED.
  await sql(
    `insert into notification (user_id, kind, summary, next_attempt_at)
     select (array[${users.map((u) => u.id).join(',')}])[1 + n % ${users.length}], 'ACCEPT', '集群通知 ' || n, now() from generate_series(1, 300) n`,
  );
  await until('every notification to be sent', async () => {
    const [{ pending }] = await sql<{ pending: number }>("select count(*)::int as pending from notification where status = 'PENDING' and summary like '集群通知 %'");
    return pending === 0 ? true : undefined;
  }, 60_000);
  const received = wechat.messages.slice(sentBefore).map((m) => m.data.thing1.value).filter((v) => v.startsWith('集群通知'));
  expect(received).toHaveLength(300);
  expect(new Set(received).size).toBe(300);
  const [{ sent }] = await sql<{ sent: number }>("select count(*)::int as sent from notification where status = 'SENT' and summary like '集群通知 %'");
  expect(sent).toBe(300);
  // More than one instance did the sending.
  const runs = await Promise.all(instances.map((i) => metric(i, 'tiaojie_job_runs_total', 'outcome="ok"')));
  expect(runs.every((n) => n > 0)).toBe(true);
});

/** Clients filing through the proxy, each retrying with its idempotency key until acknowledged. */
async function filingLoad(clients: number, stop: () => boolean, options: { retry: boolean; pauseMs: number }) {
  const tokens = await Promise.all(Array.from({ length: clients }, (_, i) => signIn(`cluster-writer-${randomUUID()}-${i}`)));
  const acknowledged = new Map<string, string>(); // key → case id
  const acknowledgedAt: number[] = [];
  const failures: string[] = [];
  let retries = 0;
  await Promise.all(tokens.map(async (token) => {
    for (let n = 0; !stop() && n < PER_USER_CHANGES - 10; n++) {
      const key = randomUUID();
      for (let attempt = 0; ; attempt++) {
        let outcome: string;
        try {
          const res = await gql(proxy.url, FILE, filing(key), token);
          if (res.status === 200 && res.body.data?.fileCase.id) {
            acknowledged.set(key, res.body.data.fileCase.id as string);
            acknowledgedAt.push(Date.now());
            break;
          }
          outcome = `${res.status} ${JSON.stringify(res.body.errors)}`;
        } catch (error) {
          outcome = String(error);
        }
        if (!options.retry || attempt >= 20) {
          failures.push(outcome);
          break;
        }
        retries++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  }));
  return { acknowledged, acknowledgedAt, failures, retries };
}

it('loses no acknowledged write when an instance is killed with SIGKILL: retries with the same key succeed through the others', async () => {
  let killedAt = 0;
  // One filing is half-sent straight to instance b when it dies: the client sees the connection
  // cut, and sends it again through the proxy with the same key.
  const cutKey = randomUUID();
  const cutToken = await signIn('cluster-cut-off');
  const killer = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const body = JSON.stringify({ query: FILE, variables: filing(cutKey) });
    const cut = new Promise<string>((resolve) => {
      const req = http.request(`${instances[1].origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${cutToken}` } }, (res) => {
        resolve(`answered ${res.statusCode}`);
        res.resume();
      });
      req.on('error', (error) => resolve(`cut off: ${(error as NodeJS.ErrnoException).code}`));
      req.write(body.slice(0, 100));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await instances[1].kill();
    killedAt = Date.now();
    return cut;
  })();
  // Load until 3 s after the kill, however slow the machine is.
  const load = await filingLoad(8, () => killedAt > 0 && Date.now() - killedAt > 3_000, { retry: true, pauseMs: 50 }).finally(async () => {
    await killer.catch(() => undefined);
    await instances[1].start(); // back for the tests after this one, whatever happened here
  });
  expect(await killer).toMatch(/^cut off: (ECONNRESET|EPIPE)$/);
  const retried = await gql(proxy.url, FILE, filing(cutKey), cutToken);
  expect(retried.status).toBe(200);
  load.acknowledged.set(cutKey, retried.body.data?.fileCase.id as string);
  expect(killedAt).toBeGreaterThan(0);
  expect(load.failures).toEqual([]);
  // Filings went on being acknowledged before and after the kill, through the other instances.
  expect(load.acknowledgedAt.filter((t) => t < killedAt).length).toBeGreaterThan(0);
  expect(load.acknowledgedAt.filter((t) => t > killedAt).length).toBeGreaterThan(0);
  // Every acknowledged filing is there, once, under its key.
  const keys = [...load.acknowledged.keys()];
  const rows = await sql<{ idempotency_key: string; id: string }>('select idempotency_key, id::text from mediation_case where idempotency_key in (?)', [keys]);
  expect(rows).toHaveLength(keys.length);
  expect(new Map(rows.map((r) => [r.idempotency_key, r.id]))).toEqual(load.acknowledged);
  console.log(`SIGKILL under load: ${load.acknowledged.size} filings acknowledged, ${load.retries} retried by their clients (besides the one cut off), 0 lost`);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // HAProxy takes instance b back after two good checks
});

it('drops no request during a rolling restart (SIGTERM, drain, start again, one instance at a time)', async () => {
  let done = false;
  const exitCodes: (number | null)[] = [];
  const restarts = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const instance of instances) {
      exitCodes.push(await instance.stop());
      await instance.start();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })().finally(() => {
    done = true;
  });
  // No retries by the clients this time: every request must be answered the first time.
  const load = await filingLoad(6, () => done, { retry: false, pauseMs: 250 });
  await restarts;
  expect(exitCodes).toEqual([0, 0, 0]); // each stopped cleanly after its drain
  expect(load.failures).toEqual([]);
  expect(load.acknowledged.size).toBeGreaterThan(10);
  const rows = await sql<{ n: number }>('select count(*)::int as n from mediation_case where idempotency_key in (?)', [[...load.acknowledged.keys()]]);
  expect(rows[0].n).toBe(load.acknowledged.size);
  console.log(`rolling restart of 3 instances: ${load.acknowledged.size} filings, every one answered the first time`);
});
