/** The product's API, configured as in production, over the benchmark database. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createOrm } from '../database/orm';
import { randomBytes } from 'node:crypto';
import { WeChatClient } from '../modules/identity/wechat.client';
import { resolveSecrets } from '../secrets';
import { startApiServer } from '../server';
import { JobRunner } from '../jobs/job-runner';

async function main() {
  // Production configuration; throwaway keys unless the bench signs people in (the mixed load).
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_REQUESTS: 'false',
    // The bench also runs the API with its compiled pages off, to show what graphql-js alone does.
    COMPILE_QUERIES: process.env.BENCH_COMPILE_QUERIES ?? 'true',
    HOST: '127.0.0.1',
    WECHAT_APP_ID: 'bench',
    WECHAT_APP_SECRET: 'bench',
    AUTH_TOKEN_SECRET: process.env.BENCH_AUTH_TOKEN_SECRET ?? randomBytes(48).toString('base64url'),
    // Nothing listens there: notifications fail at once and wait for their retry.
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    // One load generator on 127.0.0.1 stands in for thousands of phones, and a few staff accounts for
    // a province's staff: the per-address and per-person limits would measure the limiter instead.
    RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: '1000000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const orm = await createOrm(process.env.BENCH_DATABASE_URL as string);
  const secrets = await resolveSecrets(config);
  const wechat = new WeChatClient(config.wechat);
  // Internal errors go to stderr (the bench shows them); nothing else is logged.
  const log = (entry: Record<string, unknown>) => entry.level === 'error' && console.error(JSON.stringify(entry));
  const server = await startApiServer({ orm, config, secrets, wechat }, { port: 0, log });
  const jobs = process.env.BENCH_JOBS === 'true' ? new JobRunner({ orm, wechat, config, metrics: server.metrics }) : null;
  jobs?.start();
  console.log(`listening ${server.port}`);
  process.on('SIGTERM', () => void Promise.all([server.stop(), jobs?.stop()]).then(() => orm.close()).then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
