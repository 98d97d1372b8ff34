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
      seedDemoData: false,
      logRequests: true,
      compileQueries: true,
      devLogin: false,
      wechat: { appId: 'wx-development', appSecret: 'development-secret', apiBase: 'https://api.weixin.qq.com', configured: false },
      authTokenSecret: undefined,
      dataEncryptionKey: undefined,
      privacyPolicyVersion: '2026-11-01',
      rateLimits: { loginPerMinute: 20, mutationsPerMinutePerUser: 60, mutationsPerMinutePerIp: 300, fileReadsPerMinutePerUser: 300, fileReadsPerMinutePerIp: 1500 },
      caseProgressTemplateId: 'case-progress-template',
      jobs: { enabled: true, intervalSeconds: 5 },
      evidenceDir: path.join(PROJECT_ROOT, '.data', 'evidence'),
      photosDir: path.join(PROJECT_ROOT, '.data', 'photos'),
      backupDir: path.join(PROJECT_ROOT, '.data', 'backups'),
      trustedProxies: 0,
      metricsToken: null,
      shutdown: { drainSeconds: 0, timeoutSeconds: 30 },
      objectStore: null,
      h5Dir: path.join(PROJECT_ROOT, 'miniprogram', 'dist', 'h5'),
      publicUrl: 'http://127.0.0.1:4000',
    });
  });

  it('reads every variable', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/tiaojie',
      DATA_DIR: '/var/lib/tiaojie', EMBEDDED_PG_PORT: '6000', SEED_DEMO_DATA: 'false', LOG_REQUESTS: 'false', COMPILE_QUERIES: 'false',
      WECHAT_APP_ID: 'wx123', WECHAT_APP_SECRET: 's', WECHAT_API_BASE: 'http://wechat.test/', AUTH_TOKEN_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: key, PRIVACY_POLICY_VERSION: '2027-01', RATE_LIMIT_LOGIN_PER_MINUTE: '5', PUBLIC_URL: 'https://tiaojie.example.gov.cn/',
      METRICS_TOKEN: 'm'.repeat(32), SHUTDOWN_DRAIN_SECONDS: '3', SHUTDOWN_TIMEOUT_SECONDS: '45',
    });
    expect(config.publicUrl).toBe('https://tiaojie.example.gov.cn');
    expect(config).toMatchObject({
      nodeEnv: 'production', host: '0.0.0.0', port: 8080, databaseUrl: 'postgres://u:p@db:5432/tiaojie',
      dataDir: '/var/lib/tiaojie', embeddedPostgresPort: 6000, seedDemoData: false, logRequests: false, compileQueries: false, devLogin: false,
      wechat: { appId: 'wx123', appSecret: 's', apiBase: 'http://wechat.test', configured: true }, authTokenSecret: 'x'.repeat(40),
      dataEncryptionKey: key, privacyPolicyVersion: '2027-01', rateLimits: { loginPerMinute: 5 },
      metricsToken: 'm'.repeat(32), shutdown: { drainSeconds: 3, timeoutSeconds: 45 },
    });
  });

  it('names every bad variable and why, all at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', PUBLIC_URL: 'ftp://files', METRICS_TOKEN: 'short', SHUTDOWN_DRAIN_SECONDS: '-1', SHUTDOWN_TIMEOUT_SECONDS: '7200' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT="eighty": /m);
    expect(problems).toMatch(/^DATABASE_URL="mysql:\/\/x": must start with postgres:\/\/ or postgresql:\/\//m);
    expect(problems).toMatch(/^NODE_ENV="staging": /m);
    expect(problems).toMatch(/^PUBLIC_URL="ftp:\/\/files": must be an http\(s\) URL/m);
    expect(problems).toMatch(/^METRICS_TOKEN="short": must be at least 32 characters/m);
    expect(problems).toMatch(/^SHUTDOWN_DRAIN_SECONDS="-1": must be a whole number of seconds from 0 to 3600/m);
    expect(problems).toMatch(/^SHUTDOWN_TIMEOUT_SECONDS="7200": must be a whole number of seconds from 0 to 3600/m);
  });

  it('cannot turn the development login on in production, and production needs its secrets', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', DEV_LOGIN: 'true' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(expect.arrayContaining([
      'DEV_LOGIN=true: not allowed when NODE_ENV=production',
      'WECHAT_APP_ID=(unset): required when NODE_ENV=production',
      'WECHAT_APP_SECRET=(unset): required when NODE_ENV=production',
      'AUTH_TOKEN_SECRET=(unset): required when NODE_ENV=production',
      'DATA_ENCRYPTION_KEY=(unset): required when NODE_ENV=production',
    ]));
    expect(loadConfig({ NODE_ENV: 'test' }).devLogin).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEV_LOGIN: 'true' }).devLogin).toBe(true);
    expect(() => loadConfig({ AUTH_TOKEN_SECRET: 'short' })).toThrow(/AUTH_TOKEN_SECRET=.*at least 32 characters/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/DATA_ENCRYPTION_KEY=.*32 bytes/);
  });

  it('asks for the demo sign-in and the demo county explicitly, never on a reachable address by accident, never in production', () => {
    // A deploy that forgets NODE_ENV gets neither.
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ nodeEnv: 'development', devLogin: false, seedDemoData: false });
    expect(() => loadConfig({ HOST: '0.0.0.0', DEV_LOGIN: 'true' })).toThrow(/DEV_LOGIN=true: refused while listening on HOST=0\.0\.0\.0, which others can reach, unless NODE_ENV=development is set explicitly/);
    expect(loadConfig({ HOST: '0.0.0.0', DEV_LOGIN: 'true', NODE_ENV: 'development' }).devLogin).toBe(true);
    expect(loadConfig({ HOST: '127.0.0.1', DEV_LOGIN: 'true' }).devLogin).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true', WECHAT_APP_ID: 'a', WECHAT_APP_SECRET: 'b', AUTH_TOKEN_SECRET: 'x'.repeat(40), DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') }))
      .toThrow(/SEED_DEMO_DATA=true: the demo county never goes into a production database/);
  });
});
