import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { createDocumentCache } from '../../src/http/document-cache.ts';
import { useDocumentLimits } from '../../src/http/document-limits.ts';
import { schema } from '../../src/schema/index.ts';

/** A Yoga app over the schema with the gateway's document limits and this cache. */
function appWith(cache: ReturnType<typeof createDocumentCache>) {
  const yoga = createYoga({
    schema,
    logging: false,
    parserAndValidationCache: cache.options,
    plugins: [useDocumentLimits(DEFAULT_LIMITS), cache.plugin],
  });
  return async (query: string) => {
    const response = await yoga.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  };
}

describe('the document cache', () => {
  it('keeps a document that passed validation', async () => {
    const cache = createDocumentCache();
    const run = appWith(cache);
    expect((await run('{ __typename }')).errors).toBeUndefined();
    expect(cache.options.documentCache.has('{ __typename }')).toBe(true);
  });

  it.each([
    [
      'over a limit in validation',
      `{ ${Array.from({ length: 51 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    ],
    ['invalid against the schema', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
    ['over a limit while parsing', `{ ${'__typename '.repeat(5000)}}`, 'QUERY_TOO_COMPLEX'],
    ['not GraphQL', '{ a(', 'GRAPHQL_PARSE_FAILED'],
  ])('never keeps a document it refused: %s', async (_name, document, code) => {
    const cache = createDocumentCache();
    const run = appWith(cache);
    for (let attempt = 0; attempt < 2; attempt += 1)
      expect((await run(document)).errors?.[0]?.extensions?.code).toBe(code);
    expect(cache.options.documentCache.size).toBe(0);
  });

  it('stays within its size, however many distinct large documents arrive', async () => {
    const maxBytes = 4 * 1024 * 1024;
    const cache = createDocumentCache({ maxBytes });
    const run = appWith(cache);
    const distinct = (index: number) =>
      `{ ${Array.from({ length: 300 }, (_, field) => `f${index}_${field}: __typename`).join(' ')} }`;
    for (let index = 0; index < 60; index += 1) expect((await run(distinct(index))).errors).toBeUndefined();
    const { documentCache } = cache.options;
    expect(documentCache.calculatedSize).toBeLessThanOrEqual(maxBytes);
    expect(documentCache.size).toBeGreaterThan(0);
    expect(documentCache.size).toBeLessThan(60);
    expect(documentCache.has(distinct(59))).toBe(true);
    expect(documentCache.has(distinct(0))).toBe(false);
  });
});
