import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAwsRegion } from './chime/endpoints.ts';
import { APP_INSTANCE_USER_ARN } from './identity.ts';

/** Where the gateway sends its Chime calls. */
export type UpstreamTarget =
  | { kind: 'embedded' }
  | { kind: 'aws'; region: string }
  | { kind: 'url'; url: string; region: string };

/** The gateway's configuration, read from the environment (see README). */
export interface GatewayConfig {
  /**
   * `PORT`: the port the gateway listens on; 0 picks a free one.
   * @default 4000
   */
  port: number;
  /**
   * `HOST`: where the gateway listens.
   * @default 127.0.0.1 beside an embedded chime-local, 0.0.0.0 otherwise
   */
  host: string;
  /**
   * `LOG_LEVEL`: the least severe pino level logged.
   * @default info
   */
  logLevel: string;
  /**
   * `CHIME_ENDPOINT` (with `AWS_REGION`, default us-east-1): `aws`, a URL, or unset for a
   * chime-local started inside the process.
   * @default { kind: 'embedded' }
   */
  upstream: UpstreamTarget;
  /**
   * `CHIME_BEARER_ARN`: the app instance user that messaging calls act as when AUTH=none.
   * @default undefined (the embedded chime-local's seeded user, or none)
   */
  bearerArn: string | undefined;
  /**
   * `CURSOR_SECRET`: the key connection cursors are signed with.
   * @default undefined (a random key per process)
   */
  cursorSecret: string | undefined;
  /** `MAX_*`: what one request may ask; each unset variable keeps its DEFAULT_LIMITS value. */
  limits: RequestLimits;
  /**
   * `CORS_ORIGINS`: the exact origins (`https://app.example.com`) whose pages may call the
   * gateway from a browser; every other origin gets no CORS headers.
   * @default []
   */
  corsOrigins: string[];
  /**
   * `PERSISTED_OPERATIONS`: the trusted documents by the sha256 hex of their text, read at
   * start-up from the JSON file the variable names.
   * @default undefined (none)
   */
  persistedOperations: Record<string, string> | undefined;
  /**
   * `PERSISTED_ONLY`: `true` refuses every document that is not one of `persistedOperations`.
   * @default false
   */
  persistedOnly: boolean;
  /**
   * `AUTH` and `AUTH_*`: how callers prove who they are.
   * @default AUTH=none (required with CHIME_ENDPOINT=aws)
   */
  auth: AuthConfig;
  /**
   * `RATE_LIMIT_CALLS_PER_SECOND`: the upstream calls per second each identity may be estimated to
   * make, in bursts of up to five times as many.
   * @default 50
   */
  rateLimitCallsPerSecond: number;
  /**
   * `METRICS_PORT`: where Prometheus scrapes `GET /metrics` (on `HOST`); `0` serves no metrics.
   * @default 9464
   */
  metricsPort: number;
  /**
   * `REDIS_URL`: the Redis that replicas share (cache, quotas, rate limits); unset, each process
   * keeps its own, in memory. Never logged: it may hold a password.
   * @default undefined
   */
  redisUrl: string | undefined;
  /**
   * `CACHE_TTL_SECONDS`: how long an upstream read is served from the shared cache; `0` turns the
   * cache off.
   * @default 15
   */
  cacheTtlSeconds: number;
}

/** `METRICS_PORT` when the variable is unset. */
export const DEFAULT_METRICS_PORT = 9464;
/** `CACHE_TTL_SECONDS` when the variable is unset. */
export const DEFAULT_CACHE_TTL_SECONDS = 15;

/** `RATE_LIMIT_CALLS_PER_SECOND` when the variable is unset. */
export const DEFAULT_CALLS_PER_SECOND = 50;

/** A kind of credential the gateway accepts. */
export type AuthMethod = 'jwt' | 'api-key';

/** How callers prove who they are (`AUTH` and `AUTH_*`, see README "Authentication and access"). */
export interface AuthConfig {
  /** `AUTH`: the credentials accepted; empty for `none` (every request is the `local` admin). */
  methods: readonly AuthMethod[];
  /** `AUTH_JWKS_URL`: where the identity provider publishes its RS256/ES256 keys. */
  jwksUrl?: string | undefined;
  /** `AUTH_JWT_SECRET`: the HS256 key, for development and tests. */
  jwtSecret?: string | undefined;
  /** `AUTH_ISSUER`: the `iss` every token must carry. */
  issuer?: string | undefined;
  /** `AUTH_AUDIENCE`: the `aud` every token must carry. */
  audience?: string | undefined;
  /** `AUTH_API_KEYS_FILE`: the JSON list of API key digests and their identities. */
  apiKeysFile?: string | undefined;
}

/** A cursor key shorter than this could be guessed. */
const MIN_CURSOR_SECRET_LENGTH = 32;

