import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { accountWithUsers, e164s, orderNumbers, sdkClients } from './phone-numbers-fixtures.ts';
import { connectorWithNumbers, groupWithNumbers } from './voice-setup.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof sdkClients>;
let accountId: string;
let userId: string;
let voiceConnectorId: string;
let voiceConnectorGroupId: string;
const userNumber = e164s('212', 1)[0]!;
const trunkNumbers = e164s('415', 2);
const groupNumbers = e164s('503', 2);

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = sdkClients(gateway);
  await orderNumbers(sdk.chime, [userNumber]);
  const account = await accountWithUsers(sdk.chime, 'Filters Corp', 1, [userNumber]);
  accountId = account.accountId;
  userId = account.userIds[0]!;
  voiceConnectorId = await connectorWithNumbers(sdk.voice, 'trunk', trunkNumbers);
  voiceConnectorGroupId = await groupWithNumbers(
    sdk.voice,
    'routing',
    [{ VoiceConnectorId: voiceConnectorId, Priority: 1 }],
    groupNumbers,
  );
});
afterAll(async () => {
  sdk.chime.destroy();
  sdk.voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const e164sOf = (connection: { nodes: { e164PhoneNumber: string }[] }) =>
  connection.nodes.map((node) => node.e164PhoneNumber);

describe('phone number filters of users, voice connectors and groups', () => {
  it('passes productType and status to ListPhoneNumbers beside the association filter', async () => {
    const result = await gateway.query(
      `query ($accountId: String!, $userId: String!, $voiceConnectorId: String!, $groupId: String!) {
        account(accountId: $accountId) {
          user(userId: $userId) {
            calling: phoneNumbers(productType: BUSINESS_CALLING, status: ASSIGNED) { nodes { e164PhoneNumber } }
            trunks: phoneNumbers(productType: VOICE_CONNECTOR) { nodes { e164PhoneNumber } }
          }
        }
        voiceConnector(voiceConnectorId: $voiceConnectorId) {
          assigned: phoneNumbers(status: ASSIGNED) { nodes { e164PhoneNumber } }
          idle: phoneNumbers(status: UNASSIGNED) { nodes { e164PhoneNumber } }
        }
        voiceConnectorGroup(voiceConnectorGroupId: $groupId) {
          trunks: phoneNumbers(productType: VOICE_CONNECTOR, status: ASSIGNED) { nodes { e164PhoneNumber } }
          calling: phoneNumbers(productType: BUSINESS_CALLING) { nodes { e164PhoneNumber } }
        }
      }`,
      { accountId, userId, voiceConnectorId, groupId: voiceConnectorGroupId },
    );
    expect(result.errors).toBeUndefined();
    const { account, voiceConnector, voiceConnectorGroup } = result.data!;
    expect(e164sOf(account.user.calling)).toEqual([userNumber]);
    expect(e164sOf(account.user.trunks)).toEqual([]);
    expect(e164sOf(voiceConnector.assigned)).toEqual(trunkNumbers);
    expect(e164sOf(voiceConnector.idle)).toEqual([]);
    expect(e164sOf(voiceConnectorGroup.trunks)).toEqual(groupNumbers);
    expect(e164sOf(voiceConnectorGroup.calling)).toEqual([]);

    const lists = (await gateway.stats()).requests
      .filter((request) => request.operation === 'ListPhoneNumbers')
      .map(({ query }) => ({
        filter: `${query['filter-name']}=${query['filter-value']}`,
        productType: query['product-type'],
        status: query.status,
      }));
    expect(lists).toHaveLength(6);
    expect(lists).toEqual(
      expect.arrayContaining([
        { filter: `UserId=${userId}`, productType: 'BusinessCalling', status: 'Assigned' },
        { filter: `UserId=${userId}`, productType: 'VoiceConnector', status: undefined },
        { filter: `VoiceConnectorId=${voiceConnectorId}`, productType: undefined, status: 'Assigned' },
        { filter: `VoiceConnectorId=${voiceConnectorId}`, productType: undefined, status: 'Unassigned' },
        {
          filter: `VoiceConnectorGroupId=${voiceConnectorGroupId}`,
          productType: 'VoiceConnector',
          status: 'Assigned',
        },
        {
          filter: `VoiceConnectorGroupId=${voiceConnectorGroupId}`,
          productType: 'BusinessCalling',
          status: undefined,
        },
      ]),
    );
  });

  it('resumes a cursor only under the filters it was made with, refusing others before any call', async () => {
    const page = (filters: string, after: string | null) =>
      gateway.query(
        `query ($id: String!, $after: String) {
          voiceConnector(voiceConnectorId: $id) {
            phoneNumbers(first: 1, after: $after${filters}) { nodes { e164PhoneNumber } pageInfo { endCursor } }
          }
        }`,
        { id: voiceConnectorId, after },
      );
    const first = await page(', productType: VOICE_CONNECTOR', null);
    expect(first.errors).toBeUndefined();
    const { phoneNumbers } = first.data!.voiceConnector;
    expect(e164sOf(phoneNumbers)).toEqual([trunkNumbers[0]]);

    const rest = await page(', productType: VOICE_CONNECTOR', phoneNumbers.pageInfo.endCursor);
    expect(e164sOf(rest.data!.voiceConnector.phoneNumbers)).toEqual([trunkNumbers[1]]);

    for (const other of ['', ', status: ASSIGNED', ', productType: SIP_MEDIA_APPLICATION_DIAL_IN']) {
      await gateway.resetStats();
      const refused = await page(other, phoneNumbers.pageInfo.endCursor);
      expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.message).toMatch(/another connection or other filters/);
      expect((await gateway.stats()).calls).not.toHaveProperty('ListPhoneNumbers');
    }
  });
});
