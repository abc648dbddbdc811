import {
  BadRequestException,
  type ChimeClient,
  CreateAccountCommand,
  CreateUserCommand,
  ListAccountsCommand,
  ListUsersCommand,
  paginateListAccounts,
  paginateListUsers,
} from '@aws-sdk/client-chime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { adminClient, rejection } from './admin-helpers.ts';

let local: ChimeLocal;
let chime: ChimeClient;
let accountIds: string[];
let userIds: string[];

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'none' });
  chime = adminClient(local);
  accountIds = [];
  for (let i = 1; i <= 5; i += 1) {
    const { Account } = await chime.send(new CreateAccountCommand({ Name: `Paged ${i}` }));
    accountIds.push(Account!.AccountId!);
  }
  userIds = [];
  for (let i = 1; i <= 7; i += 1) {
    const { User } = await chime.send(
      new CreateUserCommand({
        AccountId: accountIds[0],
        Email: `paged${i}@example.com`,
        UserType: i % 2 === 0 ? 'SharedDevice' : 'PrivateUser',
      }),
    );
    userIds.push(User!.UserId!);
  }
});
afterAll(async () => {
  chime?.destroy();
  await local?.close();
});

describe('paging', () => {
  it('paginateListAccounts returns every account exactly once across pages', async () => {
    const pages = [];
    for await (const page of paginateListAccounts({ client: chime, pageSize: 2 }, {})) pages.push(page);
    expect(pages.map((page) => page.Accounts?.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.Accounts?.map((account) => account.AccountId))).toEqual(accountIds);
  });

  it('paginateListUsers returns every user exactly once, one upstream call per page', async () => {
    local.control.resetStats();
    const pages = [];
    for await (const page of paginateListUsers({ client: chime, pageSize: 3 }, { AccountId: accountIds[0] }))
      pages.push(page);
    expect(pages.map((page) => page.Users?.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((page) => page.Users?.map((user) => user.UserId))).toEqual(userIds);
    expect(local.control.stats().calls.ListUsers).toBe(3);
  });

  it('pages a filtered list within its filter', async () => {
    const ids = [];
    for await (const page of paginateListUsers(
      { client: chime, pageSize: 2 },
      { AccountId: accountIds[0], UserType: 'SharedDevice' },
    ))
      ids.push(...(page.Users ?? []).map((user) => user.UserId));
    expect(ids).toEqual([userIds[1], userIds[3], userIds[5]]);
  });

  it('rejects a tampered NextToken', async () => {
    const { NextToken } = await chime.send(new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2 }));
    expect(NextToken).toBeTypeOf('string');
    const tampered = `${NextToken!.slice(0, -2)}${NextToken!.endsWith('AA') ? 'BB' : 'AA'}`;
    const error = await rejection(
      chime.send(new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2, NextToken: tampered })),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('NextToken');
  });

  it('rejects a NextToken replayed against another list', async () => {
    const { NextToken } = await chime.send(new ListUsersCommand({ AccountId: accountIds[0], MaxResults: 2 }));
    const otherAccount = await rejection(
      chime.send(new ListUsersCommand({ AccountId: accountIds[1], MaxResults: 2, NextToken })),
    );
    expect(otherAccount).toBeInstanceOf(BadRequestException);
    const otherOperation = await rejection(chime.send(new ListAccountsCommand({ MaxResults: 2, NextToken })));
    expect(otherOperation).toBeInstanceOf(BadRequestException);
  });
});
