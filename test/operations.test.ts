import http from 'node:http';
import { Client } from 'pg';
import { JobRunner } from '../api/src/jobs/job-runner';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/**
 * What an operator runs the service by (issue 14): Prometheus metrics, readiness apart from
 * liveness, and a shutdown that lets the load balancer move away, finishes what it accepted and
 * leaves unsent notifications to the other instances.
 */
let api: TestApi;
let wechat: FakeWeChat;
beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ env: { RATE_LIMIT_LOGIN_PER_MINUTE: '3', WECHAT_API_BASE: wechat.base } });
  // The one WeChat account of these tests (the shutdown test sends it notifications): the first of three sign-ins this minute.
  const signedIn = await api.gql('mutation { loginWithWeChat(code: "ok:openid-shutdown") { accessToken } }');
  expect(signedIn.data?.loginWithWeChat.accessToken).toBeTruthy();
});
afterAll(async () => {
  await api?.close();
  await wechat?.close();
});

const base = () => api.server.url.replace(/\/graphql$/, '');

async function scrape(headers: Record<string, string> = {}, at = base()) {
  const response = await fetch(`${at}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** One sample's value from the text format (0 when the series does not exist yet). */
function sample(text: string, name: string, labels: Record<string, string> = {}) {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',').filter(Boolean);
    if (want.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

describe('metrics', () => {
  it('counts operations, their outcome and latency, errors by code and HTTP requests by route', async () => {
    const before = (await scrape()).text;
    for (let i = 0; i < 3; i++) expect((await api.gql('{ disputeTypes { code } }')).data.disputeTypes.length).toBeGreaterThan(0);
    expect((await api.gql('{ noSuchField }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const forbidden = await api.gql('{ me { id } }');
    expect(forbidden.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await scrape();
    expect(after.status).toBe(200);
    expect(after.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const delta = (name: string, labels: Record<string, string>) => sample(after.text, name, labels) - sample(before, name, labels);
    expect(delta('tiaojie_graphql_operation_duration_seconds_count', { operation: 'query.disputeTypes', outcome: 'ok' })).toBe(3);
    expect(delta('tiaojie_graphql_operation_duration_seconds_count', { operation: 'invalid', outcome: 'error' })).toBe(1);
    expect(delta('tiaojie_graphql_operation_duration_seconds_count', { operation: 'query.me', outcome: 'error' })).toBe(1);
    expect(delta('tiaojie_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('tiaojie_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    // The disputeTypes queries took some time, within the histogram's largest finite bucket.
    expect(delta('tiaojie_graphql_operation_duration_seconds_sum', { operation: 'query.disputeTypes', outcome: 'ok' })).toBeGreaterThan(0);
    expect(delta('tiaojie_graphql_operation_duration_seconds_bucket', { operation: 'query.disputeTypes', outcome: 'ok', le: '10' })).toBe(3);
    // Five GraphQL answers with 200 (validation failures are 400), and the first scrape.
    expect(delta('tiaojie_http_requests_total', { route: 'graphql', status: '200' })).toBe(4);
    expect(delta('tiaojie_http_requests_total', { route: 'graphql', status: '400' })).toBe(1);
    expect(delta('tiaojie_http_requests_total', { route: 'metrics', status: '200' })).toBe(1);
  });

  it('counts rate-limit refusals by the limit that refused', async () => {
    const before = (await scrape()).text;
    const attempts = [];
    // Three sign-ins a minute from one address; the WeChat one in beforeAll was the first.
    for (let i = 0; i < 3; i++) attempts.push(await api.gql('mutation { devLogin(name: "metrics-user") { accessToken } }'));
    expect(attempts.slice(0, 2).every((a) => a.data?.devLogin.accessToken)).toBe(true);
    expect(attempts[2].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const after = (await scrape()).text;
    expect(sample(after, 'tiaojie_rate_limited_total', { kind: 'login' }) - sample(before, 'tiaojie_rate_limited_total', { kind: 'login' })).toBe(1);
    expect(sample(after, 'tiaojie_graphql_errors_total', { code: 'RATE_LIMITED' }) - sample(before, 'tiaojie_graphql_errors_total', { code: 'RATE_LIMITED' })).toBe(1);
  });

  it('reports the database pool and the notification outbox: how many are due and how long the oldest has waited', async () => {
    const [user] = await api.sql("select id from user_account where openid like 'dev:%' order by id limit 1");
    await api.sql('delete from notification');
    await api.sql(
      `insert into notification (user_id, kind, summary, next_attempt_at)
       values (?, 'ACCEPT', '已受理', now() - interval '300 seconds'), (?, 'ACCEPT', '已受理', now() - interval '10 seconds'), (?, 'ACCEPT', '已受理', now() + interval '1 hour')`,
      [user.id, user.id, user.id],
    );
    const { text } = await scrape();
    expect(sample(text, 'tiaojie_outbox_due')).toBe(2);
    expect(sample(text, 'tiaojie_outbox_oldest_due_seconds')).toBeGreaterThanOrEqual(300);
    expect(sample(text, 'tiaojie_outbox_oldest_due_seconds')).toBeLessThan(400);
    expect(sample(text, 'tiaojie_db_pool_connections', { state: 'max' })).toBeGreaterThan(0);
    expect(text).toMatch(/^tiaojie_db_pool_connections\{state="used"\} \d+$/m);
    await api.sql('delete from notification');
    expect(sample((await scrape()).text, 'tiaojie_outbox_oldest_due_seconds')).toBe(0);
  });

  it('answers only this machine, or whoever holds METRICS_TOKEN', async () => {
    // A request that came through a proxy is from outside, even though the proxy's socket is local.
    const proxied = await scrape({ 'x-forwarded-for': '203.0.113.9' });
    expect(proxied.status).toBe(403);
    expect(proxied.text).not.toContain('tiaojie_');
    const token = 'metrics-token-'.padEnd(40, 'x');
    const guarded = await startTestApi({ env: { METRICS_TOKEN: token } });
    try {
      const at = guarded.server.url.replace(/\/graphql$/, '');
      expect((await scrape({}, at)).status).toBe(403);
      expect((await scrape({ authorization: `Bearer ${token.slice(0, -1)}y` }, at)).status).toBe(403);
      const allowed = await scrape({ authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' }, at);
      expect(allowed.status).toBe(200);
      expect(allowed.text).toContain('tiaojie_http_requests_total');
    } finally {
      await guarded.close();
    }
  });
});

describe('readiness and graceful shutdown', () => {
  it('says not ready while draining, still serves, finishes the request in flight, then stops listening', async () => {
    const instance = await startTestApi({ env: { SHUTDOWN_DRAIN_SECONDS: '1' } });
    const at = instance.server.url.replace(/\/graphql$/, '');
    try {
      expect(await (await fetch(`${at}/readyz`)).json()).toEqual({ status: 'ok', database: 'ok' });
      // A request whose body is still arriving when the shutdown starts.
      const body = JSON.stringify({ query: '{ disputeTypes { code } }' });
      const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(instance.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => req.end(body.slice(10)), 1_500); // past the drain: the listener is closed by then
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopped = instance.server.stop();
      const ready = await fetch(`${at}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'draining' });
      expect((await fetch(`${at}/livez`)).status).toBe(200);
      // New work is still served while the load balancer moves away, on connections that then close.
      const during = await fetch(instance.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(during.status).toBe(200);
      expect(during.headers.get('connection')).toBe('close');
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(JSON.parse(finished.text).data.disputeTypes.length).toBeGreaterThan(0);
      await stopped;
      await expect(fetch(`${at}/livez`)).rejects.toThrow();
    } finally {
      await instance.close();
    }
  });

  it('lets a request whose caller hung up finish before it stops: its work is not cut off when the database closes', async () => {
    const logged: Record<string, unknown>[] = [];
    const instance = await startTestApi({ env: { LOG_REQUESTS: 'true' }, log: (entry) => void logged.push(entry) });
    const blocker = new Client({ connectionString: instance.db.url });
    await blocker.connect();
    try {
      // The request waits on a lock this test holds, while its caller gives up on it.
      await blocker.query('begin');
      await blocker.query('lock table dispute_type in access exclusive mode');
      const body = JSON.stringify({ query: '{ disputeTypes { code } }' });
      const req = http.request(instance.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      req.on('error', () => undefined);
      req.end(body);
      while (!(await blocker.query("select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")).rowCount) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      req.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      let stoppedAt = 0;
      const stopped = instance.server.stop().then(() => (stoppedAt = Date.now()));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stoppedAt).toBe(0); // still waiting for the request
      const releasedAt = Date.now();
      await blocker.query('rollback');
      await stopped;
      expect(stoppedAt).toBeGreaterThanOrEqual(releasedAt);
      // It ran to its end (and was logged as every request is), with no internal error.
      expect(logged.filter((e) => e.method === 'POST' && e.path === '/graphql')).toHaveLength(1);
      expect(logged.filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      await blocker.end();
      await instance.close();
    }
  });

  it('ends the job pass after the batch in hand: its notifications are recorded as sent, the rest stay due for another instance', async () => {
    const [user] = await api.sql("select id from user_account where openid = 'openid-shutdown'");
    await api.sql('delete from notification');
    await api.sql(`insert into notification (user_id, kind, summary, next_attempt_at) select ?, 'ACCEPT', '已受理 ' || n, now() - interval '1 minute' from generate_series(1, 50) n`, [user.id]);
    const runner = new JobRunner({ orm: api.db.orm, wechat: new WeChatClient(api.config.wechat), config: api.config, metrics: api.server.metrics });
    let stopping: Promise<void> | undefined;
    wechat.onMessage = () => {
      stopping ??= runner.stop(); // the shutdown arrives while the first batch is being sent
    };
    const sentBefore = wechat.messages.length;
    runner.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    while (!stopping) await new Promise((resolve) => setTimeout(resolve, 20));
    await stopping;
    wechat.onMessage = undefined;
    const rows = await api.sql<{ status: string; n: string }>('select status, count(*) as n from notification where user_id = ? group by status order by status', [user.id]);
    expect(rows).toEqual([
      { status: 'PENDING', n: '30' },
      { status: 'SENT', n: '20' },
    ]);
    expect(wechat.messages.length - sentBefore).toBe(20);
    // Nothing is left claimed: another instance can take every remaining row at once.
    const claimable = await api.db.orm.em.fork().transactional((tx) =>
      tx.getConnection().execute("select id from notification where status = 'PENDING' and user_id = ? for update nowait", [user.id], 'all', tx.getTransactionContext()),
    );
    expect(claimable).toHaveLength(30);
    const { text } = await scrape();
    expect(sample(text, 'tiaojie_job_runs_total', { outcome: 'ok' })).toBe(1);
    expect(sample(text, 'tiaojie_job_last_run_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  });
});
