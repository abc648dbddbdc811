import {
  CreateAccountCommand,
  CreateUserCommand,
  GetUserCommand,
  GetUserSettingsCommand,
  ListUsersCommand,
  type ChimeClient as SdkChimeClient,
} from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addAccount, addUser } from '../../src/chime-local/admin/records.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: SdkChimeClient;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = adminSdk(gateway);
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

let accounts = 0;

/** A fresh Team account with users made through the official SDK; stats are zeroed afterwards. */
async function teamWithUsers(count: number): Promise<{ accountId: string; userIds: string[] }> {
  accounts += 1;
  const { Account } = await sdk.send(new CreateAccountCommand({ Name: `Team ${accounts}` }));
  const accountId = Account!.AccountId!;
  const userIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { User } = await sdk.send(
      new CreateUserCommand({ AccountId: accountId, Email: `user${index}@team${accounts}.example` }),
    );
    userIds.push(User!.UserId!);
  }
  await gateway.resetStats();
  return { accountId, userIds };
}

/** The user as the upstream has it, read through the official SDK. */
async function sdkUser(accountId: string, userId: string) {
  return (await sdk.send(new GetUserCommand({ AccountId: accountId, UserId: userId }))).User!;
}

const USER_ERRORS = 'userErrors { field message code }';
const ITEM_ERRORS = 'itemErrors { userId field code upstreamCode message }';
const ID_PATTERN = 'must match the pattern .*\\S.* (at least one character that is not white space)';

