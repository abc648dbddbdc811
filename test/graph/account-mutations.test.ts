import {
  CreateAccountCommand,
  CreateUserCommand,
  GetAccountCommand,
  GetAccountSettingsCommand,
  NotFoundException,
  type ChimeClient as SdkChimeClient,
} from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: SdkChimeClient;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = adminSdk(gateway);
});
afterAll(() => gateway.close());
beforeEach(async () => {
  await gateway.faults({});
  await gateway.resetStats();
});

/** A fresh account made through the official SDK, so each test owns its data. */
async function sdkAccount(name: string): Promise<string> {
  const { Account } = await sdk.send(new CreateAccountCommand({ Name: name }));
  return Account!.AccountId!;
}

/** A fresh user of `accountId`, made through the official SDK. */
async function sdkUser(accountId: string, email: string): Promise<string> {
  const { User } = await sdk.send(new CreateUserCommand({ AccountId: accountId, Email: email }));
  return User!.UserId!;
}

const USER_ERRORS = 'userErrors { field message code }';

describe('createAccount', () => {
  it('creates a Team account, answers it without reading it again, and the upstream has it', async () => {
    const result = await gateway.query(
      `mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) { account { id accountId name accountType defaultLicense } ${USER_ERRORS} }
      }`,
      { input: { name: 'Created Corp' } },
    );
    expect(result.errors).toBeUndefined();
    const { account, userErrors } = result.data!.createAccount;
    expect(userErrors).toEqual([]);
    expect(account).toMatchObject({ name: 'Created Corp', accountType: 'TEAM', defaultLicense: 'PRO' });
    // The upstream's answer primed the loader: no GetAccount for the payload's account.
    expect((await gateway.stats()).calls).toEqual({ CreateAccount: 1 });

    const fresh = await gateway.query(`query ($id: String!) { account(accountId: $id) { id name } }`, {
      id: account.accountId,
    });
    expect(fresh.data!.account).toEqual({ id: account.id, name: 'Created Corp' });
    const { Account } = await sdk.send(new GetAccountCommand({ AccountId: account.accountId }));
    expect(Account!.Name).toBe('Created Corp');
  });

  it.each([
    ['', 'name must be at least 1 character long, got 0'],
    ['x'.repeat(101), 'name must be at most 100 characters long, got 101'],
    [
      '   ',
      'name must match the pattern .*\\S.* (at least one character that is not white space), got "   "',
    ],
  ])('refuses the name %j before any upstream call', async (name, message) => {
    const result = await gateway.query(
      `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { accountId } ${USER_ERRORS} } }`,
      { input: { name } },
    );
    expect(result.data!.createAccount).toEqual({
      account: null,
      userErrors: [{ field: ['input', 'name'], message, code: 'INVALID' }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('updateAccount', () => {
  it('renames the account and changes its default license', async () => {
    const accountId = await sdkAccount('Before Rename');
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($input: UpdateAccountInput!) {
        updateAccount(input: $input) { account { accountId name defaultLicense } ${USER_ERRORS} }
      }`,
      { input: { accountId, name: 'After Rename', defaultLicense: 'BASIC' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateAccount).toEqual({
      account: { accountId, name: 'After Rename', defaultLicense: 'BASIC' },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ UpdateAccount: 1 });

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { name defaultLicense } }`,
      {
        id: accountId,
      },
    );
    expect(fresh.data!.account).toEqual({ name: 'After Rename', defaultLicense: 'BASIC' });
    const { Account } = await sdk.send(new GetAccountCommand({ AccountId: accountId }));
    expect(Account).toMatchObject({ Name: 'After Rename', DefaultLicense: 'Basic' });
  });

  it("answers the upstream's refusals as user errors: a license the account lacks, an unknown account", async () => {
    const accountId = await sdkAccount('License Rules');
    const result = await gateway.query(
      `mutation ($license: UpdateAccountInput!, $unknown: UpdateAccountInput!) {
        license: updateAccount(input: $license) { account { name } ${USER_ERRORS} }
        unknown: updateAccount(input: $unknown) { account { name } ${USER_ERRORS} }
      }`,
      {
        license: { accountId, defaultLicense: 'PLUS' },
        unknown: { accountId: 'no-such-account', name: 'Nobody' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.license.account).toBeNull();
    expect(result.data!.license.userErrors).toEqual([
      { field: null, message: expect.stringContaining('supported licenses'), code: 'INVALID' },
    ]);
    expect(result.data!.unknown.account).toBeNull();
    expect(result.data!.unknown.userErrors).toEqual([
      { field: null, message: expect.stringContaining('no-such-account'), code: 'NOT_FOUND' },
    ]);
    const { Account } = await sdk.send(new GetAccountCommand({ AccountId: accountId }));
    expect(Account!.DefaultLicense).toBe('Pro');
  });

  it('refuses a blank account id or a bad name before any upstream call', async () => {
    const result = await gateway.query(
      `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { account { name } ${USER_ERRORS} } }`,
      { input: { accountId: ' ', name: 'y'.repeat(101) } },
    );
    expect(result.data!.updateAccount.userErrors).toEqual([
      {
        field: ['input', 'accountId'],
        message:
          'accountId must match the pattern .*\\S.* (at least one character that is not white space), got " "',
        code: 'INVALID',
      },
      {
        field: ['input', 'name'],
        message: 'name must be at most 100 characters long, got 101',
        code: 'INVALID',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a license outside the License enum before any upstream call', async () => {
    const accountId = await sdkAccount('Enum Rules');
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId, defaultLicense: 'Gold' } },
    );
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.message).toContain('Value "Gold" does not exist in "License" enum');
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('deleteAccount', () => {
  it('is refused while users are active, and succeeds once they are suspended', async () => {
    const accountId = await sdkAccount('Doomed Corp');
    const userId = await sdkUser(accountId, 'doomed@delete.example');
    const idResult = await gateway.query(`query ($id: String!) { account(accountId: $id) { id } }`, {
      id: accountId,
    });

    const refused = await gateway.query(
      `mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) { deletedAccountId ${USER_ERRORS} } }`,
      { input: { accountId } },
    );
    expect(refused.data!.deleteAccount.deletedAccountId).toBeNull();
    expect(refused.data!.deleteAccount.userErrors).toEqual([
      { field: null, message: expect.stringContaining('suspend all users'), code: 'INVALID' },
    ]);

    const result = await gateway.query(
      `mutation ($suspend: BatchSuspendUsersInput!, $delete: DeleteAccountInput!, $rename: UpdateAccountInput!) {
        suspend: batchSuspendUsers(input: $suspend) { users { userRegistrationStatus } ${USER_ERRORS} }
        delete: deleteAccount(input: $delete) { deletedAccountId deletedId ${USER_ERRORS} }
        rename: updateAccount(input: $rename) { account { name } ${USER_ERRORS} }
      }`,
      {
        suspend: { accountId, userIds: [userId] },
        delete: { accountId },
        rename: { accountId, name: 'Too Late' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.suspend.users).toEqual([{ userRegistrationStatus: 'SUSPENDED' }]);
    expect(result.data!.delete).toEqual({
      deletedAccountId: accountId,
      deletedId: idResult.data!.account.id,
      userErrors: [],
    });
    expect(result.data!.rename.userErrors[0].code).toBe('NOT_FOUND');

    const fresh = await gateway.query(`query ($id: String!) { account(accountId: $id) { name } }`, {
      id: accountId,
    });
    expect(fresh.data!.account).toBeNull();
    await expect(sdk.send(new GetAccountCommand({ AccountId: accountId }))).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('refuses a blank account id before any upstream call', async () => {
    const result = await gateway.query(
      `mutation { deleteAccount(input: { accountId: "" }) { deletedAccountId ${USER_ERRORS} } }`,
    );
    expect(result.data!.deleteAccount.userErrors).toEqual([
      {
        field: ['input', 'accountId'],
        message:
          'accountId must match the pattern .*\\S.* (at least one character that is not white space), got ""',
        code: 'INVALID',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('updateAccountSettings', () => {
  it('changes only the settings given, and later mutations in the document see each change', async () => {
    const accountId = await sdkAccount('Settings Corp');
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($a: UpdateAccountSettingsInput!, $b: UpdateAccountSettingsInput!) {
        a: updateAccountSettings(input: $a) { settings { disableRemoteControl enableDialOut } ${USER_ERRORS} }
        b: updateAccountSettings(input: $b) {
          settings { disableRemoteControl enableDialOut }
          account { name settings { disableRemoteControl enableDialOut } }
          ${USER_ERRORS}
        }
      }`,
      {
        a: { accountId, settings: { enableDialOut: true } },
        b: { accountId, settings: { disableRemoteControl: true } },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.a).toEqual({
      settings: { disableRemoteControl: false, enableDialOut: true },
      userErrors: [],
    });
    const both = { disableRemoteControl: true, enableDialOut: true };
    expect(result.data!.b).toEqual({
      settings: both,
      account: { name: 'Settings Corp', settings: both },
      userErrors: [],
    });
    // Each write is followed by one read of the settings it left unknown, and only one.
    expect((await gateway.stats()).calls).toEqual({
      GetAccount: 1,
      GetAccountSettings: 2,
      UpdateAccountSettings: 2,
    });

    const fresh = await gateway.query(
      `query ($id: String!) { account(accountId: $id) { settings { disableRemoteControl enableDialOut } } }`,
      { id: accountId },
    );
    expect(fresh.data!.account.settings).toEqual(both);
    const { AccountSettings } = await sdk.send(new GetAccountSettingsCommand({ AccountId: accountId }));
    expect(AccountSettings).toEqual({ DisableRemoteControl: true, EnableDialOut: true });
  });

  it('answers an unknown account as NOT_FOUND and a blank id before any upstream call', async () => {
    const unknown = await gateway.query(
      `mutation { updateAccountSettings(input: { accountId: "nope", settings: { enableDialOut: true } }) {
        account { name } ${USER_ERRORS}
      } }`,
    );
    expect(unknown.data!.updateAccountSettings.userErrors[0].code).toBe('NOT_FOUND');
    await gateway.resetStats();
    const blank = await gateway.query(
      `mutation { updateAccountSettings(input: { accountId: " ", settings: {} }) { ${USER_ERRORS} } }`,
    );
    expect(blank.data!.updateAccountSettings.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'accountId'], code: 'INVALID' }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('mutations in one document', () => {
  it('run in order; a later one sees what an earlier one changed even when the old state was loaded', async () => {
    const accountId = await sdkAccount('Old Name');
    await sdkUser(accountId, 'order@mutations.example');
    const result = await gateway.query(
      `mutation ($accountId: String!) {
        created: createUser(input: { accountId: $accountId, email: "second@mutations.example" }) {
          user { userId account { name } }
        }
        first: updateAccount(input: { accountId: $accountId, name: "X" }) { account { name } }
        second: updateAccount(input: { accountId: $accountId, defaultLicense: BASIC }) {
          account { name defaultLicense users(first: 5) { nodes { primaryEmail account { name } } } }
        }
      }`,
      { accountId },
    );
    expect(result.errors).toBeUndefined();
    // `created` loaded the account while it still had its old name.
    expect(result.data!.created.user.account.name).toBe('Old Name');
    expect(result.data!.first.account.name).toBe('X');
    const second = result.data!.second.account;
    expect(second.name).toBe('X');
    expect(second.defaultLicense).toBe('BASIC');
    expect(second.users.nodes.map((user: { primaryEmail: string }) => user.primaryEmail)).toEqual([
      'order@mutations.example',
      'second@mutations.example',
    ]);
    expect(second.users.nodes.every((user: { account: { name: string } }) => user.account.name === 'X')).toBe(
      true,
    );
  });

  it('keep going after one fails, whether with a user error or an upstream outage', async () => {
    const accountId = await sdkAccount('Resilient Corp');
    await gateway.faults({ errorRate: 1, operations: ['CreateAccount'] });
    const result = await gateway.query(
      `mutation ($accountId: String!) {
        missing: updateAccount(input: { accountId: "no-such-account", name: "A" }) { account { name } ${USER_ERRORS} }
        outage: createAccount(input: { name: "Never Made" }) { account { name } ${USER_ERRORS} }
        renamed: updateAccount(input: { accountId: $accountId, name: "Still Renamed" }) { account { name } }
      }`,
      { accountId },
    );
    expect(result.data!.missing.userErrors[0].code).toBe('NOT_FOUND');
    expect(result.data!.outage).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['outage'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }),
      }),
    ]);
    expect(result.data!.renamed.account.name).toBe('Still Renamed');
    const { Account } = await sdk.send(new GetAccountCommand({ AccountId: accountId }));
    expect(Account!.Name).toBe('Still Renamed');
  });
});
