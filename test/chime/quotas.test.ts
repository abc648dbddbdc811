import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BatchSuspendUser,
  BatchUnsuspendUser,
  BatchUpdatePhoneNumber,
  DescribeChannel,
  ListAccounts,
  ListChannelMessages,
  ListUsers,
  SendChannelMessage,
} from '../../src/chime/operations/index.ts';
import { createQuotaGate, quotaBucketOf } from '../../src/chime/quotas.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import type { Stats } from '../support/gateway.ts';
import { expectPaced } from '../support/quotas.ts';
import { chimeErrorOf, testClient } from './client-helpers.ts';

const CHANNEL = 'arn:aws:chime:us-east-1:123456789012:app-instance/app/channel/room';
const BEARER = 'arn:aws:chime:us-east-1:123456789012:app-instance/app/user/ann';

describe('quotaBucketOf', () => {
  it('counts SendChannelMessage per channel, other messaging calls per bearer', () => {
    const send = { ChannelArn: CHANNEL, ChimeBearer: BEARER, Content: 'hi', Type: 'STANDARD' };
    expect(quotaBucketOf(SendChannelMessage, send)).toEqual({
      dimension: 'channel',
      key: `channel:${CHANNEL}`,
    });
    expect(quotaBucketOf(DescribeChannel, { ChannelArn: CHANNEL, ChimeBearer: BEARER })).toEqual({
      dimension: 'bearer',
      key: `bearer:${BEARER}`,
    });
    expect(quotaBucketOf(ListChannelMessages, { ChannelArn: CHANNEL, ChimeBearer: BEARER })).toEqual({
      dimension: 'bearer',
      key: `bearer:${BEARER}`,
    });
  });

  it('counts batch operations per the resource their path names, the rest per operation', () => {
    const suspend = quotaBucketOf(BatchSuspendUser, { AccountId: 'a-1', UserIdList: ['u'] });
    expect(suspend).toEqual({ dimension: 'batch-resource', key: 'batch-resource:/accounts/a-1/users' });
    expect(quotaBucketOf(BatchUnsuspendUser, { AccountId: 'a-1', UserIdList: ['u'] })).toEqual(suspend);
    expect(quotaBucketOf(BatchUnsuspendUser, { AccountId: 'a-2', UserIdList: ['u'] }).key).toBe(
      'batch-resource:/accounts/a-2/users',
    );
    expect(quotaBucketOf(BatchUpdatePhoneNumber, { UpdatePhoneNumberRequestItems: [] })).toEqual({
      dimension: 'batch-resource',
      key: 'batch-resource:/phone-numbers',
    });
    expect(quotaBucketOf(ListUsers, { AccountId: 'a-1' })).toEqual({
      dimension: 'operation',
      key: 'operation:ListUsers',
    });
  });

  it('refuses quotas it cannot pace by', () => {
    expect(() => createQuotaGate({ quotas: { channel: { ratePerSecond: 0 } } })).toThrow(
      'The channel quota needs ratePerSecond above 0, got 0',
    );
    expect(() => createQuotaGate({ quotas: { bearer: { ratePerSecond: 1, burst: 0.5 } } })).toThrow(
      'The bearer quota needs a burst of 1 or more, got 0.5',
    );
  });
});

describe('a ChimeClient with a quota gate', () => {
  let local: ChimeLocal;
  const stats = async () => (await fetch(`${local.url}/_local/stats`)).json() as Promise<Stats>;
  const control = (path: string, body?: unknown) =>
    fetch(`${local.url}/_local/${path}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    local = await startChimeLocal({ port: 0, seed: 'none' });
  });
  afterAll(() => local.close());
  beforeEach(() => control('reset'));

  it('paces a burst of calls to one token per interval after the first burst', async () => {
    const waits: number[] = [];
    const quota = createQuotaGate({
      quotas: { operation: { ratePerSecond: 2, burst: 2 } },
      onWait: (dimension, seconds) => dimension === 'operation' && waits.push(seconds),
    });
    const client = testClient(local.url, 5, { quota });
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.send(ListAccounts, {})));
    expect(answers).toHaveLength(5);
    const arrivals = expectPaced(await stats(), 'ListAccounts', { ratePerSecond: 2, burst: 2 });
    expect(arrivals).toHaveLength(5);
    // Two went at once (the burst); each other was promised a token one interval after the last.
    expect(waits.sort((a, b) => a - b)).toEqual(
      [0, 0, 0.5, 1, 1.5].map((seconds) => expect.closeTo(seconds, 1)),
    );
  });

  it('asks the gate before each retry too', async () => {
    const quota = createQuotaGate({ quotas: { operation: { ratePerSecond: 2, burst: 1 } } });
    const client = testClient(local.url, 5, { quota });
    await control('faults', { throttleNext: 1 });
    await client.send(ListAccounts, {});
    // The 429 was retried after a backoff of a millisecond, yet the retry waited for its token.
    expect(expectPaced(await stats(), 'ListAccounts', { ratePerSecond: 2, burst: 1 })).toHaveLength(2);
  });

  it('refuses at once, as a throttle that is not retried, a call that would wait beyond the bound', async () => {
    const refused: string[] = [];
    const quota = createQuotaGate({
      quotas: { operation: { ratePerSecond: 0.1, burst: 1 } },
      onRefused: (dimension) => refused.push(dimension),
    });
    const client = testClient(local.url, 5, { quota });
    await client.send(ListAccounts, {});
    const error = await chimeErrorOf(client.send(ListAccounts, {}));
    expect(error).toMatchObject({
      operation: 'ListAccounts',
      code: 'ThrottledClientException',
      status: undefined,
      retryable: false,
      attempts: 0,
    });
    expect(error.message).toMatch(
      /^not sent: Chime allows 0\.1 calls per second for this operation, and this one would wait \d+(\.\d)? s for its turn, longer than the 2 s the gateway waits$/,
    );
    expect(refused).toEqual(['operation']);
    // Refused calls take no token: the next is refused as well, and only the first reached chime-local.
    await chimeErrorOf(client.send(ListAccounts, {}));
    expect((await stats()).calls).toEqual({ ListAccounts: 1 });
  });

  it('stops a wait when the caller aborts, and sends nothing for it', async () => {
    // A token a minute, waited for up to two: only the abort can end the second call's wait in time.
    const quota = createQuotaGate({
      quotas: { operation: { ratePerSecond: 1 / 60, burst: 1 } },
      maxWaitMs: 120_000,
    });
    const client = testClient(local.url, 5, { quota });
    await client.send(ListAccounts, {});
    const controller = new AbortController();
    const waiting = client.send(ListAccounts, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await chimeErrorOf(waiting)).toMatchObject({ code: 'AbortError', retryable: false });
    expect((await stats()).calls).toEqual({ ListAccounts: 1 });
  });
});
