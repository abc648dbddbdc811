import {
  BadRequestException,
  CreateAccountCommand,
  CreateUserCommand,
  ListAccountsCommand,
  ListUsersCommand,
  paginateListAccounts,
  paginateListUsers,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();
let accountIds: string[];
let userIds: string[];

beforeAll(async () => {
  accountIds = [];
  for (let i = 1; i <= 5; i += 1) {
    const { Account } = await chime.admin.send(new CreateAccountCommand({ Name: `Paged ${i}` }));
    accountIds.push(Account!.AccountId!);
  }
  userIds = [];
  for (let i = 1; i <= 7; i += 1) {
    const { User } = await chime.admin.send(
      new CreateUserCommand({
        AccountId: accountIds[0],
        Email: `paged${i}@example.com`,
        UserType: i % 2 === 0 ? 'SharedDevice' : 'PrivateUser',
      }),
    );
    userIds.push(User!.UserId!);
  }
});

describe('paging', () => {
  it('paginateListAccounts returns every account exactly once across pages', async () => {
    const pages = [];
    for await (const page of paginateListAccounts({ client: chime.admin, pageSize: 2 }, {})) pages.push(page);
    expect(pages.map((page) => page.Accounts?.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.Accounts?.map((account) => account.AccountId))).toEqual(accountIds);
  });

  it('paginateListUsers returns every user exactly once, one upstream call per page', async () => {
    chime.local.control.resetStats();
    const pages = [];
    for await (const page of paginateListUsers(
      { client: chime.admin, pageSize: 3 },
      { AccountId: accountIds[0] },
    ))
      pages.push(page);
    expect(pages.map((page) => page.Users?.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((page) => page.Users?.map((user) => user.UserId))).toEqual(userIds);
    expect(chime.local.control.stats().calls.ListUsers).toBe(3);
  });

  it('pages a filtered list within its filter', async () => {
    const ids = [];
    for await (const page of paginateListUsers(
      { client: chime.admin, pageSize: 2 },
      { AccountId: accountIds[0], UserType: 'SharedDevice' },
    ))
      ids.push(...(page.Users ?? []).map((user) => user.UserId));
    expect(ids).toEqual([userIds[1], userIds[3], userIds[5]]);
  });

  it('rejects a tampered NextToken', async () => {
    const { NextToken } = await chime.admin.send(
      new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2 }),
    );
    expect(NextToken).toBeTypeOf('string');
    const tampered = `${NextToken!.slice(0, -2)}${NextToken!.endsWith('AA') ? 'BB' : 'AA'}`;
    const error = await rejection(
      chime.admin.send(
        new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2, NextToken: tampered }),
      ),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('NextToken');
  });

  it('rejects a NextToken replayed against another list', async () => {
    const { NextToken } = await chime.admin.send(
      new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2 }),
    );
    const otherAccount = await rejection(
      chime.admin.send(new ListUsersCommand({ AccountId: accountIds[1], MaxResults: 2, NextToken })),
    );
    expect(otherAccount).toBeInstanceOf(BadRequestException);
    const otherOperation = await rejection(
      chime.admin.send(new ListAccountsCommand({ MaxResults: 2, NextToken })),
    );
    expect(otherOperation).toBeInstanceOf(BadRequestException);
  });
});
