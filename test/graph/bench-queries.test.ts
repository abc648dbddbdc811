import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchQuery, benchQueries, DEMO_IDS_DOCUMENT, demoIdsOf } from '../../bench/queries.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let queries: BenchQuery[];

beforeAll(async () => {
  // The benchmark's documents back to back as one identity: the rate limit is tested on its own.
  gateway = await startTestGateway({ seed: 'demo', gateway: { rateLimit: { callsPerSecond: 100_000 } } });
  queries = benchQueries(demoIdsOf((await gateway.query(DEMO_IDS_DOCUMENT)).data));
});

afterAll(async () => {
  await gateway.close();
});

describe('the benchmark queries', () => {
  it('each make exactly the fewest upstream calls their derivation gives, by operation', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(6);
    for (const query of queries) {
      await gateway.resetStats();
      const response = await gateway.query(query.document, query.variables);
      expect(response.errors, query.name).toBeUndefined();
      // Soft: one query over the fewest still reports how every other query fares.
      expect.soft((await gateway.stats()).calls, query.name).toEqual(query.fewest);
    }
  });

  it('each estimate between the calls they make and 3× as many, counting every call made', async () => {
    for (const query of queries) {
      await gateway.resetStats();
      const response = await gateway.query(query.document, query.variables);
      expect(response.errors, query.name).toBeUndefined();
      const { estimated, actual } = gateway.costs.at(-1)!;
      const made = (await gateway.stats()).total;
      expect(made, query.name).toBeGreaterThan(0);
      expect(actual, query.name).toBe(made);
      expect(made, query.name).toBeLessThanOrEqual(estimated);
      expect(estimated, query.name).toBeLessThanOrEqual(3 * made);
    }
  });
});
