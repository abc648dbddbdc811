import { GetPhoneNumberCommand, GetUserCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { accountWithUsers, e164s, orderNumbers, sdkClients } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof sdkClients>;
let accountId: string;
/** alice holds `numbers[0]`, bob `numbers[1]`; carol and dave hold none. */
let alice: string;
let bob: string;
let carol: string;
let dave: string;
const numbers = e164s('206', 6);
const trunk = '+14155550100';

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = sdkClients(gateway);
  await orderNumbers(sdk.chime, numbers);
  await orderNumbers(sdk.chime, [trunk], 'VoiceConnector');
  const account = await accountWithUsers(sdk.chime, 'Moves Corp', 4, numbers.slice(0, 2));
  accountId = account.accountId;
  [alice, bob, carol, dave] = account.userIds as [string, string, string, string];
});
afterAll(async () => {
  sdk.chime.destroy();
  sdk.voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const upstreamUser = async (userId: string) =>
  (await sdk.chime.send(new GetUserCommand({ AccountId: accountId, UserId: userId }))).User!;
const upstreamNumber = async (e164: string) =>
  (await sdk.chime.send(new GetPhoneNumberCommand({ PhoneNumberId: e164 }))).PhoneNumber!;

describe('associatePhoneNumberWithUser and disassociatePhoneNumberFromUser', () => {
  it("moves a number between users; later fields see both users' and the number's new state", async () => {
    const [aliceNumber, bobNumber] = numbers as [string, string];
    const result = await gateway.query(
      `mutation ($accountId: String!, $alice: String!, $bob: String!, $aliceNumber: String!) {
        look: updatePhoneNumber(input: { phoneNumberId: $aliceNumber, callingName: "Alice" }) {
          phoneNumber { status user { userId primaryPhoneNumber { e164PhoneNumber } phoneNumbers { nodes { e164PhoneNumber } } } }
        }
        freeBob: disassociatePhoneNumberFromUser(input: { accountId: $accountId, userId: $bob }) {
          user { primaryProvisionedNumber primaryPhoneNumber { e164PhoneNumber } phoneNumbers { nodes { e164PhoneNumber } } }
          phoneNumber { e164PhoneNumber status associations { name } user { userId } }
          userErrors { code }
        }
        freeAlice: disassociatePhoneNumberFromUser(input: { accountId: $accountId, userId: $alice }) {
          user { primaryProvisionedNumber }
          phoneNumber { status user { userId } }
          userErrors { code }
        }
        move: associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $bob, e164PhoneNumber: $aliceNumber }) {
          user {
            userId primaryProvisionedNumber
            primaryPhoneNumber { e164PhoneNumber status }
            phoneNumbers { nodes { e164PhoneNumber } }
          }
          phoneNumber {
            status associations { name value }
            user { userId primaryProvisionedNumber }
            account { accountId }
          }
          userErrors { code }
        }
      }`,
      { accountId, alice, bob, aliceNumber },
    );
    expect(result.errors).toBeUndefined();
    // The first field loads alice's number, alice and bob's number as they were.
    expect(result.data!.look.phoneNumber).toEqual({
      status: 'ASSIGNED',
      user: {
        userId: alice,
        primaryPhoneNumber: { e164PhoneNumber: aliceNumber },
        phoneNumbers: { nodes: [{ e164PhoneNumber: aliceNumber }] },
      },
    });
    expect(result.data!.freeBob).toEqual({
      user: { primaryProvisionedNumber: null, primaryPhoneNumber: null, phoneNumbers: { nodes: [] } },
      phoneNumber: { e164PhoneNumber: bobNumber, status: 'UNASSIGNED', associations: [], user: null },
      userErrors: [],
    });
    expect(result.data!.freeAlice).toEqual({
      user: { primaryProvisionedNumber: null },
      phoneNumber: { status: 'UNASSIGNED', user: null },
      userErrors: [],
    });
    expect(result.data!.move).toEqual({
      user: {
        userId: bob,
        primaryProvisionedNumber: aliceNumber,
        primaryPhoneNumber: { e164PhoneNumber: aliceNumber, status: 'ASSIGNED' },
        phoneNumbers: { nodes: [{ e164PhoneNumber: aliceNumber }] },
      },
      phoneNumber: {
        status: 'ASSIGNED',
        associations: [
          { name: 'ACCOUNT_ID', value: accountId },
          { name: 'USER_ID', value: bob },
        ],
        user: { userId: bob, primaryProvisionedNumber: aliceNumber },
        account: { accountId },
      },
      userErrors: [],
    });

    const readBack = await gateway.query(
      `query ($accountId: String!, $alice: String!, $bob: String!) {
        account(accountId: $accountId) {
          alice: user(userId: $alice) { primaryPhoneNumber { e164PhoneNumber } }
          bob: user(userId: $bob) { primaryPhoneNumber { e164PhoneNumber user { userId } } }
        }
      }`,
      { accountId, alice, bob },
    );
    expect(readBack.data!.account).toEqual({
      alice: { primaryPhoneNumber: null },
      bob: { primaryPhoneNumber: { e164PhoneNumber: aliceNumber, user: { userId: bob } } },
    });
    expect((await upstreamUser(alice)).PrimaryProvisionedNumber).toBeUndefined();
    expect((await upstreamUser(bob)).PrimaryProvisionedNumber).toBe(aliceNumber);
    expect((await upstreamNumber(bobNumber)).Status).toBe('Unassigned');
    expect(
      (await upstreamNumber(aliceNumber)).Associations?.map(({ Name, Value }) => ({ Name, Value })),
    ).toEqual([
      { Name: 'AccountId', Value: accountId },
      { Name: 'UserId', Value: bob },
    ]);
  });

  it('refuses a number that is not E.164, or blank ids, before any upstream call', async () => {
    const result = await gateway.query(
      `mutation ($accountId: String!, $carol: String!) {
        badNumber: associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $carol, e164PhoneNumber: "206-555-0100" }) {
          user { userId } userErrors { field code message }
        }
        blank: disassociatePhoneNumberFromUser(input: { accountId: " ", userId: $carol }) { userErrors { field code } }
      }`,
      { accountId, carol },
    );
    expect(result.data).toEqual({
      badNumber: {
        user: null,
        userErrors: [
          {
            field: ['input', 'e164PhoneNumber'],
            code: 'INVALID',
            message:
              'e164PhoneNumber must match the pattern ^\\+?[1-9]\\d{1,14}$ (an E.164 number, e.g. +12065550100), got "206-555-0100"',
          },
        ],
      },
      blank: { userErrors: [{ field: ['input', 'accountId'], code: 'INVALID' }] },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('turns what only the upstream can tell into user errors: unknown users, numbers held elsewhere, wrong product type', async () => {
    const result = await gateway.query(
      `mutation ($accountId: String!, $carol: String!, $dave: String!, $held: String!, $free: String!, $trunk: String!) {
        unknownUser: associatePhoneNumberWithUser(input: { accountId: $accountId, userId: "00000000-0000-0000-0000-000000000000", e164PhoneNumber: $free }) {
          userErrors { code }
        }
        heldElsewhere: associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $carol, e164PhoneNumber: $held }) {
          userErrors { code message }
        }
        wrongProduct: associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $carol, e164PhoneNumber: $trunk }) {
          userErrors { code message }
        }
        nothingToFree: disassociatePhoneNumberFromUser(input: { accountId: $accountId, userId: $dave }) {
          user { userId } userErrors { field code message }
        }
        unknownToFree: disassociatePhoneNumberFromUser(input: { accountId: $accountId, userId: "00000000-0000-0000-0000-000000000000" }) {
          userErrors { code }
        }
      }`,
      { accountId, carol, dave, held: numbers[0], free: numbers[5], trunk },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      unknownUser: { userErrors: [{ code: 'NOT_FOUND' }] },
      heldElsewhere: {
        userErrors: [{ code: 'CONFLICT', message: expect.stringContaining('already associated') }],
      },
      wrongProduct: {
        userErrors: [{ code: 'INVALID', message: expect.stringContaining('BusinessCalling') }],
      },
      nothingToFree: {
        user: null,
        userErrors: [
          {
            field: ['input', 'userId'],
            code: 'INVALID',
            message: `User ${dave} has no primary provisioned number to disassociate`,
          },
        ],
      },
      unknownToFree: { userErrors: [{ code: 'NOT_FOUND' }] },
    });
    // Disassociating is refused from the users as read, without the write.
    const { calls } = await gateway.stats();
    expect(calls.AssociatePhoneNumberWithUser).toBe(3);
    expect(calls.DisassociatePhoneNumberFromUser).toBeUndefined();
    expect((await upstreamUser(carol)).PrimaryProvisionedNumber).toBeUndefined();
  });

  it('gives a user a number and frees it again, read back by a fresh request and the SDK', async () => {
    const number = numbers[4]!;
    const associated = await gateway.query(
      `mutation ($accountId: String!, $userId: String!, $number: String!) {
        associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $userId, e164PhoneNumber: $number }) {
          user { phoneNumbers { nodes { e164PhoneNumber } } } userErrors { code }
        }
      }`,
      { accountId, userId: dave, number: number.slice(1) },
    );
    expect(associated.data!.associatePhoneNumberWithUser).toEqual({
      user: { phoneNumbers: { nodes: [{ e164PhoneNumber: number }] } },
      userErrors: [],
    });
    const readBack = await gateway.query(
      `{ phoneNumber(phoneNumberId: "${number}") { status user { userId primaryProvisionedNumber } } }`,
    );
    expect(readBack.data!.phoneNumber).toEqual({
      status: 'ASSIGNED',
      user: { userId: dave, primaryProvisionedNumber: number },
    });
    expect((await upstreamUser(dave)).PrimaryProvisionedNumber).toBe(number);

    const freed = await gateway.query(
      `mutation ($accountId: String!, $userId: String!) {
        disassociatePhoneNumberFromUser(input: { accountId: $accountId, userId: $userId }) {
          phoneNumber { e164PhoneNumber status } userErrors { code }
        }
      }`,
      { accountId, userId: dave },
    );
    expect(freed.data!.disassociatePhoneNumberFromUser).toEqual({
      phoneNumber: { e164PhoneNumber: number, status: 'UNASSIGNED' },
      userErrors: [],
    });
    expect((await upstreamNumber(number)).Status).toBe('Unassigned');
    expect((await upstreamUser(dave)).PrimaryProvisionedNumber).toBeUndefined();
  });
});
