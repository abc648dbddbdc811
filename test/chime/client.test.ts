import { Writable } from 'node:stream';
import { GetAccountCommand, ChimeClient as SdkChimeClient } from '@aws-sdk/client-chime';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChimeClient, type ChimeClientConfig } from '../../src/chime/client.ts';
import { staticCredentials } from '../../src/chime/credentials.ts';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';
import {
  CreateAccount,
  DeleteAccount,
  GetAccount,
  ListAccounts,
} from '../../src/chime/operations/accounts.ts';
import {
  CreateAppInstance,
  CreateAppInstanceUser,
  DescribeAppInstanceUser,
} from '../../src/chime/operations/app-instances.ts';
import { CreateChannel, DescribeChannel } from '../../src/chime/operations/channels.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { freePort } from '../support/net.ts';
import { chimeErrorOf, testClient } from './client-helpers.ts';

let local: ChimeLocal;

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'none' });
});

afterAll(async () => {
  await local.close();
});

beforeEach(async () => {
  await control('POST', '/_local/reset?data=none');
});

afterEach(async () => {
  await control('POST', '/_local/faults', { latencyMs: 0, throttleRate: 0, errorRate: 0, throttleNext: 0 });
});

/** Calls chime-local's control plane (unsigned, outside the Chime paths). */
async function control(method: string, path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${local.url}${path}`, {
    method,
    ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

async function callsTo(operation: string): Promise<number> {
  const stats = (await control('GET', '/_local/stats')) as { calls: Record<string, number> };
  return stats.calls[operation] ?? 0;
}

/** A client of the test's chime-local with short backoffs, so retries cost milliseconds. */
const clientFor = (overrides: Partial<ChimeClientConfig> = {}) => testClient(local.url, 10, overrides);

describe('ChimeClient against chime-local', () => {
  it('signs requests chime-local accepts, with a body the official SDK reads back', async () => {
    const client = clientFor();
    const { Account } = await client.send(CreateAccount, { Name: 'Signed Account' });
    expect(Account.Name).toBe('Signed Account');

    const read = await client.send(GetAccount, { AccountId: Account.AccountId });
    expect(read.Account).toMatchObject({ AccountId: Account.AccountId, Name: 'Signed Account' });

    const sdk = new SdkChimeClient({
      endpoint: local.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      disableHostPrefix: true,
      maxAttempts: 1,
    });
    const viaSdk = await sdk.send(new GetAccountCommand({ AccountId: Account.AccountId }));
    expect(viaSdk.Account?.Name).toBe('Signed Account');
  });

  it('rejects with a typed, non-retryable InvalidSignatureException for a wrong secret, without retrying', async () => {
    const client = clientFor({ credentials: staticCredentials('test', 'not-the-secret') });
    const error = await chimeErrorOf(client.send(ListAccounts, {}));
    expect(error).toMatchObject({
      operation: 'ListAccounts',
      code: 'InvalidSignatureException',
      status: 403,
      retryable: false,
      attempts: 1,
    });
    expect(error.requestId).toMatch(/\S/);
    expect(await callsTo('ListAccounts')).toBe(1);
  });

  it('retries through injected throttling and succeeds on the third call', async () => {
    await control('POST', '/_local/faults', { throttleNext: 2 });
    const result = await clientFor().send(ListAccounts, {});
    expect(result.Accounts).toEqual([]);
    expect(await callsTo('ListAccounts')).toBe(3);
  });

  it('ends in a retryable throttling ChimeError once every attempt is throttled', async () => {
    await control('POST', '/_local/faults', { throttleNext: 100 });
    const error = await chimeErrorOf(clientFor({ maxAttempts: 3 }).send(ListAccounts, {}));
    expect(error).toMatchObject({
      code: 'ThrottledClientException',
      status: 429,
      retryable: true,
      attempts: 3,
    });
    expect(await callsTo('ListAccounts')).toBe(3);
  });

  it('times out each attempt of a slow upstream and ends in a TimeoutError', async () => {
    await control('POST', '/_local/faults', { latencyMs: 300 });
    const error = await chimeErrorOf(clientFor({ timeoutMs: 100, maxAttempts: 2 }).send(ListAccounts, {}));
    expect(error).toMatchObject({ code: 'TimeoutError', retryable: true, attempts: 2, status: undefined });
    expect(error.message).toContain('100 ms');
  });

  it('answers {} for a 204', async () => {
    const client = clientFor();
    const { Account } = await client.send(CreateAccount, { Name: 'Short Lived' });
    expect(await client.send(DeleteAccount, { AccountId: Account.AccountId })).toEqual({});
  });

  it('URI-encodes path labels so a channel ARN with ":" and "/" round-trips', async () => {
    const client = clientFor();
    const { AppInstanceArn } = await client.send(CreateAppInstance, {
      Name: 'Labels',
      ClientRequestToken: 'labels-app-instance',
    });
    const { AppInstanceUserArn } = await client.send(CreateAppInstanceUser, {
      AppInstanceArn,
      AppInstanceUserId: 'label-user',
      Name: 'Label User',
      ClientRequestToken: 'labels-user',
    });
    expect(AppInstanceUserArn).toMatch(/^arn:aws:chime:[^/]+\/[^/]+\/user\/label-user$/);
    const user = await client.send(DescribeAppInstanceUser, { AppInstanceUserArn });
    expect(user.AppInstanceUser.AppInstanceUserArn).toBe(AppInstanceUserArn);

    const { ChannelArn } = await client.send(CreateChannel, {
      AppInstanceArn,
      Name: 'general',
      ClientRequestToken: 'labels-channel',
      ChimeBearer: AppInstanceUserArn,
    });
    expect(ChannelArn).toContain(':');
    expect(ChannelArn).toContain('/channel/');
    const described = await client.send(DescribeChannel, { ChannelArn, ChimeBearer: AppInstanceUserArn });
    expect(described.Channel).toMatchObject({ ChannelArn, Name: 'general' });
  });

  it('turns a refused connection into a retryable NetworkError after every attempt', async () => {
    const closedPort = await freePort();
    const client = new ChimeClient({
      endpoints: resolveEndpoints(`http://127.0.0.1:${closedPort}`),
      credentials: staticCredentials('test', 'test'),
      maxAttempts: 3,
      baseDelayMs: 1,
      maxDelayMs: 5,
    });
    const error = await chimeErrorOf(client.send(ListAccounts, {}));
    expect(error).toMatchObject({ code: 'NetworkError', retryable: true, attempts: 3, status: undefined });
    // The socket's code, not its message: that names the upstream's address.
    expect(error.message).toBe('no connection to the admin endpoint (ECONNREFUSED)');
  });

  it('logs each call at debug with its operation, status, time, request id and attempt, and no secrets', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const secret = 'test';
    await control('POST', '/_local/faults', { throttleNext: 1 });
    await clientFor({ logger, credentials: staticCredentials('test', secret) }).send(ListAccounts, {});

    const calls = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'chime call');
    expect(calls.map((entry) => [entry.operation, entry.status, entry.attempt])).toEqual([
      ['ListAccounts', 429, 1],
      ['ListAccounts', 200, 2],
    ]);
    for (const entry of calls) {
      expect(entry.requestId).toMatch(/\S/);
      expect(typeof entry.ms).toBe('number');
    }
    const everything = lines.join('\n');
    expect(everything).not.toMatch(/authorization|signature|AWS4-HMAC|x-amz-chime-bearer|secret/i);
  });

  it('stops waiting when the caller aborts', async () => {
    await control('POST', '/_local/faults', { latencyMs: 300 });
    const controller = new AbortController();
    const call = clientFor().send(ListAccounts, {}, { signal: controller.signal });
    controller.abort();
    const error = await chimeErrorOf(call);
    expect(error).toMatchObject({ code: 'AbortError', retryable: false });
  });
});
