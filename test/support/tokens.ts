import { type JWTPayload, SignJWT } from 'jose';

/** An HS256 secret for tests, as long as AUTH_JWT_SECRET must be. */
export const TEST_JWT_SECRET = 'test-secret-for-hs256-tokens-only!';

/** Claims of a valid identity; tests override what they are about. */
export const VIEWER_CLAIMS = { sub: 'ann', chime_role: 'viewer', chime_accounts: ['*'] };

/**
 * An HS256 token with `claims`, expiring in five minutes unless `claims.exp` says otherwise
 * (numbers are seconds since the epoch, as in a JWT).
 */
export function mintHs256(claims: JWTPayload, secret = TEST_JWT_SECRET): Promise<string> {
  return new SignJWT({ exp: nowSeconds() + 300, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

/** The current time as a JWT counts it. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);
