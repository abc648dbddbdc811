import {
  BadRequestException as AdminBadRequestException,
  NotFoundException as AdminNotFoundException,
  CreateAccountCommand,
  GetRetentionSettingsCommand,
  PutRetentionSettingsCommand,
} from '@aws-sdk/client-chime';
import {
  BadRequestException,
  type ChimeSDKIdentityClient,
  CreateAppInstanceCommand,
  GetAppInstanceRetentionSettingsCommand,
  NotFoundException,
  PutAppInstanceRetentionSettingsCommand,
} from '@aws-sdk/client-chime-sdk-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';
import { identityClient } from './messaging-helpers.ts';

const local = useAdminLocal();
let identity: ChimeSDKIdentityClient;

beforeAll(() => {
  identity = identityClient(local.local);
});
afterAll(() => identity.destroy());

describe('account retention settings', () => {
  let accountId: string;
  beforeAll(async () => {
    const { Account } = await local.admin.send(new CreateAccountCommand({ Name: 'Retention' }));
    accountId = Account!.AccountId!;
  });

  it('answers empty settings for an account that never put any', async () => {
    const out = await local.admin.send(new GetRetentionSettingsCommand({ AccountId: accountId }));
    expect(out.RetentionSettings).toEqual({});
    expect(out.InitiateDeletionTimestamp).toBeUndefined();
  });

  it('puts settings with 204, read back whole with when they were put', async () => {
    const put = await local.admin.send(
      new PutRetentionSettingsCommand({
        AccountId: accountId,
        RetentionSettings: {
          RoomRetentionSettings: { RetentionDays: 30 },
          ConversationRetentionSettings: { RetentionDays: 5475 },
        },
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(204);
    const out = await local.admin.send(new GetRetentionSettingsCommand({ AccountId: accountId }));
    expect(out.RetentionSettings).toEqual({
      RoomRetentionSettings: { RetentionDays: 30 },
      ConversationRetentionSettings: { RetentionDays: 5475 },
    });
    expect(out.InitiateDeletionTimestamp).toBeInstanceOf(Date);
  });

  it('turns a retention off when its days are left out', async () => {
    await local.admin.send(
      new PutRetentionSettingsCommand({
        AccountId: accountId,
        RetentionSettings: { RoomRetentionSettings: { RetentionDays: 7 }, ConversationRetentionSettings: {} },
      }),
    );
    const out = await local.admin.send(new GetRetentionSettingsCommand({ AccountId: accountId }));
    expect(out.RetentionSettings).toEqual({
      RoomRetentionSettings: { RetentionDays: 7 },
      ConversationRetentionSettings: {},
    });
  });

  it('refuses days out of 1-5475 naming them, and an unknown account with NotFoundException', async () => {
    for (const days of [0, 5476]) {
      const error = await rejection(
        local.admin.send(
          new PutRetentionSettingsCommand({
            AccountId: accountId,
            RetentionSettings: { RoomRetentionSettings: { RetentionDays: days } },
          }),
        ),
      );
      expect(error).toBeInstanceOf(AdminBadRequestException);
      expect(error.message).toContain('RoomRetentionSettings.RetentionDays');
    }
    expect(
      await rejection(local.admin.send(new GetRetentionSettingsCommand({ AccountId: 'no-such-account' }))),
    ).toBeInstanceOf(AdminNotFoundException);
  });
});

describe('app instance retention settings', () => {
  let appInstanceArn: string;
  beforeAll(async () => {
    const created = await identity.send(new CreateAppInstanceCommand({ Name: 'Retention' }));
    appInstanceArn = created.AppInstanceArn!;
  });

  it('answers empty settings for an app instance that never put any', async () => {
    const out = await identity.send(
      new GetAppInstanceRetentionSettingsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(out.AppInstanceRetentionSettings).toEqual({});
  });

  it('puts the channel retention, answered and read back with an epoch-second deletion time', async () => {
    const put = await identity.send(
      new PutAppInstanceRetentionSettingsCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceRetentionSettings: { ChannelRetentionSettings: { RetentionDays: 90 } },
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(200);
    expect(put.AppInstanceRetentionSettings).toEqual({ ChannelRetentionSettings: { RetentionDays: 90 } });
    expect(put.InitiateDeletionTimestamp).toBeInstanceOf(Date);
    const out = await identity.send(
      new GetAppInstanceRetentionSettingsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(out.AppInstanceRetentionSettings).toEqual({ ChannelRetentionSettings: { RetentionDays: 90 } });
    expect(out.InitiateDeletionTimestamp?.getTime()).toBe(put.InitiateDeletionTimestamp?.getTime());
  });

  it('refuses days out of 1-5475 naming them, and an unknown app instance with NotFoundException', async () => {
    const error = await rejection(
      identity.send(
        new PutAppInstanceRetentionSettingsCommand({
          AppInstanceArn: appInstanceArn,
          AppInstanceRetentionSettings: { ChannelRetentionSettings: { RetentionDays: 0 } },
        }),
      ),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('ChannelRetentionSettings.RetentionDays');
    expect(
      await rejection(
        identity.send(
          new GetAppInstanceRetentionSettingsCommand({ AppInstanceArn: `${appInstanceArn}-missing` }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});
