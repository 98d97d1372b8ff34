import path from 'node:path';
import { bool, cleanEnv, makeValidator, port, str } from 'envalid';

/** The repository root, whether running from `api/src` (tests) or `api/dist` (built). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export type NodeEnv = 'development' | 'test' | 'production';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  /** Load the demo county when the database has no regions yet. */
  seedDemoData: boolean;
  logRequests: boolean;
  /** Public list pages answered by compiled SQL (api/src/compiled); off only to compare with graphql-js. */
  compileQueries: boolean;
  /** Development sign-in by name (demo data, the H5 build); refused in production. */
  devLogin: boolean;
  /** `configured`: a real app id was given (WECHAT_APP_ID); without one nothing optional is asked of WeChat. */
  wechat: { appId: string; appSecret: string; apiBase: string; configured: boolean };
  /** HS256 key for access tokens; unset outside production: a key kept under DATA_DIR. */
  authTokenSecret?: string;
  /** 32-byte base64 key for personal data at rest; unset outside production: a key kept under DATA_DIR. */
  dataEncryptionKey?: string;
  /** The privacy guide (隐私保护指引) version users must have accepted before phone collection. */
  privacyPolicyVersion: string;
  rateLimits: { loginPerMinute: number; mutationsPerMinutePerUser: number; mutationsPerMinutePerIp: number; fileReadsPerMinutePerUser: number; fileReadsPerMinutePerIp: number };
  /** The subscription-message template for case progress (订阅消息模板 ID). */
  caseProgressTemplateId: string;
  /** Background jobs (notification dispatch, overdue flags) in this process; seconds between runs. */
  jobs: { enabled: boolean; intervalSeconds: number };
  /** Where evidence files are kept (content-addressed); default DATA_DIR/evidence. */
  evidenceDir: string;
  /** Where mediators' photos are kept (content-addressed, public); default DATA_DIR/photos. */
  photosDir: string;
  /** Base backups and the embedded cluster's WAL archive (npm run backup / restore); default DATA_DIR/backups. */
  backupDir: string;
  /**
   * How many reverse proxies (a load balancer, nginx) stand in front and append to X-Forwarded-For;
   * 0 trusts no such header (a client could claim any address).
   */
  trustedProxies: number;
  /** A bearer token for /metrics; without one, /metrics answers only requests from this machine. */
  metricsToken: string | null;
  /**
   * Stopping: how long /readyz says 503 while requests are still served (so a load balancer stops
   * sending new ones first; 0 on a single machine), then how long requests in flight may take.
   */
  shutdown: { drainSeconds: number; timeoutSeconds: number };
  /**
   * An S3-compatible object store for evidence and photos (Tencent COS, MinIO…), shared by every
   * API instance; null keeps them in the folders above (the single-machine default).
   */
  objectStore: { endpoint: string | null; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
  /** The mini-program's H5 build, served at /app/; default miniprogram/dist/h5. */
  h5Dir: string;
  /**
   * Where people reach this server (https://tiaojie.example.gov.cn): printed codes that open the H5
   * pages point there. Outside production it defaults to this machine.
   */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`配置错误 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const postgresUrl = makeValidator<string>((input) => {
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    throw new Error('is not a URL');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error('must start with postgres:// or postgresql://');
  }
  return input;
});

/** A TCP port; 0 asks the OS for any free one (the tests use it). */
const listenPort = makeValidator<number>((input) => {
  const n = Number(input);
  if (!/^\d+$/.test(input.trim()) || n > 65535) throw new Error('must be a whole number from 0 to 65535');
  return n;
});

/** Seconds, 0 or more, at most an hour. */
const seconds = makeValidator<number>((input) => {
  if (!/^\d+$/.test(input.trim()) || Number(input) > 3600) throw new Error('must be a whole number of seconds from 0 to 3600');
  return Number(input);
});

const positiveInt = makeValidator<number>((input) => {
  if (!/^\d+$/.test(input.trim()) || Number(input) < 1) throw new Error('must be a whole number ≥ 1');
  return Number(input);
});

const secret = makeValidator<string>((input) => {
  if (input.length < 32) throw new Error('must be at least 32 characters');
  return input;
});

const aesKey = makeValidator<string>((input) => {
  if (Buffer.from(input, 'base64').length !== 32) throw new Error('must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  return input;
});

const directory = makeValidator<string>((input) => {
  if (!input.trim()) throw new Error('must be a directory path');
  return path.resolve(PROJECT_ROOT, input);
});

const httpUrl = makeValidator<string>((input) => {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error('must be an http(s) URL, e.g. https://tiaojie.example.gov.cn');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('must be an http(s) URL');
  return url.origin;
});

/** 127.0.0.0/8, ::1 and localhost: only this machine can reach them. */
/** A host name or address of this machine only (IPv4-mapped IPv6 included, as sockets report it). */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** Reads and validates configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const clean = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
      HOST: str({ default: '127.0.0.1' }),
      PORT: listenPort({ default: 4000 }),
      DATABASE_URL: postgresUrl({ default: undefined }),
      DATA_DIR: directory({ default: path.join(PROJECT_ROOT, '.data') }),
      EMBEDDED_PG_PORT: port({ default: 54329 }),
      SEED_DEMO_DATA: bool({ default: false }),
      LOG_REQUESTS: bool({ default: true }),
      COMPILE_QUERIES: bool({ default: true }),
      DEV_LOGIN: bool({ default: false }),
      WECHAT_APP_ID: str({ default: undefined }),
      WECHAT_APP_SECRET: str({ default: undefined }),
      WECHAT_API_BASE: str({ default: 'https://api.weixin.qq.com' }),
      AUTH_TOKEN_SECRET: secret({ default: undefined }),
      DATA_ENCRYPTION_KEY: aesKey({ default: undefined }),
      PRIVACY_POLICY_VERSION: str({ default: '2026-11-01' }),
      RATE_LIMIT_LOGIN_PER_MINUTE: positiveInt({ default: 20 }),
      RATE_LIMIT_MUTATIONS_PER_MINUTE: positiveInt({ default: 60 }),
      RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP: positiveInt({ default: 300 }),
      RATE_LIMIT_FILE_READS_PER_MINUTE: positiveInt({ default: 300 }),
      RATE_LIMIT_FILE_READS_PER_MINUTE_PER_IP: positiveInt({ default: 1500 }),
      WECHAT_TEMPLATE_CASE_PROGRESS: str({ default: 'case-progress-template' }),
      JOBS_ENABLED: bool({ default: true }),
      JOB_INTERVAL_SECONDS: positiveInt({ default: 5 }),
      EVIDENCE_DIR: directory({ default: undefined }),
      PHOTOS_DIR: directory({ default: undefined }),
      BACKUP_DIR: directory({ default: undefined }),
      TRUSTED_PROXIES: listenPort({ default: 0 }),
      METRICS_TOKEN: secret({ default: undefined }),
      SHUTDOWN_DRAIN_SECONDS: seconds({ default: 0 }),
      SHUTDOWN_TIMEOUT_SECONDS: seconds({ default: 30 }),
      FILE_STORE: str({ choices: ['local', 's3'], default: 'local' }),
      S3_ENDPOINT: httpUrl({ default: undefined }),
      S3_REGION: str({ default: 'us-east-1' }),
      S3_BUCKET: str({ default: undefined }),
      S3_ACCESS_KEY_ID: str({ default: undefined }),
      S3_SECRET_ACCESS_KEY: str({ default: undefined }),
      S3_FORCE_PATH_STYLE: bool({ default: true }),
      H5_DIR: str({ default: path.join(PROJECT_ROOT, 'miniprogram/dist/h5') }),
      PUBLIC_URL: httpUrl({ default: undefined }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) {
          const value = env[name];
          problems.push(`${name}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${(error).message}`);
        }
      },
    },
  );
  if (problems.length > 0) throw new ConfigError(problems);
  const nodeEnv = clean.NODE_ENV;
  const production = nodeEnv === 'production';
  // The demo sign-in and the demo county are asked for explicitly (npm start does, with --demo), never by default.
  const devLogin = clean.DEV_LOGIN;
  if (production && devLogin) problems.push('DEV_LOGIN=true: not allowed when NODE_ENV=production');
  if (devLogin && !isLoopback(clean.HOST) && env.NODE_ENV !== 'development') {
    problems.push(`DEV_LOGIN=true: refused while listening on HOST=${clean.HOST}, which others can reach, unless NODE_ENV=development is set explicitly`);
  }
  if (clean.FILE_STORE === 's3') {
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) if (!clean[name]) problems.push(`${name}=(unset): required when FILE_STORE=s3`);
  }
  if (production && clean.SEED_DEMO_DATA) problems.push('SEED_DEMO_DATA=true: the demo county never goes into a production database');
  if (production) {
    for (const name of ['WECHAT_APP_ID', 'WECHAT_APP_SECRET', 'AUTH_TOKEN_SECRET', 'DATA_ENCRYPTION_KEY'] as const) {
      if (!clean[name]) problems.push(`${name}=(unset): required when NODE_ENV=production`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    host: clean.HOST,
    port: clean.PORT,
    databaseUrl: clean.DATABASE_URL || undefined,
    dataDir: clean.DATA_DIR,
    embeddedPostgresPort: clean.EMBEDDED_PG_PORT,
    seedDemoData: clean.SEED_DEMO_DATA,
    logRequests: clean.LOG_REQUESTS,
    compileQueries: clean.COMPILE_QUERIES,
    devLogin,
    wechat: { appId: clean.WECHAT_APP_ID ?? 'wx-development', appSecret: clean.WECHAT_APP_SECRET ?? 'development-secret', apiBase: clean.WECHAT_API_BASE.replace(/\/$/, ''), configured: !!clean.WECHAT_APP_ID },
    authTokenSecret: clean.AUTH_TOKEN_SECRET || undefined,
    dataEncryptionKey: clean.DATA_ENCRYPTION_KEY || undefined,
    privacyPolicyVersion: clean.PRIVACY_POLICY_VERSION,
    rateLimits: {
      loginPerMinute: clean.RATE_LIMIT_LOGIN_PER_MINUTE,
      mutationsPerMinutePerUser: clean.RATE_LIMIT_MUTATIONS_PER_MINUTE,
      mutationsPerMinutePerIp: clean.RATE_LIMIT_MUTATIONS_PER_MINUTE_PER_IP,
      fileReadsPerMinutePerUser: clean.RATE_LIMIT_FILE_READS_PER_MINUTE,
      fileReadsPerMinutePerIp: clean.RATE_LIMIT_FILE_READS_PER_MINUTE_PER_IP,
    },
    caseProgressTemplateId: clean.WECHAT_TEMPLATE_CASE_PROGRESS,
    jobs: { enabled: clean.JOBS_ENABLED, intervalSeconds: clean.JOB_INTERVAL_SECONDS },
    evidenceDir: clean.EVIDENCE_DIR ?? path.join(clean.DATA_DIR, 'evidence'),
    photosDir: clean.PHOTOS_DIR ?? path.join(clean.DATA_DIR, 'photos'),
    backupDir: clean.BACKUP_DIR ?? path.join(clean.DATA_DIR, 'backups'),
    trustedProxies: clean.TRUSTED_PROXIES,
    metricsToken: clean.METRICS_TOKEN ?? null,
    shutdown: { drainSeconds: clean.SHUTDOWN_DRAIN_SECONDS, timeoutSeconds: clean.SHUTDOWN_TIMEOUT_SECONDS },
    objectStore: clean.FILE_STORE === 's3'
      ? { endpoint: clean.S3_ENDPOINT ?? null, region: clean.S3_REGION, bucket: clean.S3_BUCKET as string, accessKeyId: clean.S3_ACCESS_KEY_ID as string, secretAccessKey: clean.S3_SECRET_ACCESS_KEY as string, forcePathStyle: clean.S3_FORCE_PATH_STYLE }
      : null,
    h5Dir: clean.H5_DIR,
    // Production says where it is reached; elsewhere it is this machine (a test's port 0 is not known here: the server fills it in).
    publicUrl: clean.PUBLIC_URL ?? (production ? null : `http://${isLoopback(clean.HOST) || clean.HOST === '0.0.0.0' ? '127.0.0.1' : clean.HOST}:${clean.PORT}`),
  };
}
