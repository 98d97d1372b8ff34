import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type FieldNode, Kind } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from './context';

/** What tarn (knex's pool) tells about its connections. */
interface PoolCounts {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/**
 * What an operator watches, in the Prometheus text format at /metrics: requests and latency per
 * operation, errors by code, the database pool, the notification outbox, job runs and rate-limit
 * rejections. Every label has a bounded set of values (schema fields, error codes, routes): a
 * client cannot make the series grow by sending names of its own.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'tiaojie_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly operations = new Histogram({
    name: 'tiaojie_graphql_operation_duration_seconds',
    help: 'GraphQL operations by their first root field (query.myCases) and outcome, with latency',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'tiaojie_graphql_errors_total',
    help: 'GraphQL errors by code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR …)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'tiaojie_rate_limited_total',
    help: 'Requests refused by a rate limit, by kind of request',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly jobRuns = new Counter({
    name: 'tiaojie_job_runs_total',
    help: 'Background job passes by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly jobLastRun = new Gauge({
    name: 'tiaojie_job_last_run_timestamp_seconds',
    help: 'When this instance last finished a background job pass (Unix time)',
    registers: [this.registry],
  });

  constructor(orm: MikroORM, options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'tiaojie_' });
    const pool = () => (orm.em.getConnection().getKnex().client as { pool?: PoolCounts }).pool;
    new Gauge({
      name: 'tiaojie_db_pool_connections',
      help: 'Database connections of this instance: in use, idle, requests waiting for one, and the maximum',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'used' }, p.numUsed());
        this.set({ state: 'free' }, p.numFree());
        this.set({ state: 'pending' }, p.numPendingAcquires());
        this.set({ state: 'max' }, p.max);
      },
    });
    // The outbox is shared by every instance: each reports the same figures, read at scrape time
    // with one query for both gauges (a scrape collects them at once).
    let reading: Promise<{ due: number; oldest: number }> | undefined;
    const outbox = () =>
      (reading ??= orm.em
        .fork()
        .getConnection()
        .execute<{ due: string; oldest: number | null }[]>(
          `select count(*) as due, extract(epoch from now() - min(next_attempt_at))::float8 as oldest
             from notification where status = 'PENDING' and next_attempt_at <= now()`,
        )
        .then(([row]) => ({ due: Number(row.due), oldest: Math.max(0, row.oldest ?? 0) }))
        .finally(() => setImmediate(() => (reading = undefined))));
    new Gauge({
      name: 'tiaojie_outbox_due',
      help: 'Notifications due and not yet sent (all instances)',
      registers: [this.registry],
      async collect() {
        this.set((await outbox()).due);
      },
    });
    new Gauge({
      name: 'tiaojie_outbox_oldest_due_seconds',
      help: 'How long the oldest due notification has waited (0 when none): the job lag',
      registers: [this.registry],
      async collect() {
        this.set((await outbox()).oldest);
      },
    });
  }

  /** Counts one HTTP request under its route (a fixed set of names). */
  countRequest(req: IncomingMessage, status: number) {
    this.httpRequests.inc({ route: routeOf(req.url ?? '/'), status: String(status) });
  }

  /** One child per label pair, looked up by a plain string key: no label hashing per request. */
  private readonly timers = new Map<string, ReturnType<Histogram<'operation' | 'outcome'>['labels']>>();

  /** An operation answered, with its duration (the compiled pages report here; the plugin for the rest). */
  observeOperation(operation: string, outcome: 'ok' | 'error', seconds: number) {
    const key = `${operation} ${outcome}`;
    let child = this.timers.get(key);
    if (!child) this.timers.set(key, (child = this.operations.labels({ operation, outcome })));
    child.observe(seconds);
  }

  /** Latency per operation and errors by code. */
  plugin(): ApolloServerPlugin<Context> {
    const { errors: errorCount } = this;
    const observe = (operation: string, outcome: 'ok' | 'error', seconds: number) => this.observeOperation(operation, outcome, seconds);
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        let operation = 'invalid'; // stays so when the document does not parse or validate
        return {
          async didResolveOperation({ operation: op }) {
            if (!op) return;
            const first = op.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
            operation = `${op.operation}.${first ? first.name.value : 'unknown'}`;
          },
          async willSendResponse({ response }) {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
            for (const error of errors) {
              const code = error.extensions?.code;
              errorCount.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
            }
            observe(operation, errors.length ? 'error' : 'ok', Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }
}

const ROUTES: [RegExp, string][] = [
  [/^\/graphql$/, 'graphql'],
  [/^\/app(\/|$)/, 'app'],
  [/^\/(healthz|readyz|livez)$/, 'health'],
  [/^\/metrics$/, 'metrics'],
  [/^\/cases\/\d+\/agreement$/, 'agreement'],
  [/^\/cases\/\d+\/evidence/, 'evidence'],
  [/^\/reports\//, 'report'],
  [/^\/media\//, 'media'],
];

function routeOf(url: string): string {
  const pathname = url.split('?')[0];
  return ROUTES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'other';
}
