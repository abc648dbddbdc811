import type { Plugin } from 'graphql-yoga';
import type { AuthConfig, AuthMethod } from '../config.ts';
import { GatewayError } from '../errors.ts';
import { type Identity, localIdentity } from '../identity.ts';
import { apiKeyIdentity, readApiKeys } from './api-keys.ts';
import { createJwtVerifier, type JwtOptions } from './jwt.ts';

/** How callers prove who they are. */
export interface AuthenticationOptions {
  /**
   * `AUTH` and `AUTH_*`, plus the JWKS refetch cooldown.
   * @default { methods: [] } (AUTH=none)
   */
  auth?: AuthConfig & Pick<JwtOptions, 'jwksCooldownMs'>;
  /** The bearer of the `local` identity when AUTH=none: `CHIME_BEARER_ARN`, or the demo bearer. */
  localBearer?: string | undefined;
}

/** Finds who a request acts as, or throws a `GatewayError` saying what is wrong with its credentials. */
type Authenticate = (request: Request) => Identity | Promise<Identity>;

/**
 * Authenticates every request that reaches the plugins (GraphiQL's page and `/healthz` are served
 * before, so a person can open GraphiQL and type a token into its Headers tab). Missing or bad
 * credentials end the request with HTTP 401 and `UNAUTHENTICATED` before its body is read, so they
 * cost no parsing and no upstream call; `identityOf(request)` then gives the context its caller.
 * Reads the API keys file at once: a bad one throws a `ConfigError` at start-up.
 */
export function useAuthentication({ auth = { methods: [] }, localBearer }: AuthenticationOptions): Plugin & {
  identityOf(request: Request): Identity;
} {
  const authenticate = authenticator(auth, localBearer);
  const identities = new WeakMap<Request, Identity>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      try {
        identities.set(request, await authenticate(request));
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        endResponse(refusal(error, auth.methods, fetchAPI.Response));
      }
    },
    identityOf(request) {
      const identity = identities.get(request);
      // Every request passed onRequest; should one not have, it acts as no one rather than as someone.
      if (!identity) throw new GatewayError('UNAUTHENTICATED', 'the request was not authenticated');
      return identity;
    },
  };
}

function authenticator(auth: NonNullable<AuthenticationOptions['auth']>, localBearer: string | undefined) {
  const { methods } = auth;
  if (methods.length === 0) {
    const local = localIdentity(localBearer);
    return () => local;
  }
  const verifyJwt = methods.includes('jwt') ? createJwtVerifier(auth) : undefined;
  const apiKeys = methods.includes('api-key') ? readApiKeys(auth.apiKeysFile ?? '') : undefined;
  const unauthenticated = (reason: string) => new GatewayError('UNAUTHENTICATED', reason);
  const authenticate: Authenticate = (request) => {
    // A credential of a kind AUTH does not accept is ignored, as any other header is.
    const authorization = verifyJwt ? request.headers.get('authorization') : null;
    const apiKey = apiKeys ? request.headers.get('x-api-key') : null;
    if (authorization !== null && apiKey !== null)
      throw unauthenticated('the request carries both a token and an API key; send one of them');
    if (apiKey !== null) {
      const identity = apiKeyIdentity(apiKeys!, apiKey.trim());
      if (!identity) throw unauthenticated('the API key in x-api-key is not one this gateway knows');
      return identity;
    }
    if (authorization !== null) {
      const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
      if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      return verifyJwt!(token);
    }
    throw unauthenticated('the request carries no credentials');
  };
  return authenticate;
}

const HOW_TO: Record<AuthMethod, string> = {
  jwt: 'send a token in the Authorization header as "Bearer <token>"',
  'api-key': 'send an API key in the x-api-key header',
};

const CHALLENGES: Record<AuthMethod, string> = {
  jwt: 'Bearer realm="chime-graphql-gateway"',
  'api-key': 'ApiKey realm="chime-graphql-gateway", header="x-api-key"',
};

/** The response that ends a refused request: a GraphQL error body saying what to send, and how in GraphiQL. */
function refusal(error: GatewayError, methods: readonly AuthMethod[], Response: typeof globalThis.Response) {
  const unauthenticated = error.code === 'UNAUTHENTICATED';
  const message = unauthenticated
    ? `Not authenticated: ${error.message}. To call this gateway, ${methods.map((method) => HOW_TO[method]).join(' or ')} (GraphiQL: Headers tab).`
    : error.message;
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
  if (unauthenticated)
    headers.set('www-authenticate', methods.map((method) => CHALLENGES[method]).join(', '));
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: error.code } }] }), {
    status: unauthenticated ? 401 : 503,
    headers,
  });
}
