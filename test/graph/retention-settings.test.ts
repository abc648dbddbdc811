import { type ChimeClient, CreateAccountCommand, GetRetentionSettingsCommand } from '@aws-sdk/client-chime';
import {
  type ChimeSDKIdentityClient,
  CreateAppInstanceCommand,
  GetAppInstanceRetentionSettingsCommand,
} from '@aws-sdk/client-chime-sdk-identity';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminClient } from '../chime-local/admin-helpers.ts';
import { identityClient } from '../chime-local/messaging-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let admin: ChimeClient;
let identity: ChimeSDKIdentityClient;

/** Upstream calls since the last reset. */
const calls = async () => (await gateway.stats()).calls;

beforeAll(async () => {
  gateway = await startTestGateway();
  admin = adminClient(gateway.local);
  identity = identityClient(gateway.local);
});
afterAll(async () => {
  admin.destroy();
  identity.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

describe('account retention settings', () => {
  let accountId: string;
  beforeAll(async () => {
    const { Account } = await admin.send(new CreateAccountCommand({ Name: 'Retention' }));
    accountId = Account!.AccountId!;
  });

  const READ = `query ($accountId: String!) {
    account(accountId: $accountId) {
      name
      retentionSettings { roomRetentionDays conversationRetentionDays initiateDeletionTimestamp }
    }
  }`;
  const PUT = `mutation ($input: PutRetentionSettingsInput!) {
    putRetentionSettings(input: $input) {
      account { accountId }
      retentionSettings { roomRetentionDays conversationRetentionDays initiateDeletionTimestamp }
      userErrors { field message code }
    }
  }`;

  it('reads an account that never put settings as keeping everything', async () => {
    const result = await gateway.query(READ, { accountId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.account.retentionSettings).toEqual({
      roomRetentionDays: null,
      conversationRetentionDays: null,
      initiateDeletionTimestamp: null,
    });
    expect(await calls()).toEqual({ GetAccount: 1, GetRetentionSettings: 1 });
  });

  it('starts the read beside GetAccount, not after it', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccount'] });
    const failed = await gateway.query(READ, { accountId });
    await gateway.faults({});
    expect(failed.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await calls()).toMatchObject({ GetRetentionSettings: 1 });
  });

  it('puts settings the payload reads back, as a fresh request and the SDK see them', async () => {
    const result = await gateway.query(PUT, {
      input: { accountId, roomRetentionDays: 30, conversationRetentionDays: 5475 },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.putRetentionSettings;
    expect(payload).toMatchObject({
      account: { accountId },
      retentionSettings: { roomRetentionDays: 30, conversationRetentionDays: 5475 },
      userErrors: [],
    });
    expect(payload.retentionSettings.initiateDeletionTimestamp).toMatch(ISO);
    expect(await calls()).toEqual({ PutRetentionSettings: 1, GetAccount: 1, GetRetentionSettings: 1 });
    const fresh = await gateway.query(READ, { accountId });
    expect(fresh.data!.account.retentionSettings).toEqual(payload.retentionSettings);
    const { RetentionSettings } = await admin.send(new GetRetentionSettingsCommand({ AccountId: accountId }));
    expect(RetentionSettings).toEqual({
      RoomRetentionSettings: { RetentionDays: 30 },
      ConversationRetentionSettings: { RetentionDays: 5475 },
    });
  });

  it('turns a retention off when its days are left out', async () => {
    await gateway.query(PUT, { input: { accountId, roomRetentionDays: 7, conversationRetentionDays: 9 } });
    const result = await gateway.query(PUT, { input: { accountId, roomRetentionDays: 7 } });
    expect(result.data!.putRetentionSettings.retentionSettings).toMatchObject({
      roomRetentionDays: 7,
      conversationRetentionDays: null,
    });
  });

  it.each([
    ['roomRetentionDays', 0],
    ['conversationRetentionDays', 5476],
  ])('refuses %s %d naming it, without an upstream call', async (field, days) => {
    const result = await gateway.query(PUT, { input: { accountId, [field]: days } });
    expect(result.data!.putRetentionSettings).toEqual({
      account: null,
      retentionSettings: null,
      userErrors: [
        { field: ['input', field], message: `${field} must be from 1 to 5475, got ${days}`, code: 'INVALID' },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers an unknown account as NOT_FOUND', async () => {
    const result = await gateway.query(PUT, {
      input: { accountId: '00000000-0000-0000-0000-000000000000', roomRetentionDays: 1 },
    });
    expect(result.data!.putRetentionSettings.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });
});

describe('app instance retention settings', () => {
  let appInstanceArn: string;
  beforeAll(async () => {
    const { AppInstanceArn } = await identity.send(new CreateAppInstanceCommand({ Name: 'Retention' }));
    appInstanceArn = AppInstanceArn!;
  });

  const READ = `query ($arn: String!) {
    appInstance(appInstanceArn: $arn) { retentionSettings { channelRetentionDays initiateDeletionTimestamp } }
  }`;
  const PUT = `mutation ($input: PutAppInstanceRetentionSettingsInput!) {
    putAppInstanceRetentionSettings(input: $input) {
      appInstance { appInstanceArn retentionSettings { channelRetentionDays } }
      retentionSettings { channelRetentionDays initiateDeletionTimestamp }
      userErrors { field message code }
    }
  }`;

  it('reads an app instance that never put settings as keeping everything', async () => {
    const result = await gateway.query(READ, { arn: appInstanceArn });
    expect(result.errors).toBeUndefined();
    expect(result.data!.appInstance.retentionSettings).toEqual({
      channelRetentionDays: null,
      initiateDeletionTimestamp: null,
    });
    expect(await calls()).toEqual({ DescribeAppInstance: 1, GetAppInstanceRetentionSettings: 1 });
  });

  it('puts the channel retention: the answer serves the payload, a fresh request and the SDK read it', async () => {
    const result = await gateway.query(PUT, { input: { appInstanceArn, channelRetentionDays: 90 } });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.putAppInstanceRetentionSettings;
    expect(payload).toMatchObject({
      appInstance: { appInstanceArn, retentionSettings: { channelRetentionDays: 90 } },
      retentionSettings: { channelRetentionDays: 90 },
      userErrors: [],
    });
    expect(payload.retentionSettings.initiateDeletionTimestamp).toMatch(ISO);
    // The put's answer primes the app instance's retention settings: no Get after it.
    expect(await calls()).toEqual({ PutAppInstanceRetentionSettings: 1, DescribeAppInstance: 1 });
    const fresh = await gateway.query(READ, { arn: appInstanceArn });
    expect(fresh.data!.appInstance.retentionSettings).toEqual(payload.retentionSettings);
    const out = await identity.send(
      new GetAppInstanceRetentionSettingsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(out.AppInstanceRetentionSettings).toEqual({ ChannelRetentionSettings: { RetentionDays: 90 } });
  });

  it('turns the retention off when the days are left out', async () => {
    const result = await gateway.query(PUT, { input: { appInstanceArn } });
    expect(result.data!.putAppInstanceRetentionSettings.retentionSettings.channelRetentionDays).toBeNull();
    const out = await identity.send(
      new GetAppInstanceRetentionSettingsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(out.AppInstanceRetentionSettings?.ChannelRetentionSettings?.RetentionDays).toBeUndefined();
  });

  it.each([0, 5476])('refuses %d days naming them, without an upstream call', async (days) => {
    const result = await gateway.query(PUT, { input: { appInstanceArn, channelRetentionDays: days } });
    expect(result.data!.putAppInstanceRetentionSettings).toEqual({
      appInstance: null,
      retentionSettings: null,
      userErrors: [
        {
          field: ['input', 'channelRetentionDays'],
          message: `channelRetentionDays must be from 1 to 5475, got ${days}`,
          code: 'INVALID',
        },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers an unknown app instance as NOT_FOUND', async () => {
    const result = await gateway.query(PUT, {
      input: { appInstanceArn: `${appInstanceArn}-missing`, channelRetentionDays: 1 },
    });
    expect(result.data!.putAppInstanceRetentionSettings.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });
});
