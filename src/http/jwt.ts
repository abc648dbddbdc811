import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { GatewayError } from '../errors.ts';
import { type Identity, IdentityShapeError, identityOf } from '../identity.ts';

/** Where the keys come from and what every token must say. */
export interface JwtOptions {
  /** `AUTH_JWKS_URL`: the identity provider's keys, RS256 or ES256. */
  jwksUrl?: string | undefined;
  /** `AUTH_JWT_SECRET`: one HS256 key, for development and tests. */
  jwtSecret?: string | undefined;
  /** `AUTH_ISSUER`: the `iss` a token must carry; unchecked when unset. */
  issuer?: string | undefined;
  /** `AUTH_AUDIENCE`: the `aud` a token must carry; unchecked when unset. */
  audience?: string | undefined;
  /**
   * The least time between two fetches of the JWKS prompted by a token whose `kid` it lacks, so that a
   * stream of tokens with made-up key ids cannot turn into a stream of fetches.
   * @default 30000
   */
  jwksCooldownMs?: number;
}

/** Seconds of clock difference tolerated on `exp` and `nbf`. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** The claims an identity is read from, by identity field. */
export const IDENTITY_CLAIMS = {
  sub: 'sub',
  role: 'chime_role',
  accounts: 'chime_accounts',
  bearer: 'chime_bearer',
} as const;

/**
 * Builds the verifier of `Authorization: Bearer` tokens. Each key source gets its algorithms pinned
 * (RS256/ES256 for a JWKS, HS256 for a secret), which refuses `alg: none` and algorithm confusion (an
 * HS256 token signed with a public key). The verifier answers the token's identity, or throws a
 * `GatewayError`: `UNAUTHENTICATED` saying what is wrong with the token, `UPSTREAM_UNAVAILABLE` when
 * the keys cannot be fetched.
 */
export function createJwtVerifier(options: JwtOptions): (token: string) => Promise<Identity> {
  const { jwksUrl, jwtSecret, issuer, audience, jwksCooldownMs = 30_000 } = options;
  let key: JWTVerifyGetKey;
  let algorithms: string[];
  if (jwksUrl !== undefined) {
    // jose caches the keys, refetches them when a token names an unknown kid (rotation), and at most
    // once per cooldown.
    key = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: jwksCooldownMs });
    algorithms = ['RS256', 'ES256'];
  } else if (jwtSecret !== undefined) {
    const secret = new TextEncoder().encode(jwtSecret);
    key = () => secret;
    algorithms = ['HS256'];
  } else throw new TypeError('createJwtVerifier needs jwksUrl or jwtSecret');

  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms,
        issuer,
        audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw refusal(error, token, algorithms, jwksUrl !== undefined);
    }
    try {
      return identityOf(
        {
          sub: payload.sub,
          role: payload[IDENTITY_CLAIMS.role],
          accounts: payload[IDENTITY_CLAIMS.accounts],
          bearer: payload[IDENTITY_CLAIMS.bearer],
        },
        (field) => `the token's ${IDENTITY_CLAIMS[field]} claim`,
      );
    } catch (error) {
      if (error instanceof IdentityShapeError) throw new GatewayError('UNAUTHENTICATED', error.message);
      throw error;
    }
  };
}

/** Says why a token was refused, in words safe to show: never the token nor the key. */
function refusal(error: unknown, token: string, algorithms: string[], remote: boolean): GatewayError {
  const unauthenticated = (message: string) => new GatewayError('UNAUTHENTICATED', message);
  if (error instanceof errors.JWTExpired) return unauthenticated('the token has expired (its exp is past)');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return unauthenticated('the token is not valid yet (its nbf is ahead)');
    if (error.claim === 'iss')
      return unauthenticated("the token's iss is not the issuer this gateway trusts");
    if (error.claim === 'aud') return unauthenticated("the token's aud is not this gateway's audience");
    if (error.reason === 'missing') return unauthenticated(`the token has no ${error.claim} claim`);
    return unauthenticated(`the token's ${error.claim} claim is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return unauthenticated(
      `the token's alg ${JSON.stringify(algorithmOf(token))} is not accepted: this gateway takes ${algorithms.join(', ')}`,
    );
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return unauthenticated("the token's signature does not verify");
  if (error instanceof errors.JWKSNoMatchingKey)
    return unauthenticated("no key of the identity provider matches the token's kid");
  // A JWKS that times out, is not a key set, or whose fetch fails (fetch throws its own errors).
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    (remote && !(error instanceof errors.JOSEError))
  )
    return new GatewayError(
      'UPSTREAM_UNAVAILABLE',
      "the identity provider's keys (AUTH_JWKS_URL) could not be fetched; try again later",
    );
  return unauthenticated('the token is not a well-formed signed JWT');
}

function algorithmOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    return undefined;
  }
}
