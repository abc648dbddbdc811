import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

/** A valid query whose selections nest `depth` levels: accounts → users → account → users … */
function nestedQuery(depth: number): string {
  const path = ['accounts(first: 1)', 'nodes'];
  while (path.length < depth - 1) path.push(['users(first: 1)', 'nodes', 'account'][(path.length - 2) % 3]!);
  return `{ ${path.map((field) => `${field} {`).join(' ')} __typename ${'}'.repeat(path.length)} }`;
}

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: node(id: "x${index}") { id }`).join(' ')} }`;

async function post(document: string) {
  const response = await gateway.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('document limits', () => {
  it.each([
    ['depth', nestedQuery(16), { name: 'depth', max: 15, actual: 16 }, /nest at most 15 levels .*nests 16/],
    ['aliases', aliased(51), { name: 'aliases', max: 50, actual: 51 }, /alias at most 50 .*aliases 51/],
    [
      'tokens',
      `{ ${'__typename '.repeat(4999)}}`,
      { name: 'tokens', max: 5000, actual: 5001 },
      /at most 5000 tokens .*has 5001/,
    ],
    [
      'directives',
      `{ ${'__typename @skip(if: false) '.repeat(51)}}`,
      { name: 'directives', max: 50, actual: 51 },
      /at most 50 directives .*uses 51/,
    ],
  ])(
    'refuses a document over the %s limit with QUERY_TOO_COMPLEX and zero upstream calls',
    async (_name, document, limit, message) => {
      const { status, body } = await post(document);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
      expect(body.errors[0].message).toMatch(message);
      expect(status).toBe(200);
      expect((await gateway.stats()).total).toBe(0);
    },
  );

  it.each([
    ['depth 15', nestedQuery(15)],
    ['50 aliases', aliased(50)],
    // Aliases of __typename are free; each is three tokens.
    ['5000 tokens', `{ ${Array.from({ length: 1666 }, (_, index) => `t${index}: __typename`).join(' ')} }`],
    ['50 directives', `{ ${'__typename @skip(if: false) '.repeat(50)}}`],
  ])('serves a document at the limit: %s', async (_name, document) => {
    const { status, body } = await post(document);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });

  it.each([
    ['application/json', 200],
    ['application/graphql-response+json', 400],
  ])(
    'answers a limit refusal (accept: %s) with %i, as Yoga answers any invalid document',
    async (accept, expected) => {
      const statusOf = async (document: string) =>
        (
          await gateway.fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept },
            body: JSON.stringify({ query: document }),
          })
        ).status;
      expect(await statusOf('{ noSuchField }')).toBe(expected);
      expect(await statusOf(nestedQuery(16))).toBe(expected);
      expect(await statusOf(`{ ${'__typename '.repeat(4999)}}`)).toBe(expected);
    },
  );

  it('serves the introspection query GraphiQL sends', async () => {
    const { body } = await post(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('counts depth through fragments', async () => {
    const { body } = await post(`
      query { accounts(first: 1) { nodes { ...Deep } } }
      fragment Deep on Account { ${nestedQuery(14).slice(1, -1)} }
    `);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'depth' } });
    expect(body.errors[0].extensions.limit.actual).toBeGreaterThan(15);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses 20,000 nested selections while parsing, without exhausting the stack', async () => {
    const { status, body } = await post(`${'{a'.repeat(20_000)}${'}'.repeat(20_000)}`);
    expect(status).not.toBe(500);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'depth', max: 15, actual: 20_000 },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses deeply nested list values and list types while parsing (actual counts every bracket)', async () => {
    const values = await post(`{ node(id: ${'['.repeat(20_000)}${']'.repeat(20_000)}) { id } }`);
    expect(values.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'depth', max: 15, actual: 20_001 },
    });
    const types = await post(`query ($v: ${'['.repeat(5000)}ID${']'.repeat(5000)}) { __typename }`);
    expect(types.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'depth', max: 15, actual: 5000 },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reads the limits it is given', async () => {
    const strict = await startTestGateway({ gateway: { limits: { maxDepth: 3, maxAliases: 1 } } });
    try {
      const deep = await strict.query(nestedQuery(4));
      expect(deep.errors?.[0]?.extensions).toMatchObject({ limit: { name: 'depth', max: 3, actual: 4 } });
      const aliases = await strict.query(aliased(2));
      expect(aliases.errors?.[0]?.extensions).toMatchObject({
        limit: { name: 'aliases', max: 1, actual: 2 },
      });
      expect((await strict.query(nestedQuery(3))).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
