import { DefaultLogger, type LogContext, type LoggerNamespace, type Options, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { entities } from './entities';
import { migrations } from './migrations';

export interface OrmOptions {
  /** Called with every SQL statement MikroORM sends; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/** Hands each SQL statement to a listener instead of printing it. */
class QueryListener extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly onQuery?: (sql: string) => void,
  ) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext) {
    if (namespace === 'query' && this.onQuery) this.onQuery(context?.query ?? message);
    else if (context?.level === 'error' || namespace === 'deprecated') super.log(namespace, message, context);
  }
}

export function ormOptions(clientUrl: string, options: OrmOptions = {}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      // Where `npm run migration:create` writes new files (always TypeScript, in the source tree).
      path: path.join(PROJECT_ROOT, 'api/src/database/migrations'),
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    loggerFactory: (loggerOptions) => new QueryListener(loggerOptions, options.onQuery),
    // Loading strategy for writes only; reads go through SQL in the *.queries.ts files.
    forceUtcTimezone: true,
    allowGlobalContext: false,
  };
}

export async function createOrm(clientUrl: string, options: OrmOptions = {}) {
  return MikroORM.init(ormOptions(clientUrl, options));
}

/** Applies every pending migration; schema changes never happen through schema sync at start-up. */
export async function migrateToLatest(orm: MikroORM) {
  // Several instances starting at once (a rolling deploy) take turns: the first applies what is
  // pending, the others wait on this session lock and then find nothing left to do.
  const knex = orm.em.getConnection().getKnex();
  const client = knex.client as { acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK]).connection(connection);
    return await orm.getMigrator().up();
  } finally {
    await knex.raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK]).connection(connection).catch(() => undefined);
    await client.releaseConnection(connection);
  }
}

/** The advisory-lock key migrations run under ('tiaojie migrations' as a 64-bit number). */
const MIGRATION_LOCK = '7309543110429286401';
