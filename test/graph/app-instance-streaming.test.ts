import { type ChimeSDKIdentityClient, CreateAppInstanceCommand } from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChimeSDKMessagingClient,
  GetMessagingStreamingConfigurationsCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { identityClient, messagingClient } from '../chime-local/messaging-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

let gateway: TestGateway;
let identity: ChimeSDKIdentityClient;
let messaging: ChimeSDKMessagingClient;
let admin: Record<string, string>;
let appInstanceArn: string;

/** Upstream calls since the last reset. */
const calls = async () => (await gateway.stats()).calls;

const headersOf = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await mintHs256({ sub: 'streams', chime_role: 'admin', chime_accounts: ['*'], ...claims })}`,
});

async function send(document: string, variables?: Record<string, unknown>, headers = admin) {
  return (await gateway.send(headers, document, variables)).body;
}

const MESSAGES = 'arn:aws:kinesis:us-east-1:111122223333:stream/chime-messages';
const CHANNELS = 'arn:aws:kinesis:us-east-1:111122223333:stream/chime-channels';

const READ = `query ($arn: String!) {
  appInstance(appInstanceArn: $arn) { streamingConfigurations { dataType resourceArn } }
}`;
const PUT = `mutation ($input: PutAppInstanceStreamingConfigurationsInput!) {
  putAppInstanceStreamingConfigurations(input: $input) {
    appInstance { appInstanceArn }
    streamingConfigurations { dataType resourceArn }
    userErrors { field message code }
  }
}`;
const DELETE = `mutation ($input: DeleteAppInstanceStreamingConfigurationsInput!) {
  deleteAppInstanceStreamingConfigurations(input: $input) {
    appInstance { streamingConfigurations { dataType } }
    userErrors { field message code }
  }
}`;

beforeAll(async () => {
  gateway = await startTestGateway({
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    gateway: { cache: { ttlSeconds: 60, store: memoryCacheStore() } },
  });
  identity = identityClient(gateway.local);
  messaging = messagingClient(gateway.local);
  admin = await headersOf({});
  appInstanceArn = (await identity.send(new CreateAppInstanceCommand({ Name: 'Streams' }))).AppInstanceArn!;
});
afterAll(async () => {
  identity.destroy();
  messaging.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

describe('app instance streaming configurations', () => {
  it('reads none as null, puts two the payload, every replica and the messaging SDK read back', async () => {
    const replica = gateway.replica();
    const readOn = async (target: Pick<TestGateway, 'send'>) =>
      (await target.send(admin, READ, { arn: appInstanceArn })).body.data!.appInstance
        .streamingConfigurations;
    // None is the upstream's 404, which no cache keeps: each read asks.
    expect(await readOn(gateway)).toBeNull();
    expect(await readOn(replica)).toBeNull();
    expect(await calls()).toMatchObject({ GetAppInstanceStreamingConfigurations: 2 });

    await gateway.resetStats();
    const put = await send(PUT, {
      input: {
        appInstanceArn,
        streamingConfigurations: [
          { dataType: 'CHANNEL_MESSAGE', resourceArn: MESSAGES },
          { dataType: 'CHANNEL', resourceArn: CHANNELS },
        ],
      },
    });
    expect(put.errors).toBeUndefined();
    const configurations = [
      { dataType: 'CHANNEL_MESSAGE', resourceArn: MESSAGES },
      { dataType: 'CHANNEL', resourceArn: CHANNELS },
    ];
    expect(put.data!.putAppInstanceStreamingConfigurations).toEqual({
      appInstance: { appInstanceArn },
      streamingConfigurations: configurations,
      userErrors: [],
    });
    expect(await calls()).toMatchObject({ PutAppInstanceStreamingConfigurations: 1 });
    await gateway.resetStats();
    expect(await readOn(replica)).toEqual(configurations);
    // What the replica read is in the shared cache: this gateway reads it without a call.
    expect(await readOn(gateway)).toEqual(configurations);
    expect((await calls()).GetAppInstanceStreamingConfigurations).toBe(1);
    const sdk = await messaging.send(
      new GetMessagingStreamingConfigurationsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(sdk.StreamingConfigurations).toEqual([
      { DataType: 'ChannelMessage', ResourceArn: MESSAGES },
      { DataType: 'Channel', ResourceArn: CHANNELS },
    ]);
  });

  it('deletes them: the payload and a replica read none', async () => {
    const result = await send(DELETE, { input: { appInstanceArn } });
    expect(result.data!.deleteAppInstanceStreamingConfigurations).toEqual({
      appInstance: { streamingConfigurations: null },
      userErrors: [],
    });
    // The payload's configurations come from the delete: no read of them after it.
    expect((await calls()).GetAppInstanceStreamingConfigurations).toBeUndefined();
    expect(await calls()).toMatchObject({ DeleteAppInstanceStreamingConfigurations: 1 });
    // The shared cache held the configurations the test before read; the delete made them stale.
    const read = await gateway.replica().send(admin, READ, { arn: appInstanceArn });
    expect(read.body.data!.appInstance.streamingConfigurations).toBeNull();
    expect(await calls()).toMatchObject({ GetAppInstanceStreamingConfigurations: 1 });
  });

  it('refuses none or three, a repeated data type and a resource ARN off the pattern, with no upstream call', async () => {
    const item = { dataType: 'CHANNEL', resourceArn: CHANNELS };
    const cases: [unknown[], string[], string][] = [
      [[], ['input', 'streamingConfigurations'], 'at least 1 item'],
      [
        [item, { ...item, dataType: 'CHANNEL_MESSAGE' }, item],
        ['input', 'streamingConfigurations'],
        'at most 2 items',
      ],
      [[item, item], ['input', 'streamingConfigurations'], 'each dataType once'],
      [
        [{ ...item, resourceArn: 'kinesis stream' }],
        ['input', 'streamingConfigurations', '0', 'resourceArn'],
        'streamingConfigurations[0].resourceArn must match',
      ],
      [
        [{ ...item, resourceArn: `arn${'a'.repeat(1024)}` }],
        ['input', 'streamingConfigurations', '0', 'resourceArn'],
        'at most 1024 characters',
      ],
    ];
    for (const [streamingConfigurations, field, message] of cases) {
      const result = await send(PUT, { input: { appInstanceArn, streamingConfigurations } });
      expect(result.data!.putAppInstanceStreamingConfigurations, message).toEqual({
        appInstance: null,
        streamingConfigurations: null,
        userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }],
      });
    }
    const hostile = await send(DELETE, { input: { appInstanceArn: '..' } });
    expect(hostile.data!.deleteAppInstanceStreamingConfigurations.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'appInstanceArn'], code: 'INVALID' }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers an unknown app instance as NOT_FOUND', async () => {
    const unknown = 'arn:aws:chime:us-east-1:111122223333:app-instance/unknown';
    const result = await send(PUT, {
      input: {
        appInstanceArn: unknown,
        streamingConfigurations: [{ dataType: 'CHANNEL', resourceArn: CHANNELS }],
      },
    });
    expect(result.data!.putAppInstanceStreamingConfigurations.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    expect(await calls()).toEqual({ PutAppInstanceStreamingConfigurations: 1 });
  });

  it('lets only an admin of every account write them, refused with no upstream call', async () => {
    for (const claims of [{ chime_role: 'operator' }, { chime_accounts: ['some-account'] }]) {
      const result = await send(DELETE, { input: { appInstanceArn } }, await headersOf(claims));
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      ]);
    }
    expect((await gateway.stats()).total).toBe(0);
  });
});