/** What one request may ask of the gateway before anything runs. */
export interface RequestLimits {
  /**
   * `MAX_BODY_BYTES`: the largest request body; a larger one is refused with 413.
   * @default 65536
   */
  maxBodyBytes: number;
  /**
   * `MAX_DEPTH`: how deeply selections (and argument values) may nest.
   * @default 15
   */
  maxDepth: number;
  /**
   * `MAX_ALIASES`: how many aliased fields one operation may hold.
   * @default 50
   */
  maxAliases: number;
  /**
   * `MAX_TOKENS`: how many lexical tokens a document may have; counted while parsing.
   * @default 5000
   */
  maxTokens: number;
  /**
   * `MAX_DIRECTIVES`: how many directives (`@include`, `@skip`) one operation may use.
   * @default 50
   */
  maxDirectives: number;
  /**
   * `MAX_COST`: the most upstream requests an operation may be estimated to make; a costlier one
   * is refused before any is sent.
   * @default 250
   */
  maxCost: number;
}

/** The limits that apply when no variable says otherwise. */
export const DEFAULT_LIMITS: RequestLimits = {
  maxBodyBytes: 65536,
  maxDepth: 15,
  maxAliases: 50,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 250,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Thrown at start-up when an environment variable is unusable; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the gateway's environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number from 0 to 65535, got ${JSON.stringify(env.PORT)}`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}`,
    );
  const region = env.AWS_REGION ?? 'us-east-1';
  if (!isAwsRegion(region))
    throw new ConfigError(
      `AWS_REGION must be an AWS region such as us-east-1, got ${JSON.stringify(region)}`,
    );
  const bearerArn = env.CHIME_BEARER_ARN || undefined;
  if (bearerArn !== undefined && !APP_INSTANCE_USER_ARN.test(bearerArn))
    throw new ConfigError(
      `CHIME_BEARER_ARN must be an app instance user ARN (arn:aws:chime:REGION:ACCOUNT:app-instance/ID/user/ID), got ${JSON.stringify(bearerArn)}`,
    );
  const upstream = upstreamTarget(env.CHIME_ENDPOINT, region);
  const host = env.HOST || (upstream.kind === 'embedded' ? '127.0.0.1' : '0.0.0.0');
  if (isIP(host) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host))
    throw new ConfigError(
      `HOST must be an IP address or host name to listen on, got ${JSON.stringify(host)}`,
    );
  const cursorSecret = env.CURSOR_SECRET || undefined;
  if (cursorSecret !== undefined && cursorSecret.length < MIN_CURSOR_SECRET_LENGTH)
    throw new ConfigError(
      `CURSOR_SECRET must be at least ${MIN_CURSOR_SECRET_LENGTH} characters long, got ${cursorSecret.length}`,
    );
  const persistedOperations = env.PERSISTED_OPERATIONS
    ? readPersistedOperations(env.PERSISTED_OPERATIONS)
    : undefined;
  const persistedOnly = booleanVariable(env, 'PERSISTED_ONLY');
  if (persistedOnly && !persistedOperations)
    throw new ConfigError('PERSISTED_ONLY=true needs PERSISTED_OPERATIONS, the file of trusted documents');
  return {
    port,
    host,
    logLevel,
    upstream,
    bearerArn,
    cursorSecret,
    limits: {
      maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
      maxDepth: positiveInteger(env, 'MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxAliases: positiveInteger(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
      maxTokens: positiveInteger(env, 'MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxDirectives: positiveInteger(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
      maxCost: positiveInteger(env, 'MAX_COST', DEFAULT_LIMITS.maxCost),
    },
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    persistedOperations,
    persistedOnly,
    auth: authConfig(env, upstream),
    rateLimitCallsPerSecond: positiveNumber(env, 'RATE_LIMIT_CALLS_PER_SECOND', DEFAULT_CALLS_PER_SECOND),
    metricsPort: portNumber(env, 'METRICS_PORT', DEFAULT_METRICS_PORT),
    redisUrl: redisUrl(env.REDIS_URL),
    cacheTtlSeconds: wholeNumber(env, 'CACHE_TTL_SECONDS', DEFAULT_CACHE_TTL_SECONDS),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new ConfigError(`${name} must be a whole number (0 or more), got ${JSON.stringify(text)}`);
  return value;
}

function portNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value > 65_535) throw new ConfigError(`${name} must be a port from 0 to 65535, got ${value}`);
  return value;
}

/** `REDIS_URL`, checked for its scheme; the error never repeats it, as it may hold a password. */
function redisUrl(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError('REDIS_URL must be a URL such as redis://host:6379/0');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got ${url.protocol}//`);
  return text;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive number, got ${JSON.stringify(text)}`);
  return value;
}

function booleanVariable(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = env[name];
  if (text === undefined || text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(text)}`);
}

function corsOrigins(list: string | undefined): string[] {
  if (!list) return [];
  return list.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {}
    // An origin is compared as a browser sends it: scheme, host and port, nothing after.
    if (!parsed || parsed.origin !== origin)
      throw new ConfigError(
        `CORS_ORIGINS must list exact origins such as https://app.example.com, separated by commas; got ${JSON.stringify(origin)}`,
      );
    return origin;
  });
}

