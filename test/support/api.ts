import { loadConfig, type Config } from '../../api/src/config';
import { startApiServer, type ApiServer } from '../../api/src/server';
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
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on 127.0.0.1 (random port) over a fresh test database. */
export async function startTestApi(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApi> {
  const db = await createTestDatabase({ demo: options.demo ?? true });
  const config = loadConfig({ NODE_ENV: 'test', LOG_REQUESTS: 'false', OPEN_ADMIN_MUTATIONS: 'true', ...options.env });
  const server = await startApiServer(db.orm, config, { port: 0, log: () => undefined });
  return {
    db,
    server,
    config,
    async gql(query, variables) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
}
