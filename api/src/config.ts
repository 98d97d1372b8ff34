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
  /**
   * The single switch that leaves network-maintenance mutations open to anyone until
   * authentication exists. It cannot be turned on in production.
   */
  openAdminMutations: boolean;
  /** Load the demo county when the database has no regions yet. */
  seedDemoData: boolean;
  logRequests: boolean;
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

const directory = makeValidator<string>((input) => {
  if (!input.trim()) throw new Error('must be a directory path');
  return path.resolve(PROJECT_ROOT, input);
});

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
      OPEN_ADMIN_MUTATIONS: bool({ default: undefined }),
      SEED_DEMO_DATA: bool({ default: true }),
      LOG_REQUESTS: bool({ default: true }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) {
          const value = env[name];
          problems.push(`${name}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${(error as Error).message}`);
        }
      },
    },
  );
  if (problems.length > 0) throw new ConfigError(problems);
  const nodeEnv = clean.NODE_ENV as NodeEnv;
  const openAdminMutations = clean.OPEN_ADMIN_MUTATIONS ?? nodeEnv !== 'production';
  if (nodeEnv === 'production' && openAdminMutations) {
    problems.push('OPEN_ADMIN_MUTATIONS=true: not allowed when NODE_ENV=production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    host: clean.HOST,
    port: clean.PORT,
    databaseUrl: clean.DATABASE_URL || undefined,
    dataDir: clean.DATA_DIR,
    embeddedPostgresPort: clean.EMBEDDED_PG_PORT,
    openAdminMutations,
    seedDemoData: clean.SEED_DEMO_DATA,
    logRequests: clean.LOG_REQUESTS,
  };
}
