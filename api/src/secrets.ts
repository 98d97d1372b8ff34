import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config';

export interface Secrets {
  /** HS256 key for access tokens. */
  tokenKey: Uint8Array;
  /** AES-256-GCM key for personal data at rest. */
  encryptionKey: Buffer;
  /** HMAC key for exact-match lookups of encrypted values; derived, never stored. */
  lookupKey: Buffer;
}

/** Reads a key file, or creates it (owner-only) with `make()`. */
async function keptUnder(dir: string, name: string, make: () => string): Promise<string> {
  const file = path.join(dir, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dir, { recursive: true });
  const value = make();
  await writeFile(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return value;
}

/**
 * The keys from configuration; outside production, missing ones are created once and kept
 * under DATA_DIR (mode 0600), so a restart can still read what it encrypted.
 */
export async function resolveSecrets(config: Config): Promise<Secrets> {
  const tokenSecret = config.authTokenSecret ?? (await keptUnder(config.dataDir, 'auth-token.secret', () => randomBytes(48).toString('base64url')));
  const dataKey = config.dataEncryptionKey ?? (await keptUnder(config.dataDir, 'data-encryption.key', () => randomBytes(32).toString('base64')));
  const encryptionKey = Buffer.from(dataKey, 'base64');
  return {
    tokenKey: new TextEncoder().encode(tokenSecret),
    encryptionKey,
    lookupKey: Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'tiaojie personal-data lookup', 32)),
  };
}
