import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

describe('operations', () => {
  it('refuses a subscription with BAD_USER_INPUT and zero upstream calls', async () => {
    const result = await gateway.query('subscription Watch { accounts { nodes { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'subscription operations are not supported: the gateway serves queries and mutations.',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses an operation name longer than 128 characters, in the request or in the document', async () => {
    const name = `Q${'x'.repeat(128)}`;
    const response = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ${name} { accounts { nodes { name } } }`, operationName: name }),
    });
    expect(response.status).toBe(400);
    const fromRequest = (await response.json()) as any;
    expect(fromRequest.errors[0]).toMatchObject({
      message: 'An operation name may have at most 128 characters; this one has 129.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const fromDocument = await gateway.query(`query ${name} { accounts { nodes { name } } }`);
    expect(fromDocument.errors?.[0]).toMatchObject({
      message: 'An operation name may have at most 128 characters; this one has 129.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('serves a query under a 128-character name', async () => {
    const result = await gateway.query(`query Q${'x'.repeat(127)} { accounts { nodes { name } } }`);
    expect(result.errors).toBeUndefined();
    expect((await gateway.stats()).total).toBeGreaterThan(0);
  });
});
