import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let url: string;
beforeAll(async () => {
  gateway = await startTestGateway();
  url = await gateway.listen();
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const CREATE_ACCOUNT = 'mutation { createAccount(input: { name: "Form Corp" }) { account { name } } }';

/** Sends a body to the listening gateway in chunks, with no Content-Length (chunked transfer). */
function postChunked(chunks: string[]): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

describe('request bodies', () => {
  it.each([
    ['multipart/form-data', () => formData()],
    ['application/x-www-form-urlencoded', () => new URLSearchParams({ query: CREATE_ACCOUNT })],
    ['text/plain', () => new Blob([JSON.stringify({ query: CREATE_ACCOUNT })], { type: 'text/plain' })],
    ['application/graphql', () => new Blob([CREATE_ACCOUNT], { type: 'application/graphql' })],
  ])('refuses a %s mutation with 415 and a coded error, before any upstream call', async (type, body) => {
    const response = await gateway.fetch('/graphql', { method: 'POST', body: body() });
    expect(response.status).toBe(415);
    const result = (await response.json()) as any;
    expect(result.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(result.errors[0].message).toContain(type);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('serves JSON with a charset', async () => {
    const response = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect((await response.json()).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a body over MAX_BODY_BYTES by its Content-Length with 413', async () => {
    const body = JSON.stringify({ query: CREATE_ACCOUNT, variables: { pad: 'x'.repeat(70_000) } });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    const result = (await response.json()) as any;
    expect(result.errors[0]).toMatchObject({
      message: `A request body may have at most 65536 bytes (MAX_BODY_BYTES); this one has ${body.length} bytes.`,
      extensions: { code: 'BAD_REQUEST' },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a chunked body as soon as it passes MAX_BODY_BYTES, and keeps serving', async () => {
    const head = JSON.stringify({ query: CREATE_ACCOUNT, variables: { pad: '' } }).slice(0, -3);
    const chunks = [head, ...Array.from({ length: 20 }, () => 'x'.repeat(10_000)), '"}}'];
    const refused = await postChunked(chunks);
    expect(refused.status).toBe(413);
    expect(refused.body.errors[0].message).toBe(
      'A request body may have at most 65536 bytes (MAX_BODY_BYTES); this one has more than 65536 bytes.',
    );
    expect((await gateway.stats()).total).toBe(0);

    const served = await postChunked(['{"query":', '"{ __typename }"}']);
    expect(served).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('follows the limit it is given', async () => {
    const small = await startTestGateway({ gateway: { limits: { maxBodyBytes: 100 } } });
    try {
      const post = (query: string) =>
        small.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      expect((await post('{ __typename }')).status).toBe(200);
      expect((await post(`{ ${'__typename '.repeat(10)}}`)).status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('answers invalid JSON with 400 and a coded error', async () => {
    const response = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({
      message: 'POST body sent invalid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('GET', () => {
  const get = (document: string, headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' }) =>
    gateway.fetch(`/graphql?query=${encodeURIComponent(document)}`, { headers });

  it('serves a query', async () => {
    const response = await get('{ __typename }');
    expect(response.status).toBe(200);
    expect((await response.json()).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a mutation with 405, before any upstream call', async () => {
    const response = await get(CREATE_ACCOUNT);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a plain GET, which any web page can make a browser send, with 403', async () => {
    const response = await get('{ accounts { nodes { name } } }', {});
    expect(response.status).toBe(403);
    const result = (await response.json()) as any;
    expect(result.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(result.errors[0].message).toMatch(/must carry one of the headers x-graphql-yoga-csrf/);
    expect((await gateway.stats()).total).toBe(0);
  });

  it.each([
    [{ authorization: 'Bearer x' }],
    [{ 'x-api-key': 'k' }],
    [{ 'content-type': 'application/json' }],
  ])('serves a GET with headers no simple request can carry: %j', async (headers) => {
    expect((await get('{ __typename }', headers)).status).toBe(200);
  });
});

function formData(): FormData {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: CREATE_ACCOUNT }));
  form.set('map', '{}');
  return form;
}
