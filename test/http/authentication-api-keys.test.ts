import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newApiKey } from '../../scripts/new-api-key.ts';
import { DEMO_BEARER_ARN } from '../../src/chime-local/messaging/seed.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

const ACCOUNTS = '{ accounts(first: 1) { nodes { name } } }';
const DEMO_CHANNELS = 'query ($arn: String!) { channels(appInstanceArn: $arn, first: 1) { nodes { name } } }';
const DEMO_APP = DEMO_BEARER_ARN.replace(/\/user\/.*$/, '');

const directory = mkdtempSync(join(tmpdir(), 'api-keys-'));
const keysFile = (entries: unknown) => {
  const path = join(directory, `keys-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(entries));
  return path;
};

const dashboard = newApiKey({ name: 'dashboard', role: 'viewer', accounts: ['*'], bearer: DEMO_BEARER_ARN });
const noBearer = newApiKey({ name: 'reporting', role: 'viewer', accounts: ['*'] });

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({
    seed: 'demo',
    auth: {
      methods: ['jwt', 'api-key'],
      jwtSecret: TEST_JWT_SECRET,
      apiKeysFile: keysFile([dashboard.entry, noBearer.entry]),
    },
  });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

async function expectRefused(headers: Record<string, string>, reason: RegExp) {
  const { status, headers: answer, body } = await gateway.send(headers, ACCOUNTS);
  expect(status).toBe(401);
  expect(answer.get('www-authenticate')).toBe(
    'Bearer realm="chime-graphql-gateway", ApiKey realm="chime-graphql-gateway", header="x-api-key"',
  );
  expect(body.errors).toEqual([
    { message: expect.stringMatching(reason), extensions: { code: 'UNAUTHENTICATED' } },
  ]);
  expect(body.errors![0]!.message).toMatch(/or send an API key in the x-api-key header/);
  expect((await gateway.stats()).total).toBe(0);
}

describe('AUTH=jwt,api-key', () => {
  it('answers a listed API key as its entry, bearer included', async () => {
    const { status, body } = await gateway.send({ 'x-api-key': dashboard.key }, DEMO_CHANNELS, {
      arn: DEMO_APP,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.channels.nodes).toHaveLength(1);
  });

  it('gives an entry without bearer no messaging', async () => {
    const { body } = await gateway.send({ 'x-api-key': noBearer.key }, DEMO_CHANNELS, { arn: DEMO_APP });
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(body.errors![0]!.message).toMatch(/identity "reporting" has none/);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('still takes tokens', async () => {
    const { status } = await gateway.send(
      { authorization: `Bearer ${await mintHs256(VIEWER_CLAIMS)}` },
      ACCOUNTS,
    );
    expect(status).toBe(200);
  });

  it('refuses an unknown key, no credentials, and a request with both kinds', async () => {
    await expectRefused(
      { 'x-api-key': `${dashboard.key}x` },
      /the API key in x-api-key is not one this gateway knows/,
    );
    await expectRefused({ 'x-api-key': dashboard.sha256 }, /not one this gateway knows/);
    await expectRefused({}, /the request carries no credentials/);
    await expectRefused(
      { 'x-api-key': dashboard.key, authorization: `Bearer ${await mintHs256(VIEWER_CLAIMS)}` },
      /carries both a token and an API key; send one of them/,
    );
  });
});

describe('the API keys file', () => {
  it('holds digests only', () => {
    expect(dashboard.entry).toEqual({
      name: 'dashboard',
      sha256: createHash('sha256').update(dashboard.key).digest('hex'),
      role: 'viewer',
      accounts: ['*'],
      bearer: DEMO_BEARER_ARN,
    });
    expect(JSON.stringify(dashboard.entry)).not.toContain(dashboard.key);
  });

  it.each([
    ['is not JSON', '{', /AUTH_API_KEYS_FILE \(.*\) must be a readable JSON file/],
    ['is not a list', { name: 'x' }, /must hold a JSON list/],
    ['has a short digest', [{ ...noBearer.entry, sha256: 'abc' }], /entry 0: sha256 must be 64 hex digits/],
    [
      'has an unknown role',
      [{ ...noBearer.entry, role: 'root' }],
      /entry 0: role must be one of viewer, operator, admin/,
    ],
    ['has no name', [{ ...noBearer.entry, name: '' }], /entry 0: name must be a non-empty string/],
    [
      'names one key twice',
      [noBearer.entry, { ...dashboard.entry, name: 'reporting' }],
      /entry 1: name "reporting" is used twice/,
    ],
    ['lists one digest twice', [noBearer.entry, { ...noBearer.entry, name: 'copy' }], /entry 1: its sha256/],
  ])('stops the gateway at start-up when it %s', async (_, content, message) => {
    const path = join(directory, 'bad.json');
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    await expect(startTestGateway({ auth: { methods: ['api-key'], apiKeysFile: path } })).rejects.toThrow(
      message,
    );
  });
});

describe('npm run api-key', () => {
  it('prints a new key, its SHA-256, and the entry to add to the file', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'api-key', '--', '--name', 'ops', '--role', 'operator', '--accounts', 'a1,a2'],
      { cwd: new URL('../..', import.meta.url).pathname },
    );
    const key = /^key: +(cgk_[\w-]{43})$/m.exec(stdout)?.[1];
    const sha256 = /^sha256: +([0-9a-f]{64})$/m.exec(stdout)?.[1];
    const entry = JSON.parse(/^entry: +(\{.*\})$/m.exec(stdout)![1]!);
    expect(key).toBeDefined();
    expect(sha256).toBe(createHash('sha256').update(key!).digest('hex'));
    expect(entry).toEqual({ name: 'ops', sha256, role: 'operator', accounts: ['a1', 'a2'] });
  });
});
