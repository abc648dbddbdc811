import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelayMs, parseRetryAfterMs } from '../../src/chime/backoff.ts';
import type { ChimeClientConfig } from '../../src/chime/client.ts';
import { errorCodeOf } from '../../src/chime/errors.ts';
import { GetAccount, ListAccounts } from '../../src/chime/operations/accounts.ts';
import { chimeErrorOf, testClient } from './client-helpers.ts';

/**
 * A scripted upstream for what chime-local does not do on demand (Retry-After, odd error shapes, holding
 * answers): each request is answered by the next handler, or 200 `{"Accounts": []}` when none is left.
 */
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let script: Handler[] = [];
let received: IncomingMessage[] = [];
let upstream: Server;
let url: string;
let connections = 0;

beforeAll(async () => {
  upstream = createServer((request, response) => {
    received.push(request);
    request.resume();
    const handler = script.shift() ?? ((_, res) => answer(res, 200, { Accounts: [] }));
    request.on('end', () => handler(request, response));
  });
  upstream.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

beforeEach(() => {
  script = [];
  received = [];
});

function answer(
  response: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'x-amzn-requestid': `req-${received.length}`, ...headers });
  response.end(text);
}

const clientFor = (overrides: Partial<ChimeClientConfig> = {}) => testClient(url, 50, overrides);

describe('ChimeClient retries', () => {
  it('waits out a short Retry-After and tries again', async () => {
    script = [
      (_, res) =>
        answer(res, 429, { Code: 'ThrottledClientException', Message: 'slow down' }, { 'retry-after': '0' }),
    ];
    expect(await clientFor().send(ListAccounts, {})).toEqual({ Accounts: [] });
    expect(received).toHaveLength(2);
  });

  it('gives up at once, still retryable, when Retry-After asks for more than maxDelayMs', async () => {
    script = [
      (_, res) =>
        answer(res, 503, { Code: 'ServiceUnavailableException', Message: 'later' }, { 'retry-after': '120' }),
    ];
    const error = await chimeErrorOf(clientFor().send(ListAccounts, {}));
    expect(error).toMatchObject({
      code: 'ServiceUnavailableException',
      status: 503,
      retryable: true,
      attempts: 1,
    });
    expect(received).toHaveLength(1);
  });

  it('retries a 5xx without a JSON body and names it from its status', async () => {
    const gateway: Handler = (_, res) =>
      answer(res, 502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' });
    script = [gateway, gateway];
    const error = await chimeErrorOf(clientFor({ maxAttempts: 2 }).send(ListAccounts, {}));
    expect(error).toMatchObject({
      code: 'ServiceFailureException',
      status: 502,
      retryable: true,
      attempts: 2,
    });
    expect(error.message).toBe('the upstream answered HTTP 502 without a message');
  });

  it('does not retry a 4xx other than throttling', async () => {
    script = [
      (_, res) => answer(res, 404, { Code: 'NotFoundException', Message: 'Account acc-9 not found' }),
    ];
    const error = await chimeErrorOf(clientFor().send(GetAccount, { AccountId: 'acc-9' }));
    expect(error).toMatchObject({
      operation: 'GetAccount',
      code: 'NotFoundException',
      message: 'Account acc-9 not found',
      status: 404,
      requestId: 'req-1',
      retryable: false,
    });
    expect(received).toHaveLength(1);
  });

  it('treats a throttling code as throttling whatever the status', async () => {
    script = [(_, res) => answer(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' })];
    expect(await clientFor().send(ListAccounts, {})).toEqual({ Accounts: [] });
    expect(received).toHaveLength(2);
  });
});

describe('ChimeClient error answers', () => {
  it('reads the code from x-amzn-ErrorType without its suffix, and a lower-case message', async () => {
    script = [
      (_, res) =>
        answer(
          res,
          400,
          { message: 'Name is too long' },
          { 'x-amzn-errortype': 'BadRequestException:http://internal.amazon.com/' },
        ),
    ];
    const error = await chimeErrorOf(clientFor().send(ListAccounts, {}));
    expect(error).toMatchObject({
      code: 'BadRequestException',
      message: 'Name is too long',
      retryable: false,
    });
  });

  it('refuses a 2xx whose body is not a JSON object, without retrying', async () => {
    script = [(_, res) => answer(res, 200, '[1, 2]')];
    const error = await chimeErrorOf(clientFor().send(ListAccounts, {}));
    expect(error).toMatchObject({ code: 'InvalidResponseException', status: 200, retryable: false });
    expect(received).toHaveLength(1);
  });

  it('wraps a failing credential provider in a CredentialsError that sends nothing', async () => {
    const client = clientFor({
      credentials: async () => {
        throw new Error('no profile');
      },
    });
    const error = await chimeErrorOf(client.send(ListAccounts, {}));
    expect(error).toMatchObject({ code: 'CredentialsError', retryable: false });
    expect(received).toHaveLength(0);
  });
});

describe('ChimeClient connections', () => {
  it('keeps connections alive instead of opening one per call', async () => {
    upstream.closeAllConnections();
    const before = connections;
    const client = clientFor();
    for (let call = 0; call < 20; call++) await client.send(ListAccounts, {});
    expect(received).toHaveLength(20);
    // fetch's pool may open a second socket while the first is being released; never one per call.
    expect(connections - before).toBeLessThanOrEqual(2);
  });
});

describe('ChimeClient concurrency', () => {
  it('keeps at most maxInFlight requests at the upstream', async () => {
    const held: ServerResponse[] = [];
    const hold: Handler = (_, res) => held.push(res);
    script = Array.from({ length: 5 }, () => hold);
    const client = clientFor({ maxInFlight: 2 });
    const calls = Array.from({ length: 5 }, () => client.send(ListAccounts, {}));

    await until(() => held.length === 2);
    // Give a third request every chance to arrive if the cap leaked.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toHaveLength(2);

    for (let answered = 0; answered < 5; answered++) {
      await until(() => held.length > 0);
      expect(held.length).toBeLessThanOrEqual(2);
      answer(held.shift() as ServerResponse, 200, { Accounts: [] });
    }
    expect(await Promise.all(calls)).toHaveLength(5);
    expect(received).toHaveLength(5);
  });
});

describe('backoff and error helpers', () => {
  it('draws full-jitter delays below a doubling, capped ceiling', () => {
    const policy = { baseDelayMs: 50, maxDelayMs: 2000 };
    const highest = () => 0.999999;
    expect([1, 2, 3, 6, 7, 20].map((retry) => backoffDelayMs(retry, policy, highest))).toEqual([
      49, 99, 199, 1599, 1999, 1999,
    ]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(parseRetryAfterMs('2', now)).toBe(2000);
    expect(parseRetryAfterMs('0.5', now)).toBe(500);
    expect(parseRetryAfterMs('Wed, 01 May 2024 12:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfterMs('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });

  it('prefers the error type header and strips namespaces and suffixes', () => {
    expect(errorCodeOf('NotFoundException:http://internal/', { Code: 'Other' })).toBe('NotFoundException');
    expect(errorCodeOf(null, { __type: 'com.amazonaws.chime#ConflictException' })).toBe('ConflictException');
    expect(errorCodeOf(null, { Code: 'ForbiddenException' })).toBe('ForbiddenException');
    expect(errorCodeOf(null, {})).toBeUndefined();
  });
});

/** Resolves once `condition` holds, polling the event loop (the test's own timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
