import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEndpoints } from '../src/chime/endpoints.ts';
import { loadChimeLocalConfig } from '../src/chime-local/config.ts';
import { DEFAULT_LIMITS, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to port 4000 on loopback, info logs and an embedded chime-local', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      upstream: { kind: 'embedded' },
      bearerArn: undefined,
      cursorSecret: undefined,
      limits: {
        maxBodyBytes: 65536,
        maxDepth: 15,
        maxAliases: 50,
        maxTokens: 5000,
        maxDirectives: 50,
        maxCost: 250,
      },
      corsOrigins: [],
      persistedOperations: undefined,
      persistedOnly: false,
      auth: {
        methods: [],
        jwksUrl: undefined,
        jwtSecret: undefined,
        issuer: undefined,
        audience: undefined,
        apiKeysFile: undefined,
      },
      rateLimitCallsPerSecond: 50,
      metricsPort: 9464,
      redisUrl: undefined,
      cacheTtlSeconds: 15,
    });
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads RATE_LIMIT_CALLS_PER_SECOND as a positive number', () => {
    expect(loadConfig({ RATE_LIMIT_CALLS_PER_SECOND: '2.5' }).rateLimitCallsPerSecond).toBe(2.5);
  });

  it('reads CURSOR_SECRET, and refuses one short enough to guess without printing it', () => {
    const secret = 'k'.repeat(32);
    expect(loadConfig({ CURSOR_SECRET: secret }).cursorSecret).toBe(secret);
    expect(() => loadConfig({ CURSOR_SECRET: 'hunter2' })).toThrow(
      /^CURSOR_SECRET must be at least 32 characters long, got 7$/,
    );
  });

  it('reads CHIME_ENDPOINT=aws with AWS_REGION, and a URL for every group', () => {
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', AWS_REGION: 'eu-central-1', AUTH: 'none' }).upstream).toEqual({
      kind: 'aws',
      region: 'eu-central-1',
    });
    expect(loadConfig({ CHIME_ENDPOINT: 'http://localhost:4577/' }).upstream).toEqual({
      kind: 'url',
      url: 'http://localhost:4577',
      region: 'us-east-1',
    });
  });

  it('takes every region the endpoints take, and builds the endpoints it names', () => {
    for (const region of ['us-gov-west-1', 'ap-southeast-12']) {
      const { upstream } = loadConfig({ CHIME_ENDPOINT: 'aws', AWS_REGION: region, AUTH: 'none' });
      expect(upstream).toEqual({ kind: 'aws', region });
      expect(resolveEndpoints('aws', region).voice.url).toBe(`https://voice-chime.${region}.amazonaws.com`);
    }
  });

  it('listens on every interface in front of a separate upstream, unless HOST says where', () => {
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', AUTH: 'none' }).host).toBe('0.0.0.0');
    expect(loadConfig({ CHIME_ENDPOINT: 'http://chime-local:4577' }).host).toBe('0.0.0.0');
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', AUTH: 'none', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'gateway.internal' }).host).toBe('gateway.internal');
  });

  it('reads the limits, the CORS origins and the trusted documents', () => {
    const document = '{ accounts { nodes { name } } }';
    const hash = createHash('sha256').update(document).digest('hex');
    const file = trustedDocumentsFile({ [hash]: document });
    expect(
      loadConfig({
        MAX_BODY_BYTES: '1024',
        MAX_DEPTH: '8',
        MAX_ALIASES: '5',
        MAX_TOKENS: '900',
        MAX_DIRECTIVES: '3',
        CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
        PERSISTED_OPERATIONS: file,
        PERSISTED_ONLY: 'true',
      }),
    ).toMatchObject({
      limits: { maxBodyBytes: 1024, maxDepth: 8, maxAliases: 5, maxTokens: 900, maxDirectives: 3 },
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      persistedOperations: { [hash]: document },
      persistedOnly: true,
    });
  });

  it('refuses a trusted document filed under a hash that is not its own', () => {
    const file = trustedDocumentsFile({ ['0'.repeat(64)]: '{ __typename }' });
    expect(() => loadConfig({ PERSISTED_OPERATIONS: file })).toThrow(
      new RegExp(
        `PERSISTED_OPERATIONS: every key must be the sha256 hex of its document; "${'0'.repeat(64)}" holds a document whose sha256 is ${createHash('sha256').update('{ __typename }').digest('hex')}`,
      ),
    );
  });

  it('refuses a trusted documents file that is not an object of documents', () => {
    expect(() => loadConfig({ PERSISTED_OPERATIONS: trustedDocumentsFile([]) })).toThrow(
      /PERSISTED_OPERATIONS must hold a JSON object .* got an array/,
    );
    expect(() => loadConfig({ PERSISTED_OPERATIONS: trustedDocumentsFile({ abc: 1 }) })).toThrow(
      /PERSISTED_OPERATIONS: the document under abc must be a string/,
    );
  });

  it.each([
    [{ MAX_BODY_BYTES: 'lots' }, /MAX_BODY_BYTES must be a positive integer, got "lots"/],
    [{ MAX_DEPTH: '0' }, /MAX_DEPTH must be a positive integer, got "0"/],
    [{ MAX_TOKENS: '1.5' }, /MAX_TOKENS must be a positive integer/],
    [{ CORS_ORIGINS: '*' }, /CORS_ORIGINS must list exact origins .* got "\*"/],
    [{ CORS_ORIGINS: 'https://app.example.com/' }, /CORS_ORIGINS must list exact origins/],
    [{ RATE_LIMIT_CALLS_PER_SECOND: '0' }, /RATE_LIMIT_CALLS_PER_SECOND must be a positive number, got "0"/],
    [
      { RATE_LIMIT_CALLS_PER_SECOND: 'many' },
      /RATE_LIMIT_CALLS_PER_SECOND must be a positive number, got "many"/,
    ],
    [{ PERSISTED_ONLY: 'yes' }, /PERSISTED_ONLY must be true or false, got "yes"/],
    [{ PERSISTED_ONLY: 'true' }, /PERSISTED_ONLY=true needs PERSISTED_OPERATIONS/],
    [{ PERSISTED_OPERATIONS: '/no/such/file.json' }, /PERSISTED_OPERATIONS must name a readable JSON file/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [
      { HOST: 'http://0.0.0.0' },
      /HOST must be an IP address or host name to listen on, got "http:\/\/0.0.0.0"/,
    ],
    [{ PORT: 'eighty' }, /PORT must be a port number from 0 to 65535, got "eighty"/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/,
    ],
    [{ CHIME_ENDPOINT: 'chime-local:4577' }, /CHIME_ENDPOINT must be/],
    [{ CHIME_ENDPOINT: 'ftp://example.com' }, /CHIME_ENDPOINT must be an http\(s\) URL/],
    [{ AWS_REGION: 'moon' }, /AWS_REGION must be an AWS region such as us-east-1, got "moon"/],
    [{ CHIME_BEARER_ARN: 'someone' }, /CHIME_BEARER_ARN must be an app instance user ARN/],
    [{ MAX_COST: '0' }, /MAX_COST must be a positive integer, got "0"/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('loadChimeLocalConfig', () => {
  it('defaults to port 4577 on loopback, the demo seed, no latency and the test key pair', () => {
    expect(loadChimeLocalConfig({})).toEqual({
      port: 4577,
      host: '127.0.0.1',
      seed: 'demo',
      latencyMs: 0,
      credentials: [{ accessKeyId: 'test', secretAccessKey: 'test' }],
    });
  });

  it('listens where CHIME_LOCAL_HOST says', () => {
    expect(loadChimeLocalConfig({ CHIME_LOCAL_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it.each([
    [{ CHIME_LOCAL_SEED: 'lots' }, /CHIME_LOCAL_SEED must be demo or none, got "lots"/],
    [{ CHIME_LOCAL_PORT: '-1' }, /CHIME_LOCAL_PORT must be a whole number, got "-1"/],
    [{ CHIME_LOCAL_LATENCY_MS: 'slow' }, /CHIME_LOCAL_LATENCY_MS must be a whole number, got "slow"/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadChimeLocalConfig(env)).toThrow(message);
  });
});

function trustedDocumentsFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'trusted-documents-')), 'documents.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('loadConfig: AUTH', () => {
  const SECRET = 'a-development-secret-of-32-chars!';

  it('defaults to AUTH=none for an embedded chime-local and for a URL endpoint', () => {
    expect(loadConfig({}).auth.methods).toEqual([]);
    expect(loadConfig({ CHIME_ENDPOINT: 'http://localhost:4577' }).auth.methods).toEqual([]);
  });

  it('refuses to start against real AWS unless AUTH is chosen explicitly', () => {
    expect(() => loadConfig({ CHIME_ENDPOINT: 'aws' })).toThrow(/AUTH must be set when CHIME_ENDPOINT=aws/);
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', AUTH: 'none' }).auth.methods).toEqual([]);
  });

  it('reads jwt with a secret or a JWKS URL, api-key with its file, and both', () => {
    expect(loadConfig({ AUTH: 'jwt', AUTH_JWT_SECRET: SECRET }).auth).toMatchObject({
      methods: ['jwt'],
      jwtSecret: SECRET,
    });
    expect(
      loadConfig({
        AUTH: 'jwt',
        AUTH_JWKS_URL: 'https://login.example.com/.well-known/jwks.json',
        AUTH_ISSUER: 'https://login.example.com/',
        AUTH_AUDIENCE: 'chime-gateway',
      }).auth,
    ).toMatchObject({ issuer: 'https://login.example.com/', audience: 'chime-gateway' });
    expect(
      loadConfig({ AUTH: 'jwt, api-key', AUTH_JWT_SECRET: SECRET, AUTH_API_KEYS_FILE: 'keys.json' }).auth,
    ).toMatchObject({ methods: ['jwt', 'api-key'], apiKeysFile: 'keys.json' });
  });

  it.each([
    [{ AUTH: 'oauth' }, /AUTH must be none, jwt, api-key or jwt,api-key, got "oauth"/],
    [{ AUTH: 'none,jwt' }, /AUTH must be none, jwt, api-key or jwt,api-key/],
    [{ AUTH: 'jwt' }, /set exactly one of AUTH_JWKS_URL .* and AUTH_JWT_SECRET/],
    [
      { AUTH: 'jwt', AUTH_JWT_SECRET: SECRET, AUTH_JWKS_URL: 'https://login.example.com/jwks' },
      /set exactly one of AUTH_JWKS_URL/,
    ],
    [{ AUTH: 'jwt', AUTH_JWT_SECRET: 'short' }, /AUTH_JWT_SECRET must be at least 32 characters, got 5/],
    [{ AUTH: 'jwt', AUTH_JWKS_URL: 'http://login.example.com/jwks' }, /AUTH_JWKS_URL must be an https URL/],
    [{ AUTH: 'jwt', AUTH_JWKS_URL: 'jwks.json' }, /AUTH_JWKS_URL must be an https URL/],
    [{ AUTH: 'api-key' }, /AUTH_API_KEYS_FILE must name the API keys file/],
    [{ AUTH_JWT_SECRET: SECRET }, /AUTH_JWT_SECRET is set but AUTH=none does not use it/],
    [
      { AUTH: 'api-key', AUTH_API_KEYS_FILE: 'keys.json', AUTH_ISSUER: 'x' },
      /AUTH_ISSUER is set but AUTH=api-key does not use it/,
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('METRICS_PORT, REDIS_URL and CACHE_TTL_SECONDS', () => {
  it('takes a metrics port from 0 (off) to 65535, and a cache TTL of 0 or more seconds', () => {
    expect(loadConfig({ METRICS_PORT: '0', CACHE_TTL_SECONDS: '0' })).toMatchObject({
      metricsPort: 0,
      cacheTtlSeconds: 0,
    });
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(
      'METRICS_PORT must be a port from 0 to 65535, got 70000',
    );
    expect(() => loadConfig({ CACHE_TTL_SECONDS: '-1' })).toThrow(
      'CACHE_TTL_SECONDS must be a whole number (0 or more), got "-1"',
    );
  });

  it('takes a redis:// or rediss:// URL, and never repeats one it refuses', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:secret@cache:6379/0' }).redisUrl).toBe(
      'redis://:secret@cache:6379/0',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://:secret@cache' })).toThrow(
      'REDIS_URL must start with redis:// or rediss://, got http://',
    );
    expect(() => loadConfig({ REDIS_URL: 'not a url secret' })).toThrow(/^REDIS_URL must be a URL/);
  });
});
