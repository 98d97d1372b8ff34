/** The product's API, configured as in production, over the benchmark database. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createOrm } from '../database/orm';
import { startApiServer } from '../server';

async function main() {
  const config = loadConfig({ NODE_ENV: 'production', LOG_REQUESTS: 'false', HOST: '127.0.0.1' });
  const orm = await createOrm(process.env.BENCH_DATABASE_URL as string);
  const server = await startApiServer(orm, config, { port: 0, log: () => undefined });
  console.log(`listening ${server.port}`);
  process.on('SIGTERM', () => void server.stop().then(() => orm.close()).then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
