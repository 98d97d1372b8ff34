import { MAX_BODY_BYTES } from '../api/src/server';
import { startTestApi, type TestApi } from './support/api';

describe('in production mode', () => {
  let api: TestApi;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    api = await startTestApi({ demo: true, env: { NODE_ENV: 'production', LOG_REQUESTS: 'true' }, log: (entry) => logs.push(entry) });
  });
  afterAll(() => api.close());

  it('hides internal failures: no SQL, no stack trace, a generic Chinese message', async () => {
    // Break the database under the API: the next read fails inside PostgreSQL.
    await api.db.orm.em.fork().getConnection().execute('alter table mediator rename to mediator_moved');
    try {
      const res = await api.gql('{ mediators(first: 1) { nodes { id } } }');
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors!;
      expect(error.message).toBe('服务器内部错误，请稍后重试');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') });
      expect(JSON.stringify(res.errors)).not.toMatch(/select|mediator_moved|stack|at /i);
      // Support finds the failure in the log by that id.
      const logged = logs.find((l) => l.msg === 'internal error');
      expect(logged).toMatchObject({ level: 'error', requestId: res.headers.get('x-request-id') });
      // PostgreSQL's code, never the statement (which would carry values): 42P01 is "no such table".
      expect(logged).toMatchObject({ error: 'DatabaseError', code: '42P01' });
      expect(JSON.stringify(logged)).not.toMatch(/select/i);
    } finally {
      await api.db.orm.em.fork().getConnection().execute('alter table mediator_moved rename to mediator');
    }
  });

  it('keeps known errors with their codes but without stack traces', async () => {
    const res = await api.gql('{ mediator(id: "99999") { id } }');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', entity: '调解员', id: '99999' });
  });

  it('logs each request without bodies, variables or query strings', async () => {
    await api.gql('query($s: String) { mediators(filter: { search: $s }) { nodes { id } } }', { s: '13812345678' });
    const line = logs.filter((l) => l.path === '/graphql').pop();
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200 });
    expect(Object.keys(line!).sort()).toEqual(['level', 'method', 'ms', 'path', 'requestId', 'status']);
    expect(JSON.stringify(logs)).not.toContain('13812345678');
  });

  it('gives no field suggestions', async () => {
    const res = await api.gql('{ mediatorz { id } }');
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('turns introspection off', async () => {
    const res = await api.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data).toBeUndefined();
  });
});

describe('the HTTP endpoint', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demo: false });
  });
  afterAll(() => api.close());

  it('answers /healthz after checking the database', async () => {
    const res = await fetch(api.server.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ disputeTypes { code } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests and malformed JSON as 400', async () => {
    const batch = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ disputeTypes { code } }' }, { query: '{ disputeTypes { code } }' }]),
    });
    expect(batch.status).toBe(400);
    const malformed = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('gives every response a request id for support', async () => {
    const res = await api.gql('{ disputeTypes { code } }');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
