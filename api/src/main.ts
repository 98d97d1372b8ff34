/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), migrations, demo data on an
 * empty database, then the GraphQL API. Ctrl-C stops everything cleanly.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createOrm, migrateToLatest } from './database/orm';
import { provideDatabase } from './database/provide-database';
import { seedDemoDataIfEmpty } from './seed/demo-data';
import { startApiServer } from './server';

async function main() {
  const config = loadConfig();
  const say = (msg: string) => console.log(`[tiaojie] ${msg}`);
  say(config.databaseUrl ? 'using DATABASE_URL' : `starting embedded PostgreSQL in ${config.dataDir}`);
  const database = await provideDatabase(config, { log: (line) => /ERROR|FATAL|PANIC/.test(line) && say(line) });
  const orm = await createOrm(database.url);
  const applied = await migrateToLatest(orm);
  say(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  if (config.seedDemoData && (await seedDemoDataIfEmpty(orm))) say('loaded demo data (凉州区)');
  const server = await startApiServer(orm, config);
  say(`GraphQL API on ${server.url}  (health: http://${config.host}:${server.port}/healthz)`);
  if (config.openAdminMutations) say('OPEN_ADMIN_MUTATIONS is on: network maintenance needs no login (development only)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await server.stop();
    await orm.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
