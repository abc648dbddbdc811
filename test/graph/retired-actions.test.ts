import { CreateAccountCommand } from '@aws-sdk/client-chime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let accountId: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  accountId = (await adminSdk(gateway).send(new CreateAccountCommand({ Name: 'Legacy Corp' }))).Account!
    .AccountId!;
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

const ACCOUNT = 'query ($accountId: String!) { account(accountId: $accountId) { name } }';
const retiredAnswer = (status: number, Code: string, Message?: string) => ({
  status,
  errorType: Code,
  body: Message === undefined ? { Code } : { Code, Message },
});

/** Nothing in a response may name where the upstream is. */
function expectNoHost(response: unknown) {
  const text = JSON.stringify(response);
  const { host } = new URL(gateway.local.url);
  expect(text).not.toContain(host);
  expect(text).not.toContain('127.0.0.1');
}

describe('an action the legacy Amazon Chime namespace no longer serves', () => {
  it('is UPSTREAM_RETIRED, with its upstream status and request id, on a 410 Gone', async () => {
    await gateway.faults({ answers: { GetAccount: retiredAnswer(410, 'GoneException', 'Gone') } });
    await gateway.resetStats();
    const result = await gateway.query(ACCOUNT, { accountId });
    expect(result.data).toEqual({ account: null });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error).toMatchObject({
      path: ['account'],
      extensions: { code: 'UPSTREAM_RETIRED', upstream: { operation: 'GetAccount', status: 410 } },
    });
    expect(error!.extensions!.upstream.requestId).toEqual(expect.any(String));
    expect(error!.message).toMatch(/^GetAccount is retired: Amazon Chime ended support on 2026-02-20/);
    expectNoHost(result);
    // Not retried: it will not come back.
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1 });
  });

  it('is UPSTREAM_RETIRED on a 404 or 403 that says the service ended, not null or FORBIDDEN', async () => {
    await gateway.faults({
      answers: { GetAccount: retiredAnswer(404, 'NotFoundException', 'Amazon Chime is no longer supported') },
    });
    const notFound = await gateway.query(ACCOUNT, { accountId });
    expect(notFound.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_RETIRED',
      upstream: { status: 404 },
    });

    await gateway.faults({
      answers: { GetAccount: retiredAnswer(403, 'ForbiddenException', 'Amazon Chime ended support') },
    });
    const forbidden = await gateway.query(ACCOUNT, { accountId });
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_RETIRED',
      upstream: { status: 403 },
    });
    expectNoHost(forbidden);
  });

  it('in a mutation, is a GraphQL error, not a user error: the caller cannot fix it', async () => {
    await gateway.faults({
      answers: {
        CreateAccount: retiredAnswer(400, 'BadRequestException', 'This action is no longer supported'),
      },
    });
    await gateway.resetStats();
    const result = await gateway.query(
      'mutation { createAccount(input: { name: "Too late" }) { account { accountId } userErrors { code } } }',
    );
    expect(result.data).toEqual({ createAccount: null });
    expect(result.errors?.[0]).toMatchObject({
      path: ['createAccount'],
      extensions: { code: 'UPSTREAM_RETIRED', upstream: { operation: 'CreateAccount', status: 400 } },
    });
    expectNoHost(result);
    expect((await gateway.stats()).calls).toEqual({ CreateAccount: 1 });
  });

  it('leaves real refusals alone: a missing account is null, a permission FORBIDDEN', async () => {
    await gateway.faults({
      answers: { GetAccount: retiredAnswer(404, 'NotFoundException', 'Account not found') },
    });
    const missing = await gateway.query(ACCOUNT, { accountId });
    expect(missing).toEqual({ data: { account: null } });

    await gateway.faults({
      answers: {
        GetAccount: retiredAnswer(403, 'ForbiddenException', 'Not authorized to perform chime:GetAccount'),
      },
    });
    const forbidden = await gateway.query(ACCOUNT, { accountId });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('holds for the legacy namespace only: a Chime SDK action answered 410 is not called retired', async () => {
    await gateway.faults({
      answers: { ListVoiceConnectors: retiredAnswer(410, 'GoneException', 'no longer supported') },
    });
    const result = await gateway.query('{ voiceConnectors { nodes { voiceConnectorId } } }');
    expect(result.errors?.[0]?.extensions?.code).not.toBe('UPSTREAM_RETIRED');
    expect(result.errors?.[0]?.extensions?.upstream).toMatchObject({
      operation: 'ListVoiceConnectors',
      status: 410,
    });
  });

  it('chime-local refuses a fixed answer it cannot send', async () => {
    for (const answers of [{ GetAccount: { status: 99 } }, { GetAccount: {} }, ['GetAccount']]) {
      const response = await fetch(`${gateway.local.url}/_local/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      expect([answers, response.status]).toEqual([answers, 400]);
    }
  });
});
