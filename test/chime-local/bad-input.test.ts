import { request as httpRequest } from 'node:http';
import { ListAccountsCommand, ThrottledClientException } from '@aws-sdk/client-chime';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const fixture = useAdminLocal();

const signer = new SignatureV4({
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  region: 'us-east-1',
  service: 'chime',
  sha256: Hash.bind(null, 'sha256'),
});

/** Sends a raw request, signed as the SDKs sign it unless `signed` is false; answers status, headers, body. */
async function send(method: string, path: string, body = '', { signed = true } = {}) {
  const url = new URL(path, fixture.local.url);
  let headers: Record<string, string> = { host: url.host, 'content-type': 'application/json' };
  if (signed) {
    const query = Object.fromEntries(url.searchParams);
    const request = new HttpRequest({
      method,
      hostname: url.hostname,
      path: url.pathname,
      query,
      headers,
      body,
    });
    headers = (await signer.sign(request)).headers;
  }
  return new Promise<{ status: number; errorType: string | undefined; body: any }>((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            errorType: res.headers['x-amzn-errortype'] as string | undefined,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    // A server that refuses a large body may close before reading all of it.
    req.on('error', reject);
    req.end(body);
  });
}

describe('chime-local and bad input', () => {
  it('answers malformed JSON with 400 BadRequestException saying so', async () => {
    const answer = await send('POST', '/accounts', '{"Name": ');
    expect(answer).toMatchObject({
      status: 400,
      errorType: 'BadRequestException',
      body: { Code: 'BadRequestException', Message: 'Request body is not valid JSON' },
    });
  });

  it('answers a body that is JSON but not an object with 400', async () => {
    const answer = await send('POST', '/accounts', '["Name"]');
    expect(answer).toMatchObject({ status: 400, body: { Message: 'Request body must be a JSON object' } });
  });

  it('answers an unknown path with 404 UnknownOperationException naming it', async () => {
    const answer = await send('GET', '/no-such-resource');
    expect(answer).toMatchObject({
      status: 404,
      errorType: 'UnknownOperationException',
      body: { Message: 'No operation at GET /no-such-resource' },
    });
  });

  it('answers a wrong method with 405 naming the methods the path takes', async () => {
    const answer = await send('PATCH', '/accounts');
    expect(answer).toMatchObject({ status: 405, errorType: 'MethodNotAllowedException' });
    expect(answer.body.Message).toMatch(/PATCH is not allowed here; use (GET|POST) or (GET|POST)/);
  });

  it('answers a malformed percent-encoding in a path label as an unknown path, not a crash', async () => {
    const answer = await send('GET', '/accounts/%E0%A4%A');
    expect(answer.status).toBe(404);
  });

  it('refuses a body over 1 MiB with 413 before reading it whole', async () => {
    const answer = await send('POST', '/accounts', JSON.stringify({ Name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(answer).toMatchObject({ status: 413, errorType: 'RequestEntityTooLargeException' });
  });

  it('answers an unsigned call with 403 MissingAuthenticationTokenException', async () => {
    const answer = await send('GET', '/accounts', '', { signed: false });
    expect(answer).toMatchObject({ status: 403, errorType: 'MissingAuthenticationTokenException' });
  });

  it('refuses fault settings out of range, naming the setting', async () => {
    const response = await fetch(`${fixture.local.url}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleRate: 2 }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Message: string }).Message).toBe(
      'throttleRate must be a number from 0 to 1, got 2',
    );
  });

  it('throttles as the service does: the official SDK raises ThrottledClientException (429)', async () => {
    await fetch(`${fixture.local.url}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttleRate: 1 }),
    });
    try {
      const error = await rejection(fixture.admin.send(new ListAccountsCommand({})));
      expect(error).toBeInstanceOf(ThrottledClientException);
      expect(error.$metadata?.httpStatusCode).toBe(429);
    } finally {
      await fetch(`${fixture.local.url}/_local/faults`, {
        method: 'POST',
        body: JSON.stringify({ throttleRate: 0 }),
      });
    }
  });

  it('keeps serving after all of the above', async () => {
    const created = await send('POST', '/accounts', JSON.stringify({ Name: 'Still Serving' }));
    expect(created).toMatchObject({ status: 201, body: { Account: { Name: 'Still Serving' } } });
  });
});
