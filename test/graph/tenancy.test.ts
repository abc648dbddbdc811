import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usersOf } from '../../src/chime-local/admin/records.ts';
import { DEMO_ACCOUNT_NAMES } from '../../src/chime-local/admin/seed.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

// The demo seed's accounts: the scoped identity may see Acme Support and Globex, not Example Corp,
// which holds the users with phone numbers.
let gateway: TestGateway;
let exampleCorp: string;
let acme: string;
let globex: string;
let scoped: Record<string, string>;
let everything: Record<string, string>;

const bearer = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await mintHs256({ sub: 'tenant', chime_role: 'admin', ...claims })}`,
});

/** Sends `document` as `headers`, expecting HTTP 200 and no GraphQL error; answers `data`. */
async function dataOf(
  headers: Record<string, string>,
  document: string,
  variables?: Record<string, unknown>,
) {
  const { status, body } = await gateway.send(headers, document, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

const USER_ERRORS = 'userErrors { field message code }';

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET } });
  const idOf = (name: string) =>
    [...gateway.store.admin.accounts.values()].find((account) => account.Name === name)!.AccountId;
  exampleCorp = idOf(DEMO_ACCOUNT_NAMES.exampleCorp);
  acme = idOf(DEMO_ACCOUNT_NAMES.acmeSupport);
  globex = idOf(DEMO_ACCOUNT_NAMES.globex);
  scoped = await bearer({ chime_accounts: [acme, globex] });
  everything = await bearer({ chime_accounts: ['*'] });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

/** The user ids of `accountId` in the store, for addressing users directly. */
const userIdsOf = (accountId: string) => usersOf(gateway.store, accountId).map((user) => user.UserId);

describe('a scoped identity, single objects', () => {
  it('reads an account of another tenant, its users and settings as null, with no upstream call', async () => {
    const userId = userIdsOf(exampleCorp)[0]!;
    const data = await dataOf(
      scoped,
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) {
          name settings { enableDialOut } users(first: 5) { nodes { userId } }
          phoneNumbers(first: 5) { nodes { phoneNumberId } }
        }
        user: account(accountId: $accountId) { user(userId: $userId) { userId } }
      }`,
      { accountId: exampleCorp, userId },
    );
    expect(data).toEqual({ account: null, user: null });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reads its own account as before', async () => {
    const data = await dataOf(
      scoped,
      'query ($accountId: String!) { account(accountId: $accountId) { name users(first: 2) { nodes { accountId } } } }',
      { accountId: acme },
    );
    expect(data.account).toEqual({
      name: DEMO_ACCOUNT_NAMES.acmeSupport,
      users: { nodes: [{ accountId: acme }, { accountId: acme }] },
    });
  });

  it('answers null for node ids of another account, with no upstream call', async () => {
    const userId = userIdsOf(exampleCorp)[0]!;
    const ids = await dataOf(
      everything,
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) { id user(userId: $userId) { id } }
      }`,
      { accountId: exampleCorp, userId },
    );
    await gateway.resetStats();
    const data = await dataOf(scoped, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [ids.account.id, ids.account.user.id],
    });
    expect(data).toEqual({ nodes: [null, null] });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers null for node ids of resources outside any account, with no upstream call', async () => {
    const ids = await dataOf(
      everything,
      `{
        voiceConnectors(first: 1) { nodes { id } }
        voiceConnectorGroups(first: 1) { nodes { id } }
        appInstances(first: 1) { nodes { id } }
      }`,
    );
    const outside = [
      ids.voiceConnectors.nodes[0].id,
      ids.voiceConnectorGroups.nodes[0].id,
      ids.appInstances.nodes[0].id,
    ];
    await gateway.resetStats();
    const data = await dataOf(
      scoped,
      'query ($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { id } node(id: $id) { id } }',
      { ids: outside, id: outside[0] },
    );
    expect(data).toEqual({ nodes: [null, null, null], node: null });
    expect((await gateway.stats()).total).toBe(0);
    // The same ids still name their resources for an identity that reaches every account.
    const seen = await dataOf(everything, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: outside,
    });
    expect(seen.nodes.map((node: { id: string }) => node.id)).toEqual(outside);
  });

  it('withholds a phone number of another account that only the upstream answer names', async () => {
    const data = await dataOf(
      everything,
      'query ($accountId: String!) { account(accountId: $accountId) { phoneNumbers(first: 1) { nodes { phoneNumberId } } } }',
      { accountId: exampleCorp },
    );
    const { phoneNumberId } = data.account.phoneNumbers.nodes[0];
    await gateway.resetStats();
    const scopedData = await dataOf(
      scoped,
      'query ($id: String!) { phoneNumber(phoneNumberId: $id) { phoneNumberId } }',
      { id: phoneNumberId },
    );
    expect(scopedData).toEqual({ phoneNumber: null });
    expect((await gateway.stats()).calls).toEqual({ GetPhoneNumber: 1 });
    const seen = await dataOf(
      everything,
      'query ($id: String!) { phoneNumber(phoneNumberId: $id) { phoneNumberId } }',
      { id: phoneNumberId },
    );
    expect(seen).toEqual({ phoneNumber: { phoneNumberId } });
  });
});

describe('a scoped identity, lists', () => {
  const ACCOUNTS = `query ($first: Int, $after: String, $name: String, $userEmail: String) {
    accounts(first: $first, after: $after, name: $name, userEmail: $userEmail) {
      nodes { accountId name } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('lists only its own accounts, one GetAccount each and never ListAccounts', async () => {
    const data = await dataOf(scoped, ACCOUNTS, {});
    expect(data.accounts.nodes).toEqual([
      { accountId: acme, name: DEMO_ACCOUNT_NAMES.acmeSupport },
      { accountId: globex, name: DEMO_ACCOUNT_NAMES.globex },
    ]);
    expect(data.accounts.pageInfo.hasNextPage).toBe(false);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 2 });
  });

  it('pages its accounts one at a time with signed cursors', async () => {
    const first = await dataOf(scoped, ACCOUNTS, { first: 1 });
    expect(first.accounts.nodes).toEqual([{ accountId: acme, name: DEMO_ACCOUNT_NAMES.acmeSupport }]);
    expect(first.accounts.pageInfo.hasNextPage).toBe(true);
    const second = await dataOf(scoped, ACCOUNTS, { first: 1, after: first.accounts.pageInfo.endCursor });
    expect(second.accounts.nodes).toEqual([{ accountId: globex, name: DEMO_ACCOUNT_NAMES.globex }]);
    expect(second.accounts.pageInfo.hasNextPage).toBe(false);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 2 });

    const edited = `${first.accounts.pageInfo.endCursor}x`;
    const { body } = await gateway.send(scoped, ACCOUNTS, { first: 1, after: edited });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies the name and user email filters to its own accounts only', async () => {
    const byName = await dataOf(scoped, ACCOUNTS, { name: 'Glo' });
    expect(byName.accounts.nodes).toEqual([{ accountId: globex, name: DEMO_ACCOUNT_NAMES.globex }]);
    const acmeEmail = usersOf(gateway.store, acme)[0]!.PrimaryEmail;
    const byEmail = await dataOf(scoped, ACCOUNTS, { userEmail: acmeEmail });
    expect(byEmail.accounts.nodes).toEqual([{ accountId: acme, name: DEMO_ACCOUNT_NAMES.acmeSupport }]);
    const foreignEmail = usersOf(gateway.store, exampleCorp)[0]!.PrimaryEmail;
    const none = await dataOf(scoped, ACCOUNTS, { userEmail: foreignEmail });
    expect(none.accounts.nodes).toEqual([]);
    // The identity with every account still asks ListAccounts, which finds Example Corp.
    await gateway.resetStats();
    const all = await dataOf(everything, ACCOUNTS, { userEmail: foreignEmail });
    expect(all.accounts.nodes).toEqual([{ accountId: exampleCorp, name: DEMO_ACCOUNT_NAMES.exampleCorp }]);
    expect((await gateway.stats()).calls).toEqual({ ListAccounts: 1 });
  });
});

