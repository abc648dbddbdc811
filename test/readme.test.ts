import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningGateway, startGateway } from '../src/http/server.ts';
import { schema } from '../src/schema/index.ts';
import type { GraphQLResponse } from './support/gateway.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** Each ```graphql block with the ```json block of variables that follows it, if one does. */
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)].map(
  ([, document, variables]) => ({ title: document!.split('\n')[0]!, document: document!, variables }),
);

/** Every `userErrors` list anywhere in a response's data. */
function userErrorsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(userErrorsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) =>
    key === 'userErrors' && Array.isArray(field) ? field : userErrorsIn(field),
  );
}

describe('README', () => {
  it('has example documents', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example) => [example.title, example]))(
    'shows a document the schema accepts, with its variables: %s',
    (_title, { document, variables }) => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
      expect(variables, 'a ```json block of variables after the document').toBeDefined();
      expect(JSON.parse(variables!)).toBeTypeOf('object');
    },
  );
});

describe("README examples on npm start's demo", () => {
  let gateway: RunningGateway;

  // The gateway as `npm start` builds it from an empty environment: embedded chime-local, demo data
  // (metrics off, so that no fixed port is taken).
  beforeAll(async () => {
    gateway = await startGateway(loadConfig({ PORT: '0', METRICS_PORT: '0' }), pino({ level: 'silent' }));
  });
  afterAll(() => gateway?.close());

  // In README order, one gateway throughout: a later example may read what an earlier one wrote.
  it.each(examples.map((example) => [example.title, example]))(
    'answers data with no errors: %s',
    async (_title, { document, variables }) => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, variables: JSON.parse(variables ?? '{}') }),
      });
      const result = (await response.json()) as GraphQLResponse;
      expect(result.errors).toBeUndefined();
      expect(response.status).toBe(200);
      // Every root field found what the variables name: a wrong id would answer null.
      for (const [field, value] of Object.entries(result.data ?? {})) expect(value, field).not.toBeNull();
      expect(Object.keys(result.data ?? {})).not.toHaveLength(0);
      expect(userErrorsIn(result.data)).toEqual([]);
    },
  );
});
