import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../api/src/config';
import { WeChatClient } from '../../api/src/modules/identity/wechat.client';
import { resolveSecrets } from '../../api/src/secrets';
import { startApiServer, type ApiServer, type Logger } from '../../api/src/server';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
  headers: Headers;
}

export interface TestApi {
  db: TestDatabase;
  server: ApiServer;
  config: Config;
  /** As anonymous, or with a bearer token. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in through the development login and returns the access token. */
  login(name: string): Promise<string>;
  /** Plain SQL against the test database, for setting up and checking what the API cannot show. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The real HTTP server on 127.0.0.1 (random port) over a fresh test database. */
export async function startTestApi(options: { demo?: boolean; env?: Record<string, string>; log?: Logger } = {}): Promise<TestApi> {
  const db = await createTestDatabase({ demo: options.demo ?? true });
  const files = await mkdtemp(path.join(tmpdir(), 'tiaojie-test-files-'));
  const production = options.env?.NODE_ENV === 'production';
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_REQUESTS: 'false',
    DEV_LOGIN: production ? 'false' : 'true',
    WECHAT_APP_ID: 'wx-test-app',
    WECHAT_APP_SECRET: 'wx-test-secret',
    // Nothing listens there: a test that needs WeChat starts the fake and passes its address.
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '100000',
    EVIDENCE_DIR: files,
    PHOTOS_DIR: path.join(files, 'photos'),
    ...options.env,
  });
  const secrets = await resolveSecrets(config);
  const server = await startApiServer({ orm: db.orm, config, secrets, wechat: new WeChatClient(config.wechat) }, { port: 0, log: options.log ?? (() => undefined) });
  const gql: TestApi['gql'] = async (query, variables, token) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };
  return {
    db,
    server,
    config,
    gql,
    sql: (text, params = []) => db.orm.em.fork().getConnection().execute<any[]>(text, params),
    async login(name) {
      const res = await gql('mutation($n: String!) { devLogin(name: $n) { accessToken } }', { n: name });
      if (!res.data?.devLogin) throw new Error(`devLogin(${name}) failed: ${JSON.stringify(res.errors)}`);
      return res.data.devLogin.accessToken as string;
    },
    async close() {
      await server.stop();
      await db.drop();
      await rm(files, { recursive: true, force: true });
    },
  };
}
