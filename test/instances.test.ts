import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { resolveSecrets } from '../api/src/secrets';
import { type ApiServer, startApiServer } from '../api/src/server';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/**
 * Two API instances on one database, as behind a load balancer (issue 14, the first part): the
 * rate limits count a person's requests through both, and the WeChat access token one instance
 * fetches never invalidates the other's (stable_token). In-process; test/cluster.test.ts runs
 * separate processes on a separate PostgreSQL server behind HAProxy.
 */
let api: TestApi;
let second: ApiServer;
let wechat: FakeWeChat;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base, RATE_LIMIT_MUTATIONS_PER_MINUTE: '5' } });
  second = await startApiServer({ orm: api.db.orm, config: api.config, secrets: await resolveSecrets(api.config), wechat: new WeChatClient(api.config.wechat) }, { port: 0, log: () => undefined });
});
afterAll(async () => {
  await second.stop();
  await api.close();
  await wechat.close();
});

const via = async (url: string, query: string, token: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
};

it('counts a person\'s changes through every instance against one limit', async () => {
  const token = await api.login('instances-resident');
  const CHANGE = 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }';
  const answers = [];
  for (const url of [api.server.url, second.url, api.server.url, second.url, api.server.url]) answers.push(await via(url, CHANGE, token));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
  // The sixth, through either instance: the same limit of five a minute, counted in PostgreSQL.
  const sixth = await via(second.url, CHANGE, token);
  expect(sixth.status).toBe(429);
  expect(sixth.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  const rows = await api.sql<{ points: number }>("select points from rate_limit where key like 'change:user:%'");
  expect(rows.some((r) => r.points >= 5)).toBe(true);
});

it('shares one WeChat access token: an instance fetching it never invalidates the other\'s', async () => {
  const issued = wechat.tokensIssued;
  for (const [i, url] of [api.server.url, second.url, api.server.url, second.url].entries()) {
    const token = await api.login(`instances-phone-${i}`);
    await via(url, 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', token);
    const bound = await via(url, `mutation { bindPhoneNumber(code: "phone:1390000000${i}") { phone } }`, token);
    expect(bound.body.errors).toBeUndefined();
  }
  expect(wechat.tokensIssued).toBe(issued + 1);
  // Both instances asked for it (stable_token), and WeChat never rejected a token either of them used.
  expect(wechat.calls.filter((c) => c.path === '/cgi-bin/stable_token').length).toBeGreaterThanOrEqual(2);
  expect(wechat.calls.filter((c) => c.path === '/cgi-bin/token')).toEqual([]);
});

describe('behind a load balancer', () => {
  let behind: TestApi;
  beforeAll(async () => {
    behind = await startTestApi({ demo: false, env: { TRUSTED_PROXIES: '1', RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '3' } });
  });
  afterAll(() => behind.close());

  const signIn = (forwardedFor: string) =>
    fetch(behind.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ query: `mutation { devLogin(name: "lb-${Math.random().toString(36).slice(2, 8)}") { accessToken } }` }) });

  it('counts each client by the address the proxy saw, not one shared limit, and believes nothing a client writes itself', async () => {
    // The proxy appends the address it saw; a client may put anything before it.
    for (let i = 0; i < 3; i++) expect((await signIn('203.0.113.7')).status).toBe(200);
    expect((await signIn('203.0.113.7')).status).toBe(429);
    expect((await signIn('1.2.3.4, 203.0.113.7')).status).toBe(429); // a made-up address in front changes nothing
    expect((await signIn('198.51.100.9')).status).toBe(200); // another client behind the same proxy is not held up
  });
});
