import {
  BadRequestException,
  ConflictException,
  CreateAccountCommand,
  CreateUserCommand,
  GetAccountCommand,
  GetUserCommand,
  InviteUsersCommand,
  ListAccountsCommand,
  ListUsersCommand,
  NotFoundException,
  UpdateUserSettingsCommand,
  type UserType,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();
let accountId: string;

beforeAll(async () => {
  accountId = (await chime.admin.send(new CreateAccountCommand({ Name: 'Errors' }))).Account!.AccountId!;
});

/** Expects a 400 BadRequestException whose message names `parameter`. */
async function expectBadRequest(call: Promise<unknown>, parameter: string) {
  const error = await rejection(call);
  expect(error).toBeInstanceOf(BadRequestException);
  expect(error.$metadata?.httpStatusCode).toBe(400);
  expect(error.message).toContain(parameter);
}

describe('400 BadRequestException names the parameter', () => {
  it('for a malformed email', async () => {
    await expectBadRequest(
      chime.admin.send(new CreateUserCommand({ AccountId: accountId, Email: 'not-an-email' })),
      'Email',
    );
    await expectBadRequest(
      chime.admin.send(new InviteUsersCommand({ AccountId: accountId, UserEmailList: ['nobody@localhost'] })),
      'UserEmailList[0]',
    );
    await expectBadRequest(
      chime.admin.send(new ListUsersCommand({ AccountId: accountId, UserEmail: 'x' })),
      'UserEmail',
    );
  });

  it('for MaxResults out of range', async () => {
    await expectBadRequest(
      chime.admin.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 0 })),
      'MaxResults',
    );
    await expectBadRequest(
      chime.admin.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 201 })),
      'MaxResults',
    );
    await expectBadRequest(chime.admin.send(new ListAccountsCommand({ MaxResults: 201 })), 'MaxResults');
  });

  it('for a blank name, an unknown enum value and a missing required member', async () => {
    await expectBadRequest(chime.admin.send(new CreateAccountCommand({ Name: '   ' })), 'Name');
    await expectBadRequest(
      chime.admin.send(new ListUsersCommand({ AccountId: accountId, UserType: 'Robot' as UserType })),
      'UserType',
    );
    const { User } = await chime.admin.send(
      new CreateUserCommand({ AccountId: accountId, Email: 'u@errors.example.com' }),
    );
    await expectBadRequest(
      chime.admin.send(
        new UpdateUserSettingsCommand({
          AccountId: accountId,
          UserId: User?.UserId,
          // The SDK types require SMS; a hand-written client may leave it out.
          UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: true } as never },
        }),
      ),
      'UserSettings.Telephony.SMS',
    );
  });
});

describe('404 NotFoundException', () => {
  it('for an unknown account', async () => {
    const error = await rejection(chime.admin.send(new GetAccountCommand({ AccountId: 'no-such-account' })));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.$metadata?.httpStatusCode).toBe(404);
    expect(error.message).toContain('no-such-account');
  });

  it('for a user asked for under another account', async () => {
    const other = (await chime.admin.send(new CreateAccountCommand({ Name: 'Other' }))).Account!.AccountId!;
    const { User } = await chime.admin.send(
      new CreateUserCommand({ AccountId: other, Email: 'o@other.example.com' }),
    );
    const error = await rejection(
      chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: User?.UserId })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('409 ConflictException', () => {
  it('for a second user with the same email', async () => {
    await chime.admin.send(new CreateUserCommand({ AccountId: accountId, Email: 'dup@errors.example.com' }));
    const error = await rejection(
      chime.admin.send(new CreateUserCommand({ AccountId: accountId, Email: 'DUP@errors.example.com' })),
    );
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata?.httpStatusCode).toBe(409);
  });
});

describe('403 for bad credentials', () => {
  it('UnrecognizedClientException for an unknown access key', async () => {
    const stranger = adminClient(chime.local, { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'test' });
    const error = await rejection(stranger.send(new ListAccountsCommand({})));
    stranger.destroy();
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata?.httpStatusCode).toBe(403);
  });

  it('InvalidSignatureException for the wrong secret', async () => {
    const impostor = adminClient(chime.local, { accessKeyId: 'test', secretAccessKey: 'wrong' });
    const error = await rejection(impostor.send(new ListAccountsCommand({})));
    impostor.destroy();
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.$metadata?.httpStatusCode).toBe(403);
  });
});
