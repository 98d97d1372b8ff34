import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../api/src/config';
import { decrypt, encrypt, isValidIdNumber, lookupHash, maskIdNumber, maskPhone } from '../api/src/modules/identity/personal-data';
import { resolveSecrets } from '../api/src/secrets';

describe('keys and personal data', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-secrets-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates the development keys once, owner-only, and reads the same keys after a restart', async () => {
    const config = loadConfig({ DATA_DIR: dir });
    const first = await resolveSecrets(config);
    for (const file of ['auth-token.secret', 'data-encryption.key']) {
      expect((await stat(path.join(dir, file))).mode & 0o777).toBe(0o600);
    }
    const second = await resolveSecrets(config);
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(Buffer.from(second.tokenKey).equals(Buffer.from(first.tokenKey))).toBe(true);
    expect(decrypt(second, encrypt(first, '13812345678'))).toBe('13812345678');
  });

  it('uses configured keys as given', async () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    const secrets = await resolveSecrets(loadConfig({ DATA_DIR: path.join(dir, 'unused'), DATA_ENCRYPTION_KEY: key, AUTH_TOKEN_SECRET: 'k'.repeat(40) }));
    expect(secrets.encryptionKey.toString('base64')).toBe(key);
    expect(new TextDecoder().decode(secrets.tokenKey)).toBe('k'.repeat(40));
  });

  it('encrypts with a fresh IV each time, detects tampering, and hashes for exact lookup', async () => {
    const secrets = await resolveSecrets(loadConfig({ DATA_DIR: dir }));
    const a = encrypt(secrets, '13812345678');
    const b = encrypt(secrets, '13812345678');
    expect(a).not.toBe(b);
    const [v, iv, tag, body] = a.split('.');
    const bytes = Buffer.from(body, 'base64url');
    bytes[0] = bytes[0] ^ 0x01; // one bit of the ciphertext changed
    const flipped = `${v}.${iv}.${tag}.${bytes.toString('base64url')}`;
    expect(flipped).not.toBe(a);
    expect(() => decrypt(secrets, flipped)).toThrow();
    expect(lookupHash(secrets, 'phone', '13812345678')).toBe(lookupHash(secrets, 'phone', '13812345678'));
    expect(lookupHash(secrets, 'phone', '13812345678')).not.toBe(lookupHash(secrets, 'id-number', '13812345678'));
  });

  it('masks as the domain guide shows and checks ID numbers by GB 11643', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('620102199001011241')).toBe('6201**********1241');
    expect(isValidIdNumber('620102199001011241')).toBe(true);
    expect(isValidIdNumber('62010219900101109X')).toBe(true);
    expect(isValidIdNumber('620102199001011242')).toBe(false); // check digit
    expect(isValidIdNumber('620102199002301241')).toBe(false); // 30 February
    expect(isValidIdNumber('62010219900101124')).toBe(false);
  });
});
