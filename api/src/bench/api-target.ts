/** The product's API, configured as in production, over the benchmark database. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createOrm } from '../database/orm';
import { randomBytes } from 'node:crypto';
import { WeChatClient } from '../modules/identity/wechat.client';
import { resolveSecrets } from '../secrets';
import { startApiServer } from '../server';

async function main() {
  // Production configuration; throwaway keys, as the bench signs nobody in.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_REQUESTS: 'false',
    HOST: '127.0.0.1',
    WECHAT_APP_ID: 'bench',
    WECHAT_APP_SECRET: 'bench',
    AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const orm = await createOrm(process.env.BENCH_DATABASE_URL as string);
  const secrets = await resolveSecrets(config);
  const server = await startApiServer({ orm, config, secrets, wechat: new WeChatClient(config.wechat) }, { port: 0, log: () => undefined });
  console.log(`listening ${server.port}`);
  process.on('SIGTERM', () => void server.stop().then(() => orm.close()).then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
