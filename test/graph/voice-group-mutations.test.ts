import {
  type ChimeSDKVoiceClient,
  CreateVoiceConnectorGroupCommand,
  GetPhoneNumberCommand,
  GetVoiceConnectorGroupCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../chime-local/voice-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectorWithNumbers, e164s, newVoiceConnector, orderNumbers, voiceClient } from './voice-setup.ts';

let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
let alpha: string;
let bravo: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  voice = voiceClient(gateway.local);
  alpha = await newVoiceConnector(voice, 'alpha');
  bravo = await newVoiceConnector(voice, 'bravo');
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const sdkGroup = async (id: string) =>
  (await voice.send(new GetVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id }))).VoiceConnectorGroup!;
const sdkAssociations = async (e164: string) =>
  (await voice.send(new GetPhoneNumberCommand({ PhoneNumberId: e164 }))).PhoneNumber!.Associations ?? [];

describe('voice connector group mutations', () => {
  it('creates a group, updates it (keeping what the input leaves out) and deletes it', async () => {
    const created = await gateway.query(
      `mutation ($alpha: String!) {
        createVoiceConnectorGroup(input: { name: "routes", voiceConnectorItems: [{ voiceConnectorId: $alpha, priority: 1 }] }) {
          voiceConnectorGroup { id voiceConnectorGroupId name voiceConnectorItems { priority voiceConnector { name } } }
          userErrors { code }
        }
      }`,
      { alpha },
    );
    expect(created.errors).toBeUndefined();
    const group = created.data!.createVoiceConnectorGroup.voiceConnectorGroup;
    expect(group).toMatchObject({
      name: 'routes',
      voiceConnectorItems: [{ priority: 1, voiceConnector: { name: 'alpha' } }],
    });
    expect((await gateway.stats()).calls).toEqual({ CreateVoiceConnectorGroup: 1, GetVoiceConnector: 1 });
    const id = group.voiceConnectorGroupId;
    expect(await sdkGroup(id)).toMatchObject({
      Name: 'routes',
      VoiceConnectorItems: [{ VoiceConnectorId: alpha, Priority: 1 }],
    });

    await gateway.resetStats();
    const updated = await gateway.query(
      `mutation ($id: String!, $alpha: String!, $bravo: String!) {
        items: updateVoiceConnectorGroup(input: { voiceConnectorGroupId: $id, voiceConnectorItems: [
          { voiceConnectorId: $bravo, priority: 1 }, { voiceConnectorId: $alpha, priority: 2 }
        ] }) { voiceConnectorGroup { name voiceConnectorItems { voiceConnectorId priority } } }
        name: updateVoiceConnectorGroup(input: { voiceConnectorGroupId: $id, name: "routes-2" }) {
          voiceConnectorGroup { name voiceConnectorItems { voiceConnectorId priority } }
        }
      }`,
      { id, alpha, bravo },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.items.voiceConnectorGroup).toEqual({
      name: 'routes',
      voiceConnectorItems: [
        { voiceConnectorId: bravo, priority: 1 },
        { voiceConnectorId: alpha, priority: 2 },
      ],
    });
    // The second update keeps the items the first one set: it read them from the loader the first one primed.
    expect(updated.data!.name.voiceConnectorGroup).toEqual({
      name: 'routes-2',
      voiceConnectorItems: updated.data!.items.voiceConnectorGroup.voiceConnectorItems,
    });
    const fresh = await gateway.query(
      `query ($id: ID!) { node(id: $id) { ... on VoiceConnectorGroup { name } } }`,
      {
        id: group.id,
      },
    );
    expect(fresh.data!.node).toEqual({ name: 'routes-2' });
    expect(await sdkGroup(id)).toMatchObject({
      Name: 'routes-2',
      VoiceConnectorItems: [
        { VoiceConnectorId: bravo, Priority: 1 },
        { VoiceConnectorId: alpha, Priority: 2 },
      ],
    });

    // A group that still routes somewhere cannot go; emptied, it can.
    const deleteDoc = `mutation ($id: String!) {
      deleteVoiceConnectorGroup(input: { voiceConnectorGroupId: $id }) { deletedVoiceConnectorGroupId deletedId userErrors { code } }
    }`;
    expect((await gateway.query(deleteDoc, { id })).data!.deleteVoiceConnectorGroup).toEqual({
      deletedVoiceConnectorGroupId: null,
      deletedId: null,
      userErrors: [{ code: 'CONFLICT' }],
    });
    await gateway.query(
      `mutation ($id: String!) { updateVoiceConnectorGroup(input: { voiceConnectorGroupId: $id, voiceConnectorItems: [] }) { userErrors { code } } }`,
      { id },
    );
    expect((await gateway.query(deleteDoc, { id })).data!.deleteVoiceConnectorGroup).toEqual({
      deletedVoiceConnectorGroupId: id,
      deletedId: group.id,
      userErrors: [],
    });
    expect(await rejection(sdkGroup(id))).toBeInstanceOf(NotFoundException);
    const gone = await gateway.query(
      `query ($id: String!) { voiceConnectorGroup(voiceConnectorGroupId: $id) { name } }`,
      {
        id,
      },
    );
    expect(gone).toEqual({ data: { voiceConnectorGroup: null } });
  });

  it.each([
    [{ name: '' }, ['input', 'name'], 'name must be at least 1 character long, got 0'],
    [{ name: 'n'.repeat(257) }, ['input', 'name'], 'name must be at most 256 characters long, got 257'],
    [
      {
        name: 'g',
        voiceConnectorItems: [1, 2, 3, 4].map((priority) => ({
          voiceConnectorId: `vc${priority}`,
          priority,
        })),
      },
      ['input', 'voiceConnectorItems'],
      'voiceConnectorItems must have at most 3 items, got 4',
    ],
    [
      { name: 'g', voiceConnectorItems: [{ voiceConnectorId: 'vc', priority: 100 }] },
      ['input', 'voiceConnectorItems', '0', 'priority'],
      'voiceConnectorItems[0].priority must be from 1 to 99, got 100',
    ],
    [
      { name: 'g', voiceConnectorItems: [{ voiceConnectorId: ' ', priority: 1 }] },
      ['input', 'voiceConnectorItems', '0', 'voiceConnectorId'],
      'voiceConnectorItems[0].voiceConnectorId must match the pattern .*\\S.*',
    ],
  ])(
    'createVoiceConnectorGroup refuses input #%# before any upstream call',
    async (input, field, message) => {
      const result = await gateway.query(
        `mutation ($input: CreateVoiceConnectorGroupInput!) { createVoiceConnectorGroup(input: $input) { userErrors { field message code } } }`,
        { input },
      );
      expect(result.data!.createVoiceConnectorGroup.userErrors).toEqual([
        { field, message: expect.stringContaining(message), code: 'INVALID' },
      ]);
      expect((await gateway.stats()).total).toBe(0);
    },
  );

  it('reports an unknown group as NOT_FOUND, with no update sent', async () => {
    const result = await gateway.query(
      `mutation { updateVoiceConnectorGroup(input: { voiceConnectorGroupId: "00000000-0000-0000-0000-000000000000", name: "x" }) {
        voiceConnectorGroup { name } userErrors { field code }
      } }`,
    );
    expect(result.data!.updateVoiceConnectorGroup).toEqual({
      voiceConnectorGroup: null,
      userErrors: [{ field: ['input', 'voiceConnectorGroupId'], code: 'NOT_FOUND' }],
    });
    expect((await gateway.stats()).calls).toEqual({ GetVoiceConnectorGroup: 1 });
  });
});

