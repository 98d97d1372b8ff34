/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), migrations, demo data on an
 * empty database, then the GraphQL API. Ctrl-C stops everything cleanly, in reverse order.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from './config';
import { StartupProblem, takeOverShutdownSignals, type RunningPostgres } from './database/embedded-postgres';
import { createOrm, migrateToLatest } from './database/orm';
import { provideDatabase } from './database/provide-database';
import { WeChatClient } from './modules/identity/wechat.client';
import { resolveSecrets } from './secrets';
import { JobRunner } from './jobs/job-runner';
import { seedDemoDataIfEmpty } from './seed/demo-data';
import { type ApiServer, startApiServer } from './server';

const say = (msg: string) => console.log(`[tiaojie] ${msg}`);

async function main() {
  // `npm start` runs with --demo: the demo county and its demo sign-in, asked for explicitly (explicit variables still win).
  const demo = process.argv.includes('--demo');
  const config = loadConfig(demo ? { DEV_LOGIN: 'true', SEED_DEMO_DATA: 'true', ...process.env } : process.env);
  let database: RunningPostgres | undefined;
  let orm: MikroORM | undefined;
  let server: ApiServer | undefined;
  let jobs: JobRunner | undefined;

  // Installed before anything starts, so a signal at any moment still stops what is running.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    // Requests drain and the job pass ends its batch at the same time; then the database goes.
    await Promise.all([server?.stop(), jobs?.stop()]);
    await orm?.close();
    await database?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  say(config.databaseUrl ? 'using DATABASE_URL' : `starting embedded PostgreSQL in ${config.dataDir}`);
  // Our own notes (orphan clean-up, first initialisation, restarts after PostgreSQL died) and
  // PostgreSQL's errors; not its chatter.
  database = await provideDatabase(config, {
    log: (line) => /^(stopping|initialising|PostgreSQL )|ERROR|FATAL|PANIC|HINT/.test(line) && say(line),
  });
  takeOverShutdownSignals();
  orm = await createOrm(database.url);
  const applied = await migrateToLatest(orm);
  say(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  if (config.seedDemoData && (await seedDemoDataIfEmpty(orm))) say('loaded demo data (凉州区)');
  if (stopping) return;
  const secrets = await resolveSecrets(config);
  const logJson = (entry: Record<string, unknown>) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }));
  const wechat = new WeChatClient({ ...config.wechat, log: logJson });
  server = await startApiServer({ orm, config, secrets, wechat });
  if (config.jobs.enabled) {
    jobs = new JobRunner({ orm, wechat, config, metrics: server.metrics }, logJson);
    jobs.start();
  }
  if (config.devLogin) say('DEV_LOGIN is on: devLogin(name: "admin") signs in as the demo system admin (development only)');
  say(`GraphQL API on ${server.url}  (ready: /readyz, live: /livez, metrics: /metrics)`);
  if (existsSync(path.join(config.h5Dir, 'index.html'))) say(`Mini-program (H5) on http://${config.host}:${server.port}/app/`);
  else say(`Mini-program (H5) build missing (no ${path.join(config.h5Dir, 'index.html')}): run npm run build:miniprogram; /app/ answers 404 until then, the API works without it`);
  const weapp = path.join(PROJECT_ROOT, 'miniprogram/dist/weapp');
  if (existsSync(path.join(weapp, 'app.json'))) say(`Mini-program (WeChat): import ${weapp} into WeChat DevTools`);
}

main().catch((error) => {
  // Problems an operator can fix are one line; anything else keeps its stack trace.
  if (error instanceof StartupProblem) console.error(`[tiaojie] ${error.message}`);
  else console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