describe('createUser', () => {
  it('creates a user, answers it without reading it again, and the upstream has it', async () => {
    const { accountId } = await teamWithUsers(0);
    const result = await gateway.query(
      `mutation ($input: CreateUserInput!) {
        createUser(input: $input) {
          user { userId accountId primaryEmail displayName userType licenseType userRegistrationStatus }
          ${USER_ERRORS}
        }
      }`,
      {
        input: { accountId, email: 'new@create.example', username: 'New Person', userType: 'SHARED_DEVICE' },
      },
    );
    expect(result.errors).toBeUndefined();
    const { user, userErrors } = result.data!.createUser;
    expect(userErrors).toEqual([]);
    expect(user).toMatchObject({
      accountId,
      primaryEmail: 'new@create.example',
      displayName: 'New Person',
      userType: 'SHARED_DEVICE',
      licenseType: 'PRO',
      userRegistrationStatus: 'REGISTERED',
    });
    expect((await gateway.stats()).calls).toEqual({ CreateUser: 1 });

    const fresh = await gateway.query(
      `query ($accountId: String!, $userId: String!) { account(accountId: $accountId) { user(userId: $userId) { primaryEmail } } }`,
      { accountId, userId: user.userId },
    );
    expect(fresh.data!.account.user.primaryEmail).toBe('new@create.example');
    expect(await sdkUser(accountId, user.userId)).toMatchObject({
      PrimaryEmail: 'new@create.example',
      UserType: 'SharedDevice',
    });
  });

  it('answers a taken email as CONFLICT', async () => {
    const { accountId } = await teamWithUsers(1);
    const result = await gateway.query(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { userId } ${USER_ERRORS} } }`,
      { input: { accountId, email: `user0@team${accounts}.example` } },
    );
    expect(result.data!.createUser).toEqual({
      user: null,
      userErrors: [{ field: null, message: expect.stringContaining('already exists'), code: 'CONFLICT' }],
    });
  });

  it('refuses a bad email, a blank account id or an unknown user type before any upstream call', async () => {
    const result = await gateway.query(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { userId } ${USER_ERRORS} } }`,
      { input: { accountId: '', email: 'not-an-email' } },
    );
    expect(result.data!.createUser.userErrors).toEqual([
      { field: ['input', 'accountId'], message: `accountId ${ID_PATTERN}, got ""`, code: 'INVALID' },
      {
        field: ['input', 'email'],
        message: 'email must match the pattern .*@.*\\..* (an email address), got "not-an-email"',
        code: 'INVALID',
      },
    ]);
    const badType = await gateway.query(
      `mutation { createUser(input: { accountId: "a", userType: ROBOT }) { ${USER_ERRORS} } }`,
    );
    expect(badType.errors![0]!.message).toContain('Value "ROBOT" does not exist in "UserType" enum');
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('inviteUsers', () => {
  it('invites people to a Team account; they show up as pending users', async () => {
    const { accountId } = await teamWithUsers(0);
    const result = await gateway.query(
      `mutation ($input: InviteUsersInput!) {
        inviteUsers(input: $input) {
          invites { inviteId emailAddress status emailStatus }
          account { users(first: 10) { nodes { primaryEmail userInvitationStatus userRegistrationStatus } } }
          ${USER_ERRORS}
        }
      }`,
      { input: { accountId, userEmails: ['ann@invite.example', 'bob@invite.example'] } },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.inviteUsers;
    expect(payload.userErrors).toEqual([]);
    expect(payload.invites).toEqual([
      {
        inviteId: expect.any(String),
        emailAddress: 'ann@invite.example',
        status: 'PENDING',
        emailStatus: 'SENT',
      },
      {
        inviteId: expect.any(String),
        emailAddress: 'bob@invite.example',
        status: 'PENDING',
        emailStatus: 'SENT',
      },
    ]);
    const pending = { userInvitationStatus: 'PENDING', userRegistrationStatus: 'UNREGISTERED' };
    expect(payload.account.users.nodes).toEqual([
      { primaryEmail: 'ann@invite.example', ...pending },
      { primaryEmail: 'bob@invite.example', ...pending },
    ]);

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { users(userEmail: "bob@invite.example") { nodes { userInvitationStatus } } } }`,
      { id: accountId },
    );
    expect(fresh.data!.account.users.nodes).toEqual([{ userInvitationStatus: 'PENDING' }]);
    const { Users } = await sdk.send(new ListUsersCommand({ AccountId: accountId }));
    expect(Users!.map((user) => [user.PrimaryEmail, user.UserInvitationStatus])).toEqual([
      ['ann@invite.example', 'Pending'],
      ['bob@invite.example', 'Pending'],
    ]);
  });

  it('answers an account that is not a Team account as INVALID (the upstream refuses it)', async () => {
    const lwa = addAccount(gateway.store, { Name: 'LWA Corp', AccountType: 'EnterpriseLWA' });
    const result = await gateway.query(
      `mutation ($input: InviteUsersInput!) { inviteUsers(input: $input) { invites { status } ${USER_ERRORS} } }`,
      { input: { accountId: lwa.AccountId, userEmails: ['someone@lwa.example'] } },
    );
    expect(result.data!.inviteUsers).toEqual({
      invites: null,
      userErrors: [{ field: null, message: expect.stringContaining('only Team'), code: 'INVALID' }],
    });
  });

  it('refuses more than 50 addresses, or one that is not an address, before any upstream call', async () => {
    const many = Array.from({ length: 51 }, (_, index) => `p${index}@many.example`);
    const tooMany = await gateway.query(
      `mutation ($input: InviteUsersInput!) { inviteUsers(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId: 'any', userEmails: many } },
    );
    expect(tooMany.data!.inviteUsers.userErrors).toEqual([
      {
        field: ['input', 'userEmails'],
        message: 'userEmails must have at most 50 items, got 51',
        code: 'INVALID',
      },
    ]);
    const badAddress = await gateway.query(
      `mutation ($input: InviteUsersInput!) { inviteUsers(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId: 'any', userEmails: ['ok@fine.example', 'nobody@nowhere'] } },
    );
    expect(badAddress.data!.inviteUsers.userErrors).toEqual([
      {
        field: ['input', 'userEmails', '1'],
        message: 'userEmails[1] must match the pattern .+@.+\\..+ (an email address), got "nobody@nowhere"',
        code: 'INVALID',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('updateUser', () => {
  it("changes a user's license and type", async () => {
    const { accountId, userIds } = await teamWithUsers(1);
    const userId = userIds[0]!;
    const result = await gateway.query(
      `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { userId licenseType userType } ${USER_ERRORS} } }`,
      {
        input: {
          accountId,
          userId,
          licenseType: 'BASIC',
          userType: 'SHARED_DEVICE',
          alexaForBusinessMetadata: { isAlexaForBusinessEnabled: true },
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser).toEqual({
      user: { userId, licenseType: 'BASIC', userType: 'SHARED_DEVICE' },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ UpdateUser: 1 });

    const fresh = await gateway.query(
      `query ($accountId: String!, $userId: String!) { account(accountId: $accountId) { user(userId: $userId) { licenseType userType } } }`,
      { accountId, userId },
    );
    expect(fresh.data!.account.user).toEqual({ licenseType: 'BASIC', userType: 'SHARED_DEVICE' });
    expect(await sdkUser(accountId, userId)).toMatchObject({
      LicenseType: 'Basic',
      UserType: 'SharedDevice',
      AlexaForBusinessMetadata: { IsAlexaForBusinessEnabled: true },
    });
  });

  it('answers a license the account lacks as INVALID and an unknown user as NOT_FOUND', async () => {
    const { accountId, userIds } = await teamWithUsers(1);
    const result = await gateway.query(
      `mutation ($license: UpdateUserInput!, $unknown: UpdateUserInput!) {
        license: updateUser(input: $license) { user { userId } ${USER_ERRORS} }
        unknown: updateUser(input: $unknown) { user { userId } ${USER_ERRORS} }
      }`,
      {
        license: { accountId, userId: userIds[0], licenseType: 'PLUS' },
        unknown: { accountId, userId: 'no-such-user', licenseType: 'BASIC' },
      },
    );
    expect(result.data!.license.userErrors).toEqual([
      { field: null, message: expect.stringContaining('supported licenses'), code: 'INVALID' },
    ]);
    expect(result.data!.unknown.userErrors).toEqual([
      { field: null, message: expect.stringContaining('no-such-user'), code: 'NOT_FOUND' },
    ]);
    expect((await sdkUser(accountId, userIds[0]!)).LicenseType).toBe('Pro');
  });

  it('refuses blank ids before any upstream call', async () => {
    const result = await gateway.query(
      `mutation { updateUser(input: { accountId: " ", userId: "" }) { ${USER_ERRORS} } }`,
    );
    expect(result.data!.updateUser.userErrors).toEqual([
      { field: ['input', 'accountId'], message: `accountId ${ID_PATTERN}, got " "`, code: 'INVALID' },
      { field: ['input', 'userId'], message: `userId ${ID_PATTERN}, got ""`, code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('batchUpdateUser', () => {
  it('changes the users it can and reports the others per item', async () => {
    const { accountId, userIds } = await teamWithUsers(2);
    const result = await gateway.query(
      `mutation ($input: BatchUpdateUserInput!) {
        batchUpdateUser(input: $input) { users { userId licenseType } ${ITEM_ERRORS} ${USER_ERRORS} }
      }`,
      {
        input: {
          accountId,
          items: [
            { userId: userIds[0], licenseType: 'BASIC' },
            { userId: userIds[1], licenseType: 'BASIC' },
            { userId: 'ghost', licenseType: 'BASIC' },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.batchUpdateUser).toEqual({
      users: [
        { userId: userIds[0], licenseType: 'BASIC' },
        { userId: userIds[1], licenseType: 'BASIC' },
      ],
      itemErrors: [
        {
          userId: 'ghost',
          field: ['input', 'items', '2'],
          code: 'NOT_FOUND',
          upstreamCode: 'NotFound',
          message: expect.stringContaining('ghost'),
        },
      ],
      userErrors: [],
    });
    // The changed users are read back with one page of the account's users, not a GetUser each.
    expect((await gateway.stats()).calls).toEqual({ BatchUpdateUser: 1, ListUsers: 1 });

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { users { nodes { licenseType } } } }`,
      { id: accountId },
    );
    expect(fresh.data!.account.users.nodes).toEqual([{ licenseType: 'BASIC' }, { licenseType: 'BASIC' }]);
    for (const userId of userIds) expect((await sdkUser(accountId, userId)).LicenseType).toBe('Basic');
  });

  it('refuses more than 20 items, or a blank user id, before any upstream call', async () => {
    const items = Array.from({ length: 21 }, (_, index) => ({ userId: `u${index}` }));
    const tooMany = await gateway.query(
      `mutation ($input: BatchUpdateUserInput!) { batchUpdateUser(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId: 'any', items } },
    );
    expect(tooMany.data!.batchUpdateUser.userErrors).toEqual([
      { field: ['input', 'items'], message: 'items must have at most 20 items, got 21', code: 'INVALID' },
    ]);
    const blank = await gateway.query(
      `mutation ($input: BatchUpdateUserInput!) { batchUpdateUser(input: $input) { users { userId } ${USER_ERRORS} } }`,
      { input: { accountId: 'any', items: [{ userId: 'fine' }, { userId: '  ', licenseType: 'BASIC' }] } },
    );
    expect(blank.data!.batchUpdateUser).toEqual({
      users: null,
      userErrors: [
        {
          field: ['input', 'items', '1', 'userId'],
          message: `items[1].userId ${ID_PATTERN}, got "  "`,
          code: 'INVALID',
        },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('updateUserSettings', () => {
  it('sets the telephony permissions and knows them without reading them back', async () => {
    const { accountId, userIds } = await teamWithUsers(1);
    const userId = userIds[0]!;
    const telephony = { inboundCalling: true, outboundCalling: false, sms: false };
    const result = await gateway.query(
      `mutation ($input: UpdateUserSettingsInput!) {
        updateUserSettings(input: $input) {
          settings { telephony { inboundCalling outboundCalling sms } }
          user { userId settings { telephony { sms } } }
          ${USER_ERRORS}
        }
      }`,
      { input: { accountId, userId, settings: { telephony } } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUserSettings).toEqual({
      settings: { telephony },
      user: { userId, settings: { telephony: { sms: false } } },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ GetUser: 1, UpdateUserSettings: 1 });

    const fresh = await gateway.query(
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) { user(userId: $userId) { settings { telephony { inboundCalling outboundCalling sms } } } }
      }`,
      { accountId, userId },
    );
    expect(fresh.data!.account.user.settings.telephony).toEqual(telephony);
    const { UserSettings } = await sdk.send(
      new GetUserSettingsCommand({ AccountId: accountId, UserId: userId }),
    );
    expect(UserSettings).toEqual({ Telephony: { InboundCalling: true, OutboundCalling: false, SMS: false } });
  });

  it('refuses a blank user id or a missing permission before any upstream call', async () => {
    const telephony = { inboundCalling: true, outboundCalling: true, sms: true };
    const blank = await gateway.query(
      `mutation ($input: UpdateUserSettingsInput!) { updateUserSettings(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId: 'a', userId: ' ', settings: { telephony } } },
    );
    expect(blank.data!.updateUserSettings.userErrors).toEqual([
      { field: ['input', 'userId'], message: `userId ${ID_PATTERN}, got " "`, code: 'INVALID' },
    ]);
    const missing = await gateway.query(
      `mutation ($input: UpdateUserSettingsInput!) { updateUserSettings(input: $input) { ${USER_ERRORS} } }`,
      {
        input: { accountId: 'a', userId: 'u', settings: { telephony: { inboundCalling: true, sms: true } } },
      },
    );
    expect(missing.errors![0]!.message).toContain(
      'Field "outboundCalling" of required type "Boolean!" was not provided',
    );
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('batchSuspendUsers and batchUnsuspendUsers', () => {
  it('suspend the listed users and report unknown ones; later fields see the change', async () => {
    const { accountId, userIds } = await teamWithUsers(2);
    const [first, second] = userIds as [string, string];
    const result = await gateway.query(
      `mutation ($before: UpdateUserInput!, $suspend: BatchSuspendUsersInput!, $after: UpdateUserInput!) {
        before: updateUser(input: $before) { user { userRegistrationStatus } }
        suspend: batchSuspendUsers(input: $suspend) { users { userId userRegistrationStatus } ${ITEM_ERRORS} ${USER_ERRORS} }
        after: updateUser(input: $after) { user { userRegistrationStatus } }
      }`,
      {
        before: { accountId, userId: first, userType: 'PRIVATE_USER' },
        suspend: { accountId, userIds: [first, 'ghost', second] },
        after: { accountId, userId: first, userType: 'PRIVATE_USER' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.before.user.userRegistrationStatus).toBe('REGISTERED');
    expect(result.data!.suspend).toEqual({
      users: [
        { userId: first, userRegistrationStatus: 'SUSPENDED' },
        { userId: second, userRegistrationStatus: 'SUSPENDED' },
      ],
      itemErrors: [
        {
          userId: 'ghost',
          field: ['input', 'userIds', '1'],
          code: 'NOT_FOUND',
          upstreamCode: 'NotFound',
          message: expect.stringContaining('ghost'),
        },
      ],
      userErrors: [],
    });
    expect(result.data!.after.user.userRegistrationStatus).toBe('SUSPENDED');

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { users { nodes { userRegistrationStatus } } } }`,
      { id: accountId },
    );
    expect(fresh.data!.account.users.nodes).toEqual([
      { userRegistrationStatus: 'SUSPENDED' },
      { userRegistrationStatus: 'SUSPENDED' },
    ]);
    expect((await sdkUser(accountId, second)).UserRegistrationStatus).toBe('Suspended');
  });

  it('unsuspend users of an EnterpriseLWA account, and refuse a Team account', async () => {
    const lwa = addAccount(gateway.store, { Name: 'Unsuspend Corp', AccountType: 'EnterpriseLWA' });
    const user = addUser(gateway.store, lwa, {
      PrimaryEmail: 'back@lwa.example',
      UserRegistrationStatus: 'Suspended',
    });
    const team = await teamWithUsers(1);
    const result = await gateway.query(
      `mutation ($lwa: BatchUnsuspendUsersInput!, $team: BatchUnsuspendUsersInput!) {
        lwa: batchUnsuspendUsers(input: $lwa) { users { userId userRegistrationStatus } ${ITEM_ERRORS} ${USER_ERRORS} }
        team: batchUnsuspendUsers(input: $team) { users { userId } ${USER_ERRORS} }
      }`,
      {
        lwa: { accountId: lwa.AccountId, userIds: [user.UserId] },
        team: { accountId: team.accountId, userIds: team.userIds },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.lwa).toEqual({
      users: [{ userId: user.UserId, userRegistrationStatus: 'REGISTERED' }],
      itemErrors: [],
      userErrors: [],
    });
    expect(result.data!.team).toEqual({
      users: null,
      userErrors: [{ field: null, message: expect.stringContaining('EnterpriseLWA'), code: 'INVALID' }],
    });

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { users { nodes { userRegistrationStatus } } } }`,
      { id: lwa.AccountId },
    );
    expect(fresh.data!.account.users.nodes).toEqual([{ userRegistrationStatus: 'REGISTERED' }]);
    expect((await sdkUser(lwa.AccountId, user.UserId)).UserRegistrationStatus).toBe('Registered');
  });

  it('refuse more than 50 ids, or a blank id, before any upstream call', async () => {
    const many = Array.from({ length: 51 }, (_, index) => `u${index}`);
    const result = await gateway.query(
      `mutation ($many: BatchSuspendUsersInput!, $blank: BatchUnsuspendUsersInput!) {
        many: batchSuspendUsers(input: $many) { users { userId } ${USER_ERRORS} }
        blank: batchUnsuspendUsers(input: $blank) { users { userId } ${USER_ERRORS} }
      }`,
      {
        many: { accountId: 'any', userIds: many },
        blank: { accountId: 'any', userIds: ['fine', ''] },
      },
    );
    expect(result.data!.many).toEqual({
      users: null,
      userErrors: [
        {
          field: ['input', 'userIds'],
          message: 'userIds must have at most 50 items, got 51',
          code: 'INVALID',
        },
      ],
    });
    expect(result.data!.blank).toEqual({
      users: null,
      userErrors: [
        { field: ['input', 'userIds', '1'], message: `userIds[1] ${ID_PATTERN}, got ""`, code: 'INVALID' },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('resetPersonalPin and logoutUser', () => {
  it('reset the PIN upstream without ever showing it', async () => {
    const { accountId, userIds } = await teamWithUsers(1);
    const userId = userIds[0]!;
    const before = (await sdkUser(accountId, userId)).PersonalPIN;
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($input: ResetPersonalPinInput!) { resetPersonalPin(input: $input) { user { userId primaryEmail } ${USER_ERRORS} } }`,
      { input: { accountId, userId } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.resetPersonalPin).toEqual({
      user: { userId, primaryEmail: `user0@team${accounts}.example` },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ ResetPersonalPIN: 1 });
    const after = (await sdkUser(accountId, userId)).PersonalPIN;
    expect(after).toMatch(/^\d{10}$/);
    expect(after).not.toBe(before);
    expect(JSON.stringify(result)).not.toContain(after);

    const fresh = await gateway.query(
      `query ($accountId: String!, $userId: String!) { account(accountId: $accountId) { user(userId: $userId) { userId } } }`,
      { accountId, userId },
    );
    expect(fresh.data!.account.user.userId).toBe(userId);
  });

  it('log a user out; the user stays as it was', async () => {
    const { accountId, userIds } = await teamWithUsers(1);
    const userId = userIds[0]!;
    const result = await gateway.query(
      `mutation ($input: LogoutUserInput!) { logoutUser(input: $input) { user { userId userRegistrationStatus } ${USER_ERRORS} } }`,
      { input: { accountId, userId } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.logoutUser).toEqual({
      user: { userId, userRegistrationStatus: 'REGISTERED' },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ GetUser: 1, LogoutUser: 1 });
    const fresh = await gateway.query(
      `query ($accountId: String!, $userId: String!) { account(accountId: $accountId) { user(userId: $userId) { userRegistrationStatus } } }`,
      { accountId, userId },
    );
    expect(fresh.data!.account.user.userRegistrationStatus).toBe('REGISTERED');
    expect((await sdkUser(accountId, userId)).UserRegistrationStatus).toBe('Registered');
  });

  it('answer an unknown user as NOT_FOUND and blank ids before any upstream call', async () => {
    const { accountId } = await teamWithUsers(0);
    const unknown = await gateway.query(
      `mutation ($input: ResetPersonalPinInput!, $logout: LogoutUserInput!) {
        reset: resetPersonalPin(input: $input) { user { userId } ${USER_ERRORS} }
        logout: logoutUser(input: $logout) { user { userId } ${USER_ERRORS} }
      }`,
      { input: { accountId, userId: 'ghost' }, logout: { accountId, userId: 'ghost' } },
    );
    expect(unknown.data!.reset.userErrors[0].code).toBe('NOT_FOUND');
    expect(unknown.data!.logout.userErrors[0].code).toBe('NOT_FOUND');
    await gateway.resetStats();
    const blank = await gateway.query(
      `mutation {
        reset: resetPersonalPin(input: { accountId: "a", userId: " " }) { ${USER_ERRORS} }
        logout: logoutUser(input: { accountId: "", userId: "u" }) { ${USER_ERRORS} }
      }`,
    );
    expect(blank.data!.reset.userErrors).toEqual([
      { field: ['input', 'userId'], message: `userId ${ID_PATTERN}, got " "`, code: 'INVALID' },
    ]);
    expect(blank.data!.logout.userErrors).toEqual([
      { field: ['input', 'accountId'], message: `accountId ${ID_PATTERN}, got ""`, code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});