describe('phone number associations with voice connectors and groups', () => {
  it('associates numbers, reports each refused number, and the rest of the document sees the new owners', async () => {
    const numbers = e164s('601', 3);
    await orderNumbers(voice, numbers);
    const elsewhere = e164s('602', 1);
    await connectorWithNumbers(voice, 'other', elsewhere);
    const { VoiceConnectorGroup } = await voice.send(
      new CreateVoiceConnectorGroupCommand({ Name: 'inbound' }),
    );
    const group = VoiceConnectorGroup!.VoiceConnectorGroupId!;

    const before = await gateway.query(`query ($n: String!) { phoneNumber(phoneNumberId: $n) { status } }`, {
      n: numbers[0],
    });
    expect(before.data!.phoneNumber.status).toBe('UNASSIGNED');

    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($alpha: String!, $group: String!, $toAlpha: [String!]!, $toGroup: [String!]!, $first: String!) {
        before: disassociatePhoneNumbersFromVoiceConnector(input: { voiceConnectorId: $alpha, e164PhoneNumbers: [$first] }) {
          phoneNumbers { e164PhoneNumber } phoneNumberErrors { phoneNumberId field code upstreamCode message }
        }
        associatePhoneNumbersWithVoiceConnector(input: { voiceConnectorId: $alpha, e164PhoneNumbers: $toAlpha }) {
          voiceConnector { name phoneNumbers { nodes { e164PhoneNumber } } }
          phoneNumbers { e164PhoneNumber status voiceConnector { name } }
          phoneNumberErrors { phoneNumberId field code upstreamCode }
          userErrors { code }
        }
        associatePhoneNumbersWithVoiceConnectorGroup(input: { voiceConnectorGroupId: $group, e164PhoneNumbers: $toGroup }) {
          voiceConnectorGroup { name phoneNumbers { nodes { e164PhoneNumber voiceConnectorGroup { name } } } }
          phoneNumbers { e164PhoneNumber }
          phoneNumberErrors { field code }
        }
      }`,
      {
        alpha,
        group,
        first: numbers[0],
        toAlpha: [numbers[0], numbers[1], elsewhere[0], '+19999999999'],
        toGroup: [numbers[2]],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.before).toEqual({
      phoneNumbers: [],
      phoneNumberErrors: [
        {
          phoneNumberId: expect.any(String),
          field: ['input', 'e164PhoneNumbers', '0'],
          code: 'INVALID',
          upstreamCode: 'BadRequest',
          message: expect.stringContaining('not associated'),
        },
      ],
    });
    const associated = result.data!.associatePhoneNumbersWithVoiceConnector;
    expect(associated.voiceConnector).toEqual({
      name: 'alpha',
      phoneNumbers: { nodes: [{ e164PhoneNumber: numbers[0] }, { e164PhoneNumber: numbers[1] }] },
    });
    // The first number was read before the association (as UNASSIGNED): the request reads it again.
    expect(associated.phoneNumbers).toEqual(
      [numbers[0], numbers[1]].map((e164) => ({
        e164PhoneNumber: e164,
        status: 'ASSIGNED',
        voiceConnector: { name: 'alpha' },
      })),
    );
    expect(associated.phoneNumberErrors).toEqual([
      {
        phoneNumberId: expect.any(String),
        field: ['input', 'e164PhoneNumbers', '2'],
        code: 'CONFLICT',
        upstreamCode: 'Conflict',
      },
      {
        phoneNumberId: '+19999999999',
        field: ['input', 'e164PhoneNumbers', '3'],
        code: 'NOT_FOUND',
        upstreamCode: 'NotFound',
      },
    ]);
    expect(associated.userErrors).toEqual([]);
    expect(result.data!.associatePhoneNumbersWithVoiceConnectorGroup).toEqual({
      voiceConnectorGroup: {
        name: 'inbound',
        phoneNumbers: { nodes: [{ e164PhoneNumber: numbers[2], voiceConnectorGroup: { name: 'inbound' } }] },
      },
      phoneNumbers: [{ e164PhoneNumber: numbers[2] }],
      phoneNumberErrors: [],
    });
    expect(await sdkAssociations(numbers[1]!)).toEqual([
      expect.objectContaining({ Name: 'VoiceConnectorId', Value: alpha }),
    ]);
    expect(await sdkAssociations(numbers[2]!)).toEqual([
      expect.objectContaining({ Name: 'VoiceConnectorGroupId', Value: group }),
    ]);

    // forceAssociate moves a number from elsewhere; then both disassociations release theirs.
    const moved = await gateway.query(
      `mutation ($alpha: String!, $group: String!, $n: String!, $g: String!) {
        associatePhoneNumbersWithVoiceConnector(input: { voiceConnectorId: $alpha, e164PhoneNumbers: [$n], forceAssociate: true }) {
          phoneNumbers { voiceConnector { name } } phoneNumberErrors { code }
        }
        disassociatePhoneNumbersFromVoiceConnectorGroup(input: { voiceConnectorGroupId: $group, e164PhoneNumbers: [$g] }) {
          phoneNumbers { status voiceConnectorGroup { name } } phoneNumberErrors { code }
        }
      }`,
      { alpha, group, n: elsewhere[0], g: numbers[2] },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data).toEqual({
      associatePhoneNumbersWithVoiceConnector: {
        phoneNumbers: [{ voiceConnector: { name: 'alpha' } }],
        phoneNumberErrors: [],
      },
      disassociatePhoneNumbersFromVoiceConnectorGroup: {
        phoneNumbers: [{ status: 'UNASSIGNED', voiceConnectorGroup: null }],
        phoneNumberErrors: [],
      },
    });
    expect(await sdkAssociations(elsewhere[0]!)).toEqual([
      expect.objectContaining({ Name: 'VoiceConnectorId', Value: alpha }),
    ]);
    expect(await sdkAssociations(numbers[2]!)).toEqual([]);
    const fresh = await gateway.query(
      `query ($alpha: String!) { voiceConnector(voiceConnectorId: $alpha) { phoneNumbers { nodes { e164PhoneNumber } } } }`,
      { alpha },
    );
    expect(fresh.data!.voiceConnector.phoneNumbers.nodes.map((node: any) => node.e164PhoneNumber)).toEqual([
      numbers[0],
      numbers[1],
      elsewhere[0],
    ]);
  });

  it('refuses numbers that are not E.164, and a blank owner id, before any upstream call', async () => {
    const result = await gateway.query(
      `mutation ($alpha: String!) {
        associatePhoneNumbersWithVoiceConnector(input: { voiceConnectorId: $alpha, e164PhoneNumbers: ["+12065550100", "206-555-0101"] }) {
          phoneNumbers { e164PhoneNumber } phoneNumberErrors { code } userErrors { field message code }
        }
        disassociatePhoneNumbersFromVoiceConnectorGroup(input: { voiceConnectorGroupId: "  ", e164PhoneNumbers: ["+12065550100"] }) {
          userErrors { field message code }
        }
      }`,
      { alpha },
    );
    expect(result.data).toEqual({
      associatePhoneNumbersWithVoiceConnector: {
        phoneNumbers: null,
        phoneNumberErrors: null,
        userErrors: [
          {
            field: ['input', 'e164PhoneNumbers', '1'],
            message: expect.stringContaining(
              'e164PhoneNumbers[1] must match the pattern ^\\+?[1-9]\\d{1,14}$',
            ),
            code: 'INVALID',
          },
        ],
      },
      disassociatePhoneNumbersFromVoiceConnectorGroup: {
        userErrors: [
          {
            field: ['input', 'voiceConnectorGroupId'],
            message: expect.stringContaining('voiceConnectorGroupId must match the pattern .*\\S.*'),
            code: 'INVALID',
          },
        ],
      },
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});
