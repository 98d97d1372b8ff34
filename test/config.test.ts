import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../api/src/config';

describe('configuration from the environment', () => {
  it('has development defaults that need nothing set', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.join(PROJECT_ROOT, '.data'),
      embeddedPostgresPort: 54329,
      openAdminMutations: true,
      seedDemoData: true,
      logRequests: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/tiaojie',
      DATA_DIR: '/var/lib/tiaojie', EMBEDDED_PG_PORT: '6000', SEED_DEMO_DATA: 'false', LOG_REQUESTS: 'false',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production', host: '0.0.0.0', port: 8080, databaseUrl: 'postgres://u:p@db:5432/tiaojie',
      dataDir: '/var/lib/tiaojie', embeddedPostgresPort: 6000, openAdminMutations: false, seedDemoData: false, logRequests: false,
    });
  });

  it('names every bad variable and why, all at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT="eighty": /m);
    expect(problems).toMatch(/^DATABASE_URL="mysql:\/\/x": must start with postgres:\/\/ or postgresql:\/\//m);
    expect(problems).toMatch(/^NODE_ENV="staging": /m);
  });

  it('cannot open the admin mutations in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OPEN_ADMIN_MUTATIONS: 'true' })).toThrow(/OPEN_ADMIN_MUTATIONS=true: not allowed when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'test' }).openAdminMutations).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', OPEN_ADMIN_MUTATIONS: 'false' }).openAdminMutations).toBe(false);
  });
});
