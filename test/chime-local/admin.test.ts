import {
  BadRequestException,
  BatchSuspendUserCommand,
  BatchUnsuspendUserCommand,
  BatchUpdateUserCommand,
  CreateAccountCommand,
  CreateUserCommand,
  DeleteAccountCommand,
  GetAccountCommand,
  GetAccountSettingsCommand,
  GetGlobalSettingsCommand,
  GetUserCommand,
  GetUserSettingsCommand,
  InviteUsersCommand,
  ListAccountsCommand,
  ListUsersCommand,
  LogoutUserCommand,
  NotFoundException,
  ResetPersonalPINCommand,
  UnprocessableEntityException,
  UpdateAccountCommand,
  UpdateAccountSettingsCommand,
  UpdateGlobalSettingsCommand,
  UpdateUserCommand,
  UpdateUserSettingsCommand,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/chime-local/admin/records.ts';
import { LOCAL_AWS_ACCOUNT_ID } from '../../src/chime-local/store.ts';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();

async function createAccount(name: string) {
  const { Account } = await chime.admin.send(new CreateAccountCommand({ Name: name }));
  return Account!;
}

async function createUser(accountId: string, email: string, username?: string) {
  const { User } = await chime.admin.send(
    new CreateUserCommand({ AccountId: accountId, Email: email, Username: username }),
  );
  return User!;
}

describe('accounts', () => {
  it('creates a Team account and reads it back', async () => {
    const created = await createAccount('Initech');
    expect(created).toMatchObject({
      Name: 'Initech',
      AwsAccountId: LOCAL_AWS_ACCOUNT_ID,
      AccountType: 'Team',
      AccountStatus: 'Active',
      DefaultLicense: 'Pro',
      SupportedLicenses: ['Basic', 'Pro'],
    });
    expect(created.AccountId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.CreatedTimestamp).toBeInstanceOf(Date);

    const { Account } = await chime.admin.send(new GetAccountCommand({ AccountId: created.AccountId }));
    expect(Account).toEqual(created);
  });

  it('updates the name and the default license', async () => {
    const account = await createAccount('Vandelay');
    const { Account } = await chime.admin.send(
      new UpdateAccountCommand({
        AccountId: account.AccountId,
        Name: 'Vandelay Industries',
        DefaultLicense: 'Basic',
      }),
    );
    expect(Account).toMatchObject({ Name: 'Vandelay Industries', DefaultLicense: 'Basic' });
    const user = await createUser(account.AccountId!, 'art@vandelay.example.com');
    expect(user.LicenseType).toBe('Basic');
  });

  it('refuses a default license the account does not support', async () => {
    const account = await createAccount('Kramerica');
    const error = await rejection(
      chime.admin.send(new UpdateAccountCommand({ AccountId: account.AccountId, DefaultLicense: 'Plus' })),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('DefaultLicense');
  });

  it('lists accounts filtered by name prefix and by a user email', async () => {
    const first = await createAccount('Prefix Alpha');
    const second = await createAccount('Prefix Beta');
    await createAccount('Other Prefix');
    await createUser(second.AccountId!, 'Someone@Beta.example.com');

    const byName = await chime.admin.send(new ListAccountsCommand({ Name: 'Prefix ' }));
    expect(byName.Accounts?.map((account) => account.AccountId)).toEqual([first.AccountId, second.AccountId]);
    expect(byName.NextToken).toBeUndefined();

    const byEmail = await chime.admin.send(
      new ListAccountsCommand({ UserEmail: 'someone@beta.example.com' }),
    );
    expect(byEmail.Accounts?.map((account) => account.Name)).toEqual(['Prefix Beta']);
  });

  it('keeps settings per account, changing only the members sent', async () => {
    const account = await createAccount('Settings Co');
    const other = await createAccount('Settings Other');
    const read = async (accountId: string) =>
      (await chime.admin.send(new GetAccountSettingsCommand({ AccountId: accountId }))).AccountSettings;

    expect(await read(account.AccountId!)).toEqual({ DisableRemoteControl: false, EnableDialOut: false });
    await chime.admin.send(
      new UpdateAccountSettingsCommand({
        AccountId: account.AccountId,
        AccountSettings: { DisableRemoteControl: true },
      }),
    );
    await chime.admin.send(
      new UpdateAccountSettingsCommand({
        AccountId: account.AccountId,
        AccountSettings: { EnableDialOut: true },
      }),
    );
    expect(await read(account.AccountId!)).toEqual({ DisableRemoteControl: true, EnableDialOut: true });
    expect(await read(other.AccountId!)).toEqual({ DisableRemoteControl: false, EnableDialOut: false });
  });

  it('deletes an account only once every user is suspended, and its users with it', async () => {
    const account = await createAccount('Doomed');
    const user = await createUser(account.AccountId!, 'last@doomed.example.com');

    const refused = await rejection(
      chime.admin.send(new DeleteAccountCommand({ AccountId: account.AccountId })),
    );
    expect(refused).toBeInstanceOf(UnprocessableEntityException);
    expect(refused.$metadata?.httpStatusCode).toBe(422);

    await chime.admin.send(
      new BatchSuspendUserCommand({ AccountId: account.AccountId, UserIdList: [user.UserId!] }),
    );
    await chime.admin.send(new DeleteAccountCommand({ AccountId: account.AccountId }));
    expect(
      await rejection(chime.admin.send(new GetAccountCommand({ AccountId: account.AccountId }))),
    ).toBeInstanceOf(NotFoundException);
    expect(chime.local.store.admin.users.has(user.UserId!)).toBe(false);
  });
});

describe('users', () => {
  let accountId: string;
  beforeAll(async () => {
    accountId = (await createAccount('Users Inc')).AccountId!;
  });

  it('creates a registered user licensed with the account default', async () => {
    const { User } = await chime.admin.send(
      new CreateUserCommand({
        AccountId: accountId,
        Email: 'room@users.example.com',
        Username: 'Room Device',
        UserType: 'SharedDevice',
      }),
    );
    expect(User).toMatchObject({
      AccountId: accountId,
      PrimaryEmail: 'room@users.example.com',
      DisplayName: 'Room Device',
      UserType: 'SharedDevice',
      LicenseType: 'Pro',
      UserRegistrationStatus: 'Registered',
    });
    expect(User?.RegisteredOn).toBeInstanceOf(Date);
    expect(User?.PersonalPIN).toMatch(/^\d{10}$/);

    const fetched = await chime.admin.send(
      new GetUserCommand({ AccountId: accountId, UserId: User?.UserId }),
    );
    expect(fetched.User).toEqual(User);
  });

  it('lists users without their PINs, filtered by email and by user type', async () => {
    const account = (await createAccount('Listing')).AccountId!;
    const alice = await createUser(account, 'alice@listing.example.com', 'Alice');
    const device = (
      await chime.admin.send(
        new CreateUserCommand({
          AccountId: account,
          Email: 'desk@listing.example.com',
          UserType: 'SharedDevice',
        }),
      )
    ).User!;

    const all = await chime.admin.send(new ListUsersCommand({ AccountId: account }));
    expect(all.Users?.map((user) => user.UserId)).toEqual([alice.UserId, device.UserId]);
    expect(all.Users?.every((user) => user.PersonalPIN === undefined)).toBe(true);

    const byEmail = await chime.admin.send(
      new ListUsersCommand({ AccountId: account, UserEmail: 'ALICE@listing.example.com' }),
    );
    expect(byEmail.Users?.map((user) => user.DisplayName)).toEqual(['Alice']);

    const devices = await chime.admin.send(
      new ListUsersCommand({ AccountId: account, UserType: 'SharedDevice' }),
    );
    expect(devices.Users?.map((user) => user.UserId)).toEqual([device.UserId]);
  });

  it('returns the number the phone-number area assigned', async () => {
    const user = await createUser(accountId, 'caller@users.example.com');
    // What AssociatePhoneNumberWithUser does to the user record.
    chime.local.store.admin.users.get(user.UserId!)!.PrimaryProvisionedNumber = '+12065550100';

    const fetched = await chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: user.UserId }));
    expect(fetched.User?.PrimaryProvisionedNumber).toBe('+12065550100');
    const listed = await chime.admin.send(
      new ListUsersCommand({ AccountId: accountId, UserEmail: 'caller@users.example.com' }),
    );
    expect(listed.Users?.[0]?.PrimaryProvisionedNumber).toBe('+12065550100');
  });

  it('updates license, user type and Alexa for Business metadata', async () => {
    const user = await createUser(accountId, 'update@users.example.com');
    const { User } = await chime.admin.send(
      new UpdateUserCommand({
        AccountId: accountId,
        UserId: user.UserId,
        LicenseType: 'Basic',
        UserType: 'SharedDevice',
        AlexaForBusinessMetadata: { IsAlexaForBusinessEnabled: true, AlexaForBusinessRoomArn: 'arn:room' },
      }),
    );
    expect(User).toMatchObject({
      LicenseType: 'Basic',
      UserType: 'SharedDevice',
      AlexaForBusinessMetadata: { IsAlexaForBusinessEnabled: true, AlexaForBusinessRoomArn: 'arn:room' },
    });

    const unsupported = await rejection(
      chime.admin.send(
        new UpdateUserCommand({ AccountId: accountId, UserId: user.UserId, LicenseType: 'ProTrial' }),
      ),
    );
    expect(unsupported).toBeInstanceOf(BadRequestException);
    expect(unsupported.message).toContain('LicenseType');
  });

  it('batch-updates users and reports unknown ones per item', async () => {
    const first = await createUser(accountId, 'batch1@users.example.com');
    const second = await createUser(accountId, 'batch2@users.example.com');
    const { UserErrors } = await chime.admin.send(
      new BatchUpdateUserCommand({
        AccountId: accountId,
        UpdateUserRequestItems: [
          { UserId: first.UserId, LicenseType: 'Basic' },
          { UserId: 'no-such-user', LicenseType: 'Basic' },
          { UserId: second.UserId, UserType: 'SharedDevice' },
        ],
      }),
    );
    expect(UserErrors).toEqual([expect.objectContaining({ UserId: 'no-such-user', ErrorCode: 'NotFound' })]);
    const read = async (userId: string) =>
      (await chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: userId }))).User;
    expect((await read(first.UserId!))?.LicenseType).toBe('Basic');
    expect((await read(second.UserId!))?.UserType).toBe('SharedDevice');
  });

  it('keeps telephony settings per user', async () => {
    const user = await createUser(accountId, 'settings@users.example.com');
    const read = async () =>
      (await chime.admin.send(new GetUserSettingsCommand({ AccountId: accountId, UserId: user.UserId })))
        .UserSettings;
    expect(await read()).toEqual({ Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } });

    await chime.admin.send(
      new UpdateUserSettingsCommand({
        AccountId: accountId,
        UserId: user.UserId,
        UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: false, SMS: false } },
      }),
    );
    expect(await read()).toEqual({ Telephony: { InboundCalling: true, OutboundCalling: false, SMS: false } });
  });

  it('resets the personal PIN to a new one', async () => {
    const user = await createUser(accountId, 'pin@users.example.com');
    const { User } = await chime.admin.send(
      new ResetPersonalPINCommand({ AccountId: accountId, UserId: user.UserId }),
    );
    expect(User?.PersonalPIN).toMatch(/^\d{10}$/);
    expect(User?.PersonalPIN).not.toBe(user.PersonalPIN);
    const fetched = await chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: user.UserId }));
    expect(fetched.User?.PersonalPIN).toBe(User?.PersonalPIN);
  });

  it('logs out a known user and 404s an unknown one', async () => {
    const user = await createUser(accountId, 'logout@users.example.com');
    const answer = await chime.admin.send(
      new LogoutUserCommand({ AccountId: accountId, UserId: user.UserId }),
    );
    expect(answer.$metadata.httpStatusCode).toBe(204);
    const error = await rejection(
      chime.admin.send(new LogoutUserCommand({ AccountId: accountId, UserId: 'nobody' })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('invitations and suspensions', () => {
  it('invites new addresses as pending users and reports existing ones', async () => {
    const team = (await createAccount('Invites')).AccountId!;
    const elsewhere = (await createAccount('Elsewhere')).AccountId!;
    await createUser(team, 'member@invites.example.com');
    await createUser(elsewhere, 'taken@elsewhere.example.com');

    const { Invites } = await chime.admin.send(
      new InviteUsersCommand({
        AccountId: team,
        UserEmailList: [
          'new@invites.example.com',
          'member@invites.example.com',
          'taken@elsewhere.example.com',
        ],
        UserType: 'PrivateUser',
      }),
    );
    expect(
      Invites?.map(({ EmailAddress, Status, EmailStatus }) => ({ EmailAddress, Status, EmailStatus })),
    ).toEqual([
      { EmailAddress: 'new@invites.example.com', Status: 'Pending', EmailStatus: 'Sent' },
      { EmailAddress: 'member@invites.example.com', Status: 'Accepted', EmailStatus: 'NotSent' },
      { EmailAddress: 'taken@elsewhere.example.com', Status: 'Failed', EmailStatus: 'NotSent' },
    ]);
    expect(new Set(Invites?.map((invite) => invite.InviteId)).size).toBe(3);

    const { Users } = await chime.admin.send(
      new ListUsersCommand({ AccountId: team, UserEmail: 'new@invites.example.com' }),
    );
    expect(Users).toHaveLength(1);
    expect(Users?.[0]).toMatchObject({
      UserInvitationStatus: 'Pending',
      UserRegistrationStatus: 'Unregistered',
      UserType: 'PrivateUser',
    });
    expect(Users?.[0]?.InvitedOn).toBeInstanceOf(Date);
  });

  it('suspends Team users, reports unknown ids, and re-invites the suspended', async () => {
    const team = (await createAccount('Suspensions')).AccountId!;
    const user = await createUser(team, 'gone@suspensions.example.com');
    const { UserErrors } = await chime.admin.send(
      new BatchSuspendUserCommand({ AccountId: team, UserIdList: [user.UserId!, 'ghost'] }),
    );
    expect(UserErrors).toEqual([expect.objectContaining({ UserId: 'ghost', ErrorCode: 'NotFound' })]);
    const suspended = await chime.admin.send(new GetUserCommand({ AccountId: team, UserId: user.UserId }));
    expect(suspended.User?.UserRegistrationStatus).toBe('Suspended');

    // Team users come back through a new invitation, not BatchUnsuspendUser.
    const refused = await rejection(
      chime.admin.send(new BatchUnsuspendUserCommand({ AccountId: team, UserIdList: [user.UserId!] })),
    );
    expect(refused).toBeInstanceOf(BadRequestException);
    const { Invites } = await chime.admin.send(
      new InviteUsersCommand({ AccountId: team, UserEmailList: ['gone@suspensions.example.com'] }),
    );
    expect(Invites?.[0]?.Status).toBe('Pending');
    const invited = await chime.admin.send(new GetUserCommand({ AccountId: team, UserId: user.UserId }));
    expect(invited.User).toMatchObject({
      UserRegistrationStatus: 'Unregistered',
      UserInvitationStatus: 'Pending',
    });
  });

  it('unsuspends EnterpriseLWA users and ignores those not suspended', async () => {
    // CreateAccount makes Team accounts only; an EnterpriseLWA one is set up in the store directly.
    const lwa = addAccount(chime.local.store, { Name: 'Enterprise LWA', AccountType: 'EnterpriseLWA' });
    const suspendedUser = await createUser(lwa.AccountId, 'back@lwa.example.com');
    const activeUser = await createUser(lwa.AccountId, 'stays@lwa.example.com');
    await chime.admin.send(
      new BatchSuspendUserCommand({ AccountId: lwa.AccountId, UserIdList: [suspendedUser.UserId!] }),
    );

    const { UserErrors } = await chime.admin.send(
      new BatchUnsuspendUserCommand({
        AccountId: lwa.AccountId,
        UserIdList: [suspendedUser.UserId!, activeUser.UserId!, 'ghost'],
      }),
    );
    expect(UserErrors).toEqual([expect.objectContaining({ UserId: 'ghost', ErrorCode: 'NotFound' })]);
    for (const user of [suspendedUser, activeUser]) {
      const { User } = await chime.admin.send(
        new GetUserCommand({ AccountId: lwa.AccountId, UserId: user.UserId }),
      );
      expect(User?.UserRegistrationStatus).toBe('Registered');
    }

    const refused = await rejection(
      chime.admin.send(
        new InviteUsersCommand({ AccountId: lwa.AccountId, UserEmailList: ['x@lwa.example.com'] }),
      ),
    );
    expect(refused).toBeInstanceOf(BadRequestException);
    expect(refused.message).toContain('Team');
  });
});

describe('global settings', () => {
  it('reads and updates the CDR buckets, keeping the group not sent', async () => {
    expect(await chime.admin.send(new GetGlobalSettingsCommand({}))).toMatchObject({
      BusinessCalling: {},
      VoiceConnector: {},
    });
    await chime.admin.send(
      new UpdateGlobalSettingsCommand({ BusinessCalling: { CdrBucket: 'calls-bucket' } }),
    );
    await chime.admin.send(new UpdateGlobalSettingsCommand({ VoiceConnector: { CdrBucket: 'vc-bucket' } }));
    expect(await chime.admin.send(new GetGlobalSettingsCommand({}))).toMatchObject({
      BusinessCalling: { CdrBucket: 'calls-bucket' },
      VoiceConnector: { CdrBucket: 'vc-bucket' },
    });
  });
});