describe('a scoped identity, mutations', () => {
  it('gets NOT_FOUND for another account and its users, with no upstream call', async () => {
    const userId = userIdsOf(exampleCorp)[0]!;
    const { status, body } = await gateway.send(
      scoped,
      `mutation ($accountId: String!, $userId: String!) {
        updateAccount(input: { accountId: $accountId, name: "Taken" }) { account { name } ${USER_ERRORS} }
        updateUser(input: { accountId: $accountId, userId: $userId, licenseType: BASIC }) { user { userId } ${USER_ERRORS} }
        batchSuspendUsers(input: { accountId: $accountId, userIds: [$userId] }) { ${USER_ERRORS} }
      }`,
      { accountId: exampleCorp, userId },
    );
    expect(status).toBe(200);
    const notFound = {
      field: ['input', 'accountId'],
      message: `Account ${JSON.stringify(exampleCorp)} does not exist`,
      code: 'NOT_FOUND',
    };
    expect(body.data).toEqual({
      updateAccount: { account: null, userErrors: [notFound] },
      updateUser: { user: null, userErrors: [notFound] },
      batchSuspendUsers: { userErrors: [notFound] },
    });
    expect((await gateway.stats()).total).toBe(0);
    expect(gateway.store.admin.accounts.get(exampleCorp)!.Name).toBe(DEMO_ACCOUNT_NAMES.exampleCorp);
  });

  it('changes its own account', async () => {
    const data = await dataOf(
      scoped,
      `mutation ($accountId: String!) {
        updateAccount(input: { accountId: $accountId, name: "Globex Renamed" }) { account { name } ${USER_ERRORS} }
      }`,
      { accountId: globex },
    );
    expect(data.updateAccount).toEqual({ account: { name: 'Globex Renamed' }, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ UpdateAccount: 1 });
  });
});

