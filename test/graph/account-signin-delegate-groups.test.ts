import { CreateAccountCommand, GetAccountCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof adminSdk>;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = adminSdk(gateway);
});
afterAll(async () => {
  sdk.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

async function sdkAccount(name: string): Promise<string> {
  const { Account } = await sdk.send(new CreateAccountCommand({ Name: name }));
  return Account!.AccountId!;
}

const upstreamGroups = async (accountId: string) =>
  (await sdk.send(new GetAccountCommand({ AccountId: accountId }))).Account!.SigninDelegateGroups!.map(
    (group) => group.GroupName,
  );

const PAYLOAD = 'account { accountId signinDelegateGroups { groupName } } userErrors { field code message }';
const ASSOCIATE = `mutation ($accountId: String!, $groupNames: [String!]!) {
  associateSigninDelegateGroupsWithAccount(input: { accountId: $accountId, groupNames: $groupNames }) { ${PAYLOAD} }
}`;
const DISASSOCIATE = `mutation ($accountId: String!, $groupNames: [String!]!) {
  disassociateSigninDelegateGroupsFromAccount(input: { accountId: $accountId, groupNames: $groupNames }) { ${PAYLOAD} }
}`;

describe('sign-in delegate groups of an account', () => {
  it('associates and disassociates groups, each payload reading the account as it now is', async () => {
    const accountId = await sdkAccount('Delegated Corp');
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($accountId: String!) {
        account(accountId: $accountId) { signinDelegateGroups { groupName } }
      }`,
      { accountId },
    );
    expect(result.data!.account.signinDelegateGroups).toEqual([]);

    const associated = await gateway.query(ASSOCIATE, { accountId, groupNames: ['admins', 'helpdesk'] });
    expect(associated.errors).toBeUndefined();
    expect(associated.data!.associateSigninDelegateGroupsWithAccount).toEqual({
      account: { accountId, signinDelegateGroups: [{ groupName: 'admins' }, { groupName: 'helpdesk' }] },
      userErrors: [],
    });
    const disassociated = await gateway.query(DISASSOCIATE, { accountId, groupNames: ['admins'] });
    expect(disassociated.data!.disassociateSigninDelegateGroupsFromAccount).toEqual({
      account: { accountId, signinDelegateGroups: [{ groupName: 'helpdesk' }] },
      userErrors: [],
    });
    // Each mutation sends one request and reads the account back: the upstream answers no body.
    expect((await gateway.stats()).calls).toEqual({
      GetAccount: 3,
      AssociateSigninDelegateGroupsWithAccount: 1,
      DisassociateSigninDelegateGroupsFromAccount: 1,
    });
    expect(await upstreamGroups(accountId)).toEqual(['helpdesk']);
  });

  it('reads the account again within one document after the groups change', async () => {
    const accountId = await sdkAccount('One Document Corp');
    const result = await gateway.query(
      `mutation ($accountId: String!) {
        before: updateAccount(input: { accountId: $accountId }) { account { signinDelegateGroups { groupName } } }
        associateSigninDelegateGroupsWithAccount(input: { accountId: $accountId, groupNames: ["finance"] }) {
          account { signinDelegateGroups { groupName } }
        }
      }`,
      { accountId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.before.account.signinDelegateGroups).toEqual([]);
    expect(result.data!.associateSigninDelegateGroupsWithAccount.account.signinDelegateGroups).toEqual([
      { groupName: 'finance' },
    ]);
  });

  it('refuses bad input before any upstream call, naming the field', async () => {
    const blank = await gateway.query(ASSOCIATE, { accountId: 'some-account', groupNames: ['ok', ' '] });
    expect(blank.data!.associateSigninDelegateGroupsWithAccount).toEqual({
      account: null,
      userErrors: [
        {
          field: ['input', 'groupNames', '1'],
          code: 'INVALID',
          message: expect.stringContaining('groupNames[1] must match the pattern'),
        },
      ],
    });
    const empty = await gateway.query(DISASSOCIATE, { accountId: ' ', groupNames: [] });
    expect(empty.data!.disassociateSigninDelegateGroupsFromAccount.userErrors).toEqual([
      { field: ['input', 'accountId'], code: 'INVALID', message: expect.stringContaining('accountId') },
      {
        field: ['input', 'groupNames'],
        code: 'INVALID',
        message: 'groupNames must have at least 1 item, got 0',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it("answers the upstream's NOT_FOUND for an unknown account as a user error", async () => {
    const result = await gateway.query(ASSOCIATE, {
      accountId: '00000000-0000-0000-0000-000000000000',
      groupNames: ['admins'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.associateSigninDelegateGroupsWithAccount).toEqual({
      account: null,
      userErrors: [{ field: null, code: 'NOT_FOUND', message: expect.any(String) }],
    });
    expect((await gateway.stats()).calls).toEqual({ AssociateSigninDelegateGroupsWithAccount: 1 });
  });
});
