import {
  AssociateSigninDelegateGroupsWithAccountCommand,
  BadRequestException,
  CreateAccountCommand,
  DisassociateSigninDelegateGroupsFromAccountCommand,
  GetAccountCommand,
  NotFoundException,
} from '@aws-sdk/client-chime';
import { describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();

async function newAccount(name: string): Promise<string> {
  const { Account } = await chime.admin.send(new CreateAccountCommand({ Name: name }));
  return Account!.AccountId!;
}

const groupsOf = async (accountId: string) =>
  (await chime.admin.send(new GetAccountCommand({ AccountId: accountId }))).Account!.SigninDelegateGroups;

describe('AssociateSigninDelegateGroupsWithAccount and DisassociateSigninDelegateGroupsFromAccount', () => {
  it('adds groups once each, removes the named ones, and answers 200 with no body', async () => {
    const accountId = await newAccount('Delegates');
    expect(await groupsOf(accountId)).toEqual([]);
    const associated = await chime.admin.send(
      new AssociateSigninDelegateGroupsWithAccountCommand({
        AccountId: accountId,
        SigninDelegateGroups: [{ GroupName: 'admins' }, { GroupName: 'helpdesk' }, { GroupName: 'admins' }],
      }),
    );
    expect(associated.$metadata.httpStatusCode).toBe(200);
    await chime.admin.send(
      new AssociateSigninDelegateGroupsWithAccountCommand({
        AccountId: accountId,
        SigninDelegateGroups: [{ GroupName: 'helpdesk' }, { GroupName: 'finance' }],
      }),
    );
    expect(await groupsOf(accountId)).toEqual([
      { GroupName: 'admins' },
      { GroupName: 'helpdesk' },
      { GroupName: 'finance' },
    ]);

    const disassociated = await chime.admin.send(
      new DisassociateSigninDelegateGroupsFromAccountCommand({
        AccountId: accountId,
        GroupNames: ['admins', 'never-there'],
      }),
    );
    expect(disassociated.$metadata.httpStatusCode).toBe(200);
    expect(await groupsOf(accountId)).toEqual([{ GroupName: 'helpdesk' }, { GroupName: 'finance' }]);
  });

  it('refuses an unknown account, blank group names and an empty list to remove', async () => {
    const accountId = await newAccount('Strict');
    const unknown = await rejection(
      chime.admin.send(
        new AssociateSigninDelegateGroupsWithAccountCommand({
          AccountId: '00000000-0000-0000-0000-000000000000',
          SigninDelegateGroups: [{ GroupName: 'admins' }],
        }),
      ),
    );
    expect(unknown).toBeInstanceOf(NotFoundException);
    const blank = await rejection(
      chime.admin.send(
        new AssociateSigninDelegateGroupsWithAccountCommand({
          AccountId: accountId,
          SigninDelegateGroups: [{ GroupName: 'ok' }, { GroupName: '  ' }],
        }),
      ),
    );
    expect(blank).toBeInstanceOf(BadRequestException);
    expect(blank.message).toContain('SigninDelegateGroups[1].GroupName');
    const empty = await rejection(
      chime.admin.send(
        new DisassociateSigninDelegateGroupsFromAccountCommand({ AccountId: accountId, GroupNames: [] }),
      ),
    );
    expect(empty).toBeInstanceOf(BadRequestException);
    expect(empty.message).toContain('GroupNames');
    expect(await groupsOf(accountId)).toEqual([]);
  });
});
