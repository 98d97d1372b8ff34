import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from './sql';

/** Read path: plain rows, no entity hydration (see engineering notes: ~20 µs per hydrated entity). */
export interface Db {
  rows<T>(query: Sql): Promise<T[]>;
}

export function dbFor(em: EntityManager): Db {
  const connection = em.getConnection();
  return {
    rows: <T>(query: Sql) => connection.execute(query.text, [...query.values], 'all', em.getTransactionContext()) as Promise<T[]>,
  };
}
