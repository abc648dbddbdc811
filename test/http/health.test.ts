import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

const json = async (path: string) => {
  const response = await gateway.fetch(path);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: await response.json() };
};

describe('the health endpoints', () => {
  it('/healthz says the process is alive', async () => {
    expect(await json('/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
  });

  it('/readyz says ready while the upstream answers', async () => {
    expect(await json('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('/readyz answers 503 naming the operation that failed and its code, not where the upstream is', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetGlobalSettings'] });
    expect(await json('/readyz')).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        upstream: { operation: 'GetGlobalSettings', code: 'UPSTREAM_UNAVAILABLE' },
      },
    });
  });

  it('/readyz stays ready when AWS answers that the legacy read it makes is retired', async () => {
    await gateway.faults({
      answers: {
        GetGlobalSettings: {
          status: 410,
          errorType: 'GoneException',
          body: { Code: 'GoneException', Message: 'Amazon Chime is no longer supported' },
        },
      },
    });
    await gateway.resetStats();
    expect(await json('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await gateway.stats()).calls).toEqual({ GetGlobalSettings: 1 });
  });
});
