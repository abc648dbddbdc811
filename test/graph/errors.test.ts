import { CreateAccountCommand, CreateUserCommand } from '@aws-sdk/client-chime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let accountId: string;
let userId: string;

const document = `query ($accountId: String!, $userId: String!) {
  account(accountId: $accountId) {
    name
    settings { enableDialOut }
    user(userId: $userId) { primaryEmail }
    users(first: 5) { nodes { primaryEmail } }
  }
}`;

beforeAll(async () => {
  gateway = await startTestGateway();
  const sdk = adminSdk(gateway);
  accountId = (await sdk.send(new CreateAccountCommand({ Name: 'Faulty Corp' }))).Account!.AccountId!;
  userId = (await sdk.send(new CreateUserCommand({ AccountId: accountId, Email: 'ada@faulty.example' })))
    .User!.UserId!;
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

describe('upstream failures', () => {
  it('keep the other branches when one fails with 500s, with a coded error on the failed path', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccountSettings'] });
    const result = await gateway.query(document, { accountId, userId });
    expect(result.data!.account).toEqual({
      name: 'Faulty Corp',
      settings: null,
      user: { primaryEmail: 'ada@faulty.example' },
      users: { nodes: [{ primaryEmail: 'ada@faulty.example' }] },
    });
    expect(result.errors).toHaveLength(1);
    // The operation is named once, before the upstream's own message.
    expect(result.errors![0]!.message).toMatch(/^GetAccountSettings failed: (?!.*failed:)/);
    expect(result.errors![0]).toMatchObject({
      path: ['account', 'settings'],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { operation: 'GetAccountSettings', status: 500, requestId: expect.any(String) },
      },
    });
    // The client retried before giving up.
    expect((await gateway.stats()).calls.GetAccountSettings).toBeGreaterThan(1);
  });

  it('code throttling that outlasts the retries as THROTTLED, on that field only', async () => {
    await gateway.faults({ throttleRate: 1, operations: ['GetUser'] });
    // Without a users list in the document: a list would bring the user and spare the GetUser.
    const result = await gateway.query(
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) { name user(userId: $userId) { primaryEmail } }
      }`,
      { accountId, userId },
    );
    expect(result.data!.account.name).toBe('Faulty Corp');
    expect(result.data!.account.user).toBeNull();
    expect(result.errors![0]).toMatchObject({
      path: ['account', 'user'],
      extensions: { code: 'THROTTLED', upstream: { operation: 'GetUser', status: 429 } },
    });
  });

  it('answer a missing resource on a single-object field with null and no error', async () => {
    const result = await gateway.query(document, {
      accountId,
      userId: '11111111-2222-3333-4444-555555555555',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.account.user).toBeNull();
  });

  it('never show credentials, signatures or stack traces', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccountSettings', 'GetUser'] });
    const text = JSON.stringify(await gateway.query(document, { accountId, userId }));
    expect(text).not.toMatch(/Signature=|Authorization|AWS4-HMAC|secretAccessKey|\bat .+\.ts:\d+/);
  });
});

describe('input that cannot make an upstream call', () => {
  it('is BAD_USER_INPUT naming the empty id, with no upstream extension and no call', async () => {
    await gateway.resetStats();
    const result = await gateway.query(
      'query ($accountId: String!) { account(accountId: $accountId) { name } }',
      { accountId: '' },
    );
    expect(result.data).toEqual({ account: null });
    expect(result.errors).toEqual([
      {
        message:
          'accountId must match the pattern .*\\S.* (at least one character that is not white space), got ""',
        path: ['account'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('an upstream that does not answer', () => {
  it('is UPSTREAM_UNAVAILABLE in general terms, its host and port only in the log', async () => {
    const { logger, entries } = capturingLogger('info');
    const unreachable = await startTestGateway({ logger });
    const { port } = unreachable.local;
    await unreachable.close();
    const result = await unreachable.query('{ accounts(first: 1) { nodes { name } } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Chime did not answer (ListAccounts)',
        path: ['accounts'],
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: { operation: 'ListAccounts', status: null, requestId: null },
        },
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|ECONNREFUSED`));
    // The operator learns why, and the log names no host either.
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 40,
        code: 'UPSTREAM_UNAVAILABLE',
        msg: expect.stringMatching(/^ListAccounts failed: .*ECONNREFUSED/),
      }),
    );
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|:${port}`));
  });
});

describe('bad requests', () => {
  it('answer malformed documents, unknown fields and bad variables with a clear error', async () => {
    // GraphQL over HTTP: with the graphql-response media type a request error is a 400.
    const syntax = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ accounts { nodes { name }' }),
    });
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as any).errors[0].message).toMatch(/Syntax Error/);

    const unknown = await gateway.query('{ accounts { nodes { nickname } } }');
    expect(unknown.errors![0]!.message).toMatch(/Cannot query field "nickname" on type "Account"/);

    const variables = await gateway.query(
      'query ($first: Int) { accounts(first: $first) { nodes { name } } }',
      {
        first: 'many',
      },
    );
    expect(variables.errors![0]!.message).toMatch(/Variable "\$first" got invalid value "many"/);

    const notJson = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
  });
});
