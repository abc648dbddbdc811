import { CreateAccountCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminSdk } from '../graph/phone-numbers-fixtures.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let accountId: string;
const { logger, entries } = capturingLogger('info');
const requestLines = () => entries.filter((entry) => entry.msg === 'graphql request');

beforeAll(async () => {
  gateway = await startTestGateway({ logger });
  accountId = (await adminSdk(gateway).send(new CreateAccountCommand({ Name: 'Logged Corp' }))).Account!
    .AccountId!;
});
afterAll(() => gateway.close());
beforeEach(async () => {
  await gateway.faults({});
  await gateway.resetStats();
  entries.length = 0;
});

describe('the request log', () => {
  it('writes one info line per request: operation, duration, upstream calls and outcome', async () => {
    const result = await gateway.query(
      'query OneAccount($accountId: String!) { account(accountId: $accountId) { name } }',
      { accountId },
    );
    expect(result.errors).toBeUndefined();
    const { total } = await gateway.stats();
    expect(total).toBeGreaterThan(0);
    expect(requestLines()).toEqual([
      expect.objectContaining({
        level: 30,
        operation: 'OneAccount',
        durationMs: expect.any(Number),
        upstreamCalls: total,
        sub: 'local',
        outcome: 'ok',
      }),
    ]);
  });

  it('counts each request’s own upstream calls, retries included, when requests overlap', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccountSettings'] });
    const [failing, listing] = await Promise.all([
      gateway.query(
        'query Settings($accountId: String!) { account(accountId: $accountId) { settings { enableDialOut } } }',
        { accountId },
      ),
      gateway.query('query Accounts { accounts(first: 5) { nodes { name } } }'),
    ]);
    expect(failing.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(listing.errors).toBeUndefined();
    const { calls } = await gateway.stats();
    // The client retried the failing read: every attempt is an upstream call.
    expect(calls.GetAccountSettings).toBeGreaterThan(1);
    const byOperation = Object.fromEntries(requestLines().map((line) => [line.operation, line]));
    expect(byOperation.Settings).toMatchObject({
      upstreamCalls: (calls.GetAccount ?? 0) + calls.GetAccountSettings!,
      outcome: 'UPSTREAM_UNAVAILABLE',
    });
    expect(byOperation.Accounts).toMatchObject({ upstreamCalls: calls.ListAccounts, outcome: 'ok' });
  });

  it('logs bad client input at info without a stack, and names its code as the outcome', async () => {
    const result = await gateway.query('query Paged { accounts(after: "garbage") { nodes { name } } }');
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(entries.filter((entry) => entry.level >= 40)).toEqual([]);
    expect(JSON.stringify(entries)).not.toMatch(/"stack"|\bat .+\.ts:\d+/);
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 30, code: 'BAD_USER_INPUT', path: ['accounts'] }),
    );
    expect(requestLines()).toEqual([
      expect.objectContaining({ operation: 'Paged', upstreamCalls: 0, outcome: 'BAD_USER_INPUT' }),
    ]);
  });

  it('logs a request that never reaches execution with the code it answered', async () => {
    await gateway.query('query Broken { accounts { nodes { name }');
    await gateway.query('query Unknown { accounts { nodes { nickname } } }');
    expect(requestLines().map((line) => [line.operation, line.upstreamCalls, line.outcome])).toEqual([
      [null, 0, 'GRAPHQL_PARSE_FAILED'],
      [null, 0, 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });

  it('leaves the health endpoints out', async () => {
    await gateway.fetch('/healthz');
    await gateway.fetch('/readyz');
    expect(requestLines()).toEqual([]);
  });
});
