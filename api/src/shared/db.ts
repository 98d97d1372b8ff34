import type { Knex } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { Sql } from './sql';

/** Read path: plain rows, no entity hydration (see engineering notes: ~20 µs per hydrated entity). */
export interface Db {
  /**
   * `prepare`: run it as a named prepared statement, so each connection plans it once (a compiled
   * page's statement costs more to plan than to run). Only for statements whose text is one of a few
   * shapes with the values bound.
   */
  rows<T>(query: Sql, options?: { prepare?: boolean }): Promise<T[]>;
}

interface PgClient {
  query(query: string | { name?: string; text: string; values: unknown[] }, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Statement texts run as prepared statements, process-wide. Every connection keeps each one it
 * prepared until it closes, so the number is capped: past it, new texts run unprepared.
 */
export const MAX_PREPARED_STATEMENTS = 200;
const prepared = new Map<string, string>();

/** Whether this statement text has been run as a prepared statement in this process (for tests). */
export const isPrepared = (text: string) => prepared.has(text);

function statementName(text: string): string | undefined {
  let name = prepared.get(text);
  if (!name && prepared.size < MAX_PREPARED_STATEMENTS) prepared.set(text, (name = `tj_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return name;
}

/**
 * Reads go straight to a `pg` client borrowed from MikroORM's own pool (the same connections,
 * no second pool), skipping knex's binding rewrite, which measured ~50 µs per statement.
 * Inside a transaction they go through MikroORM so they see its uncommitted writes. Each
 * statement is still reported to MikroORM's query logger, which the tests count.
 */
export function dbFor(em: EntityManager): Db {
  const connection = em.getConnection();
  const pool = connection.getKnex().client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(client: PgClient): Promise<void>;
  };
  const logger = em.config.getLogger();
  return {
    async rows<T>(query: Sql, options?: { prepare?: boolean }): Promise<T[]> {
      const transaction = em.getTransactionContext<Knex.Transaction>();
      if (transaction) return connection.execute<T[]>(query.text, [...query.values], 'all', transaction);
      const { text, values } = query.toPg();
      if (logger.isEnabled('query')) logger.log('query', text, { query: text });
      const name = options?.prepare ? statementName(text) : undefined;
      const client = await pool.acquireConnection();
      try {
        return (await client.query(name ? { name, text, values } : text, name ? undefined : values)).rows as T[];
      } finally {
        await pool.releaseConnection(client);
      }
    },
  };
}
