import { errors, jwtVerify, SignJWT } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import type { Secrets } from '../../secrets';

export const ACCESS_TOKEN_SECONDS = 2 * 60 * 60;
export const REFRESH_TOKEN_DAYS = 30;
const ISSUER = 'tiaojie';
const AUDIENCE = 'tiaojie-api';

/** A short-lived signed access token naming the user; roles are looked up per request, so revoking one takes effect at once. */
export async function issueAccessToken(secrets: Pick<Secrets, 'tokenKey'>, userId: number, sessionVersion: number) {
  const expiresAt = new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000);
  const token = await new SignJWT({ sv: sessionVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secrets.tokenKey);
  return { token, expiresAt };
}

export type TokenCheck = { userId: number; sessionVersion: number } | { problem: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' };

export async function verifyAccessToken(secrets: Pick<Secrets, 'tokenKey'>, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, secrets.tokenKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
    const userId = Number(payload.sub);
    const sessionVersion = payload.sv;
    return Number.isSafeInteger(userId) && userId > 0 && typeof sessionVersion === 'number' && Number.isSafeInteger(sessionVersion)
      ? { userId, sessionVersion }
      : { problem: 'TOKEN_INVALID' };
  } catch (error) {
    return { problem: error instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
  }
}

/** Opaque refresh tokens and invitation codes; only their SHA-256 is stored. */
export function newOpaqueToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