describe('a scoped identity, phone number mutations', () => {
  const UPDATE = `mutation ($id: String!) {
    updatePhoneNumber(input: { phoneNumberId: $id, callingName: "Front Desk" }) {
      phoneNumber { phoneNumberId callingName } ${USER_ERRORS}
    }
  }`;

  it('gets NOT_FOUND for a number of another account after reading it, and changes nothing', async () => {
    const foreign = [...gateway.store.phoneNumbers.numbers.values()].find((number) =>
      number.Associations.some((association) => association.Value === exampleCorp),
    )!;
    const data = await dataOf(scoped, UPDATE, { id: foreign.PhoneNumberId });
    expect(data.updatePhoneNumber).toEqual({
      phoneNumber: null,
      userErrors: [
        {
          field: ['input', 'phoneNumberId'],
          message: `PhoneNumber ${foreign.PhoneNumberId} does not exist`,
          code: 'NOT_FOUND',
        },
      ],
    });
    expect((await gateway.stats()).calls).toEqual({ GetPhoneNumber: 1 });
    expect(foreign.CallingName).toBeUndefined();
  });

  it('gives a number to a user of its own account, then changes that number', async () => {
    const free = [...gateway.store.phoneNumbers.numbers.values()].find(
      (number) => number.ProductType === 'BusinessCalling' && number.Status === 'Unassigned',
    )!;
    const userId = userIdsOf(acme)[0]!;
    const associated = await dataOf(
      scoped,
      `mutation ($accountId: String!, $userId: String!, $e164: String!) {
        associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $userId, e164PhoneNumber: $e164 }) {
          ${USER_ERRORS}
        }
      }`,
      { accountId: acme, userId, e164: free.E164PhoneNumber },
    );
    expect(associated.associatePhoneNumberWithUser).toEqual({ userErrors: [] });
    const data = await dataOf(scoped, UPDATE, { id: free.PhoneNumberId });
    expect(data.updatePhoneNumber).toEqual({
      phoneNumber: { phoneNumberId: free.PhoneNumberId, callingName: 'Front Desk' },
      userErrors: [],
    });
  });
});
