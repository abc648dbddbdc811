import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

describe('schema.graphql', () => {
  it('is the printed schema (run `npm run schema:print` after changing src/schema)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('holds the whole public contract (contract/contract.graphql) without a breaking change', () => {
    const contract = buildSchema(
      readFileSync(new URL('../contract/contract.graphql', import.meta.url), 'utf8'),
    );
    const changes = findBreakingChanges(contract, schema).map((change) => change.description);
    expect(changes).toEqual([]);
  });
});
