import type { Config } from '../config';
import { backupPaths } from './backup';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

/** The same server, another database. */
export function withDatabaseName(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The product's database: DATABASE_URL when set (nothing is started), otherwise the embedded
 * PostgreSQL under DATA_DIR with its durability defaults.
 */
export async function provideDatabase(
  config: Config,
  options: { database?: string; log?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  if (config.databaseUrl) {
    const url = options.database ? withDatabaseName(config.databaseUrl, options.database) : config.databaseUrl;
    if (options.database) await ensureDatabase(withDatabaseName(config.databaseUrl, 'postgres'), options.database);
    return { url, stop: async () => undefined };
  }
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    database: options.database ?? 'tiaojie',
    // Every finished WAL segment is kept: with a base backup (npm run backup) a restore reaches the last archived write.
    walArchiveDir: backupPaths(config).archiveDir,
    log: options.log,
  });
}
