import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Config, loadConfig } from '../config';
import { createOrm, migrateToLatest } from '../database/orm';
import { provideDatabase } from '../database/provide-database';

/**
 * What every going-live command does around its work: the configured database (DATABASE_URL, or
 * the embedded one while the service is stopped), migrated to the latest schema, closed after.
 */
export async function withDatabase<T>(work: (orm: MikroORM, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await provideDatabase(config);
  const orm = await createOrm(database.url);
  try {
    await migrateToLatest(orm);
    return await work(orm, config);
  } finally {
    await orm.close();
    await database.stop();
  }
}

/** Runs a command's main, printing a failure as one line (no stack) and exiting 1. */
export function runCommand(main: () => Promise<unknown>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
