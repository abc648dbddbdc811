import { describe, expect, it } from 'vitest';
import { loadChimeLocalConfig } from '../src/chime-local/config.ts';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to port 4000 on loopback, info logs and an embedded chime-local', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      upstream: { kind: 'embedded' },
      bearerArn: undefined,
      cursorSecret: undefined,
    });
  });

  it('reads CURSOR_SECRET, and refuses one short enough to guess without printing it', () => {
    const secret = 'k'.repeat(32);
    expect(loadConfig({ CURSOR_SECRET: secret }).cursorSecret).toBe(secret);
    expect(() => loadConfig({ CURSOR_SECRET: 'hunter2' })).toThrow(
      /^CURSOR_SECRET must be at least 32 characters long, got 7$/,
    );
  });

  it('reads CHIME_ENDPOINT=aws with AWS_REGION, and a URL for every group', () => {
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', AWS_REGION: 'eu-central-1' }).upstream).toEqual({
      kind: 'aws',
      region: 'eu-central-1',
    });
    expect(loadConfig({ CHIME_ENDPOINT: 'http://localhost:4577/' }).upstream).toEqual({
      kind: 'url',
      url: 'http://localhost:4577',
      region: 'us-east-1',
    });
  });

  it('listens on every interface in front of a separate upstream, unless HOST says where', () => {
    expect(loadConfig({ CHIME_ENDPOINT: 'aws' }).host).toBe('0.0.0.0');
    expect(loadConfig({ CHIME_ENDPOINT: 'http://chime-local:4577' }).host).toBe('0.0.0.0');
    expect(loadConfig({ CHIME_ENDPOINT: 'aws', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'gateway.internal' }).host).toBe('gateway.internal');
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
