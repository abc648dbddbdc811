import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

/** Every line the gateway logs, parsed. */
let lines: Record<string, any>[] = [];
let raw = '';
const destination = new Writable({
  write(chunk, _, done) {
    raw += chunk.toString();
    lines.push(
      ...chunk
        .toString()
        .trim()
        .split('\n')
        .map((line: string) => JSON.parse(line)),
    );
    done();
  },
});
const auditLines = () => lines.filter((line) => line.logger === 'audit');

let gateway: TestGateway;
let token: string;
let headers: Record<string, string>;

beforeAll(async () => {
  gateway = await startTestGateway({
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    // Debug shows every line the gateway can write, so none of them may hold the token.
    logger: createLogger('debug', destination),
    client: { maxAttempts: 1 },
  });
  token = await mintHs256({ sub: 'ops-1', chime_role: 'admin', chime_accounts: ['*'] });
  headers = { authorization: `Bearer ${token}`, cookie: 'session=cookie-secret', 'x-api-key': 'key-secret' };
});
afterAll(() => gateway.close());
beforeEach(() => {
  lines = [];
  raw = '';
});

const CREATE = `mutation ($name: String!) {
  createAccount(input: { name: $name }) { account { accountId } userErrors { code } }
}`;
const DELETE = `mutation ($accountId: String!) {
  deleteAccount(input: { accountId: $accountId }) { deletedAccountId userErrors { code } }
}`;

describe('the audit logger', () => {
  it('logs one line per mutation: who, what, the ids of its input, and how it went', async () => {
    const created = await gateway.send(headers, CREATE, { name: 'Audited' });
    const accountId = created.body.data!.createAccount.account.accountId as string;
    await gateway.send(headers, DELETE, { accountId });
    expect(auditLines()).toEqual([
      expect.objectContaining({
        logger: 'audit',
        level: 30,
        sub: 'ops-1',
        role: 'admin',
        mutation: 'createAccount',
        ids: {},
        outcome: 'ok',
        codes: [],
        // The id of the CreateAccount answer, as chime-local sent it.
        requestIds: [expect.stringMatching(/^\S+$/)],
        msg: 'mutation createAccount: ok',
      }),
      expect.objectContaining({ mutation: 'deleteAccount', ids: { accountId }, outcome: 'ok' }),
    ]);
  });

  it('records the user error codes of a payload, and the ids of lists and nested input', async () => {
    await gateway.send(headers, DELETE, { accountId: 'no-such-account' });
    await gateway.send(
      headers,
      `mutation { a: batchSuspendUsers(input: { accountId: "no-such-account", userIds: ["u-1", "u-2"] }) {
        userErrors { code } } }`,
    );
    expect(auditLines()).toEqual([
      expect.objectContaining({
        mutation: 'deleteAccount',
        ids: { accountId: 'no-such-account' },
        outcome: 'user_errors',
        codes: ['NOT_FOUND'],
      }),
      expect.objectContaining({
        mutation: 'batchSuspendUsers',
        ids: { accountId: 'no-such-account', userIds: ['u-1', 'u-2'] },
        outcome: 'user_errors',
      }),
    ]);
  });

  it('records a failed mutation with its error code and the upstream request id, one line per field', async () => {
    await gateway.faults({ errorRate: 1, operations: ['CreateAccount'] });
    try {
      const { body } = await gateway.send(
        headers,
        `mutation {
          first: createAccount(input: { name: "One" }) { userErrors { code } }
          second: deleteAccount(input: { accountId: "missing" }) { userErrors { code } }
        }`,
      );
      const requestId = body.errors![0]!.extensions!.upstream.requestId;
      expect(requestId).toEqual(expect.any(String));
      expect(auditLines()).toEqual([
        expect.objectContaining({
          mutation: 'createAccount',
          outcome: 'error',
          codes: ['UPSTREAM_UNAVAILABLE'],
          // Every attempt's answer, retries included, the last of them the one the error names.
          requestIds: expect.arrayContaining([requestId]),
        }),
        expect.objectContaining({ mutation: 'deleteAccount', outcome: 'user_errors', codes: ['NOT_FOUND'] }),
      ]);
    } finally {
      await gateway.faults({});
    }
  });

  it('says nothing for queries', async () => {
    await gateway.send(headers, '{ accounts(first: 1) { nodes { name } } }');
    expect(lines.length).toBeGreaterThan(0);
    expect(auditLines()).toEqual([]);
  });

  it('never logs the token, the API key or a cookie, nor the refused ones', async () => {
    await gateway.send(headers, CREATE, { name: 'Quiet' });
    await gateway.send({ ...headers, authorization: `Bearer ${token}x` }, CREATE, { name: 'Refused' });
    expect(auditLines()).toHaveLength(1);
    for (const secret of [token, token.split('.')[2]!, 'key-secret', 'cookie-secret'])
      expect(raw).not.toContain(secret);
  });
});

describe('the audit logger with LOG_LEVEL=warn', () => {
  it('still writes its lines, while the rest stays quiet', async () => {
    const quiet = await startTestGateway({
      auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
      logger: createLogger('warn', destination),
    });
    try {
      await quiet.send(headers, CREATE, { name: 'Warned' });
      expect(lines).toEqual([
        expect.objectContaining({ logger: 'audit', mutation: 'createAccount', level: 30 }),
      ]);
    } finally {
      await quiet.close();
    }
  });
});

describe('the logger', () => {
  it('redacts credential headers wherever a request or response is logged', () => {
    const logger = createLogger('info', destination);
    const secrets = { authorization: 'Bearer t0ken', 'x-api-key': 'k3y', cookie: 'c00kie' };
    logger.info({ req: { headers: secrets }, res: { headers: { 'set-cookie': 's3t' } } }, 'request');
    logger.info({ headers: secrets }, 'headers');
    for (const secret of ['t0ken', 'k3y', 'c00kie', 's3t']) expect(raw).not.toContain(secret);
    expect(lines.map((line) => line.req?.headers ?? line.headers)).toEqual([
      { authorization: '[redacted]', 'x-api-key': '[redacted]', cookie: '[redacted]' },
      { authorization: '[redacted]', 'x-api-key': '[redacted]', cookie: '[redacted]' },
    ]);
  });
});