/** Reads the trusted documents and checks that each is filed under the sha256 of its text. */
function readPersistedOperations(file: string): Record<string, string> {
  let documents: unknown;
  try {
    documents = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(
      `PERSISTED_OPERATIONS must name a readable JSON file, got ${JSON.stringify(file)}: ${(error as Error).message}`,
    );
  }
  if (typeof documents !== 'object' || documents === null || Array.isArray(documents))
    throw new ConfigError(
      `PERSISTED_OPERATIONS must hold a JSON object { "<sha256 hex>": "<document>" }, got ${Array.isArray(documents) ? 'an array' : typeof documents} in ${file}`,
    );
  for (const [hash, document] of Object.entries(documents)) {
    if (typeof document !== 'string')
      throw new ConfigError(`PERSISTED_OPERATIONS: the document under ${hash} must be a string in ${file}`);
    const actual = createHash('sha256').update(document).digest('hex');
    if (hash !== actual)
      throw new ConfigError(
        `PERSISTED_OPERATIONS: every key must be the sha256 hex of its document; ${JSON.stringify(hash.slice(0, 80))} holds a document whose sha256 is ${actual} in ${file}`,
      );
  }
  return documents as Record<string, string>;
}

const AUTH_VALUES = 'none, jwt, api-key or jwt,api-key';

function authConfig(env: NodeJS.ProcessEnv, upstream: UpstreamTarget): AuthConfig {
  const value = env.AUTH?.trim() || undefined;
  if (value === undefined && upstream.kind === 'aws')
    throw new ConfigError(
      `AUTH must be set when CHIME_ENDPOINT=aws (${AUTH_VALUES}): the gateway holds real AWS credentials, ` +
        'so who may use them has to be chosen explicitly',
    );
  const methods = [...new Set((value ?? 'none').split(',').map((part) => part.trim()))];
  const known = methods.every((method) => method === 'jwt' || method === 'api-key');
  if (!(methods.length === 1 && methods[0] === 'none') && !known)
    throw new ConfigError(`AUTH must be ${AUTH_VALUES}, got ${JSON.stringify(env.AUTH)}`);
  const auth: AuthConfig = {
    methods: known ? (methods as AuthMethod[]) : [],
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    jwtSecret: env.AUTH_JWT_SECRET || undefined,
    issuer: env.AUTH_ISSUER || undefined,
    audience: env.AUTH_AUDIENCE || undefined,
    apiKeysFile: env.AUTH_API_KEYS_FILE || undefined,
  };
  // A credential setting that the chosen AUTH ignores is a mistake that would leave the gateway open.
  const unused = (
    [
      ['jwt', ['AUTH_JWKS_URL', 'AUTH_JWT_SECRET', 'AUTH_ISSUER', 'AUTH_AUDIENCE']],
      ['api-key', ['AUTH_API_KEYS_FILE']],
    ] as const
  ).flatMap(([method, names]) => (auth.methods.includes(method) ? [] : names.filter((name) => env[name])));
  if (unused.length > 0)
    throw new ConfigError(
      `${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} set but AUTH=${value ?? 'none'} does not use it: ` +
        `set AUTH to ${AUTH_VALUES} accordingly`,
    );
  if (auth.methods.includes('jwt')) checkJwtSettings(auth);
  if (auth.methods.includes('api-key') && !auth.apiKeysFile)
    throw new ConfigError('AUTH_API_KEYS_FILE must name the API keys file when AUTH includes api-key');
  return auth;
}

/** HS256 keys shorter than the hash are guessable offline from any token. */
const MIN_SECRET_LENGTH = 32;

function checkJwtSettings({ jwksUrl, jwtSecret }: AuthConfig): void {
  if ((jwksUrl === undefined) === (jwtSecret === undefined))
    throw new ConfigError(
      'AUTH includes jwt: set exactly one of AUTH_JWKS_URL (RS256/ES256 keys of an identity provider) ' +
        'and AUTH_JWT_SECRET (HS256)',
    );
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH)
    throw new ConfigError(
      `AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters, got ${jwtSecret.length}`,
    );
  if (jwksUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new ConfigError(`AUTH_JWKS_URL must be an https URL, got ${JSON.stringify(jwksUrl)}`);
    }
    // Keys fetched in the clear could be swapped by anyone on the path; plain http only on this machine.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
      throw new ConfigError(
        `AUTH_JWKS_URL must be an https URL (http only for localhost), got ${JSON.stringify(jwksUrl)}`,
      );
  }
}

function upstreamTarget(endpoint: string | undefined, region: string): UpstreamTarget {
  if (endpoint === undefined || endpoint === '') return { kind: 'embedded' };
  if (endpoint === 'aws') return { kind: 'aws', region };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(
      `CHIME_ENDPOINT must be unset, "aws" or an http(s) URL, got ${JSON.stringify(endpoint)}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`CHIME_ENDPOINT must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
  return { kind: 'url', url: url.origin, region };
}
