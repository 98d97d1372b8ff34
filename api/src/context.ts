import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { createLoaders, type Loaders } from './loaders';
import { type Db, dbFor } from './shared/db';

/** Built once per request (type-graphql examples style): its own EntityManager fork and loaders. */
export interface Context {
  requestId: string;
  config: Config;
  /** Unit of work for writes. */
  em: EntityManager;
  /** Plain-row reads. */
  db: Db;
  loaders: Loaders;
}

export function createContext(orm: MikroORM, config: Config, requestId: string = randomUUID()): Context {
  const em = orm.em.fork();
  const db = dbFor(em);
  return { requestId, config, em, db, loaders: createLoaders(db) };
}
