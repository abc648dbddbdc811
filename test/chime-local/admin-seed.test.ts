import {
  GetAccountSettingsCommand,
  GetGlobalSettingsCommand,
  ListAccountsCommand,
  paginateListUsers,
  type User,
} from '@aws-sdk/client-chime';
import { describe, expect, it } from 'vitest';
import { useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal('demo');

async function allUsers(accountId: string): Promise<{ users: User[]; pages: number }> {
  const users: User[] = [];
  let pages = 0;
  for await (const page of paginateListUsers(
    { client: chime.admin, pageSize: 200 },
    { AccountId: accountId },
  )) {
    users.push(...(page.Users ?? []));
    pages += 1;
  }
  return { users, pages };
}

describe('the demo seed', () => {
  it('has its three accounts, Example Corp with more users than one page of 200', async () => {
    const { Accounts = [] } = await chime.admin.send(new ListAccountsCommand({}));
    expect(Accounts.map((account) => [account.Name, account.AccountType, account.DefaultLicense])).toEqual([
      ['Example Corp', 'Team', 'Pro'],
      ['Acme Support', 'EnterpriseLWA', 'Plus'],
      ['Globex', 'Team', 'Basic'],
    ]);
    const [exampleCorp, acme, globex] = Accounts.map((account) => account.AccountId!);

    const example = await allUsers(exampleCorp!);
    expect(example.pages).toBe(2);
    expect(example.users).toHaveLength(240);
    expect(example.users[0]).toMatchObject({
      DisplayName: 'Example User 001',
      PrimaryEmail: 'user001@example.com',
    });
    expect(example.users[239]).toMatchObject({
      DisplayName: 'Example User 240',
      PrimaryEmail: 'user240@example.com',
    });
    expect(new Set(example.users.map((user) => user.LicenseType))).toEqual(new Set(['Pro', 'Basic']));
    expect(new Set(example.users.map((user) => user.UserType))).toEqual(
      new Set(['PrivateUser', 'SharedDevice']),
    );
    expect(new Set(example.users.map((user) => user.UserRegistrationStatus))).toEqual(
      new Set(['Registered', 'Unregistered', 'Suspended']),
    );
    expect(example.users.filter((user) => user.UserInvitationStatus === 'Pending')).toHaveLength(14);

    expect((await allUsers(acme!)).users).toHaveLength(12);
    expect((await allUsers(globex!)).users).toHaveLength(3);

    const settings = await chime.admin.send(new GetAccountSettingsCommand({ AccountId: exampleCorp }));
    expect(settings.AccountSettings).toEqual({ DisableRemoteControl: false, EnableDialOut: true });
  });

  it('names CDR buckets in the global settings', async () => {
    const settings = await chime.admin.send(new GetGlobalSettingsCommand({}));
    expect(settings.BusinessCalling?.CdrBucket).toBe('chime-local-business-calling-cdrs');
    expect(settings.VoiceConnector?.CdrBucket).toBe('chime-local-voice-connector-cdrs');
  });
});
