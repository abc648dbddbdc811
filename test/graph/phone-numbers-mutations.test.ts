import { GetPhoneNumberCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { accountWithUsers, e164s, orderNumbers, sdkClients } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof sdkClients>;
const business = e164s('206', 8);
const trunks = e164s('415', 3);
const tollFree = '+18885550100';
/** Unassociated numbers for batchDeletePhoneNumber. */
const doomed = e164s('312', 3);
/** Held by the account's only user. */
const assigned = business[0]!;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = sdkClients(gateway);
  await orderNumbers(sdk.chime, [...business, ...doomed]);
  await orderNumbers(sdk.chime, [...trunks, tollFree], 'VoiceConnector');
  await accountWithUsers(sdk.chime, 'Mutations Corp', 1, [assigned]);
});
afterAll(async () => {
  sdk.chime.destroy();
  sdk.voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const upstreamNumber = async (e164: string) =>
  (await sdk.chime.send(new GetPhoneNumberCommand({ PhoneNumberId: e164 }))).PhoneNumber!;

const UPDATE = `mutation ($input: UpdatePhoneNumberInput!) {
  updatePhoneNumber(input: $input) {
    phoneNumber { e164PhoneNumber callingName callingNameStatus productType }
    userErrors { field message code }
  }
}`;

describe('updatePhoneNumber', () => {
  it('sets a calling name; a second one while the first is pending is the upstream CONFLICT', async () => {
    const number = business[1]!;
    const result = await gateway.query(
      `mutation ($id: String!) {
        first: updatePhoneNumber(input: { phoneNumberId: $id, callingName: "Front Desk" }) {
          phoneNumber { e164PhoneNumber callingName callingNameStatus } userErrors { code }
        }
        second: updatePhoneNumber(input: { phoneNumberId: $id, callingName: "Back Office" }) {
          phoneNumber { callingName } userErrors { field code message }
        }
      }`,
      { id: encodeURIComponent(number) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.first).toEqual({
      phoneNumber: {
        e164PhoneNumber: number,
        callingName: 'Front Desk',
        callingNameStatus: 'UPDATE_IN_PROGRESS',
      },
      userErrors: [],
    });
    expect(result.data!.second).toEqual({
      phoneNumber: null,
      userErrors: [
        {
          field: ['input', 'phoneNumberId'],
          code: 'CONFLICT',
          message: expect.stringContaining('calling name update in progress'),
        },
      ],
    });
    // The payload is the upstream's answer, primed into the loader: no read after the write.
    expect((await gateway.stats()).calls).toEqual({ UpdatePhoneNumber: 2 });

    const readBack = await gateway.query(`{ phoneNumber(phoneNumberId: "${number}") { callingName } }`);
    expect(readBack.data!.phoneNumber.callingName).toBe('Front Desk');
    expect((await upstreamNumber(number)).CallingName).toBe('Front Desk');
  });

  it('changes the product type of an unassigned number', async () => {
    const number = trunks[0]!;
    const result = await gateway.query(UPDATE, {
      input: { phoneNumberId: number, productType: 'BUSINESS_CALLING' },
    });
    expect(result.data!.updatePhoneNumber).toEqual({
      phoneNumber: {
        e164PhoneNumber: number,
        callingName: null,
        callingNameStatus: 'UNASSIGNED',
        productType: 'BUSINESS_CALLING',
      },
      userErrors: [],
    });
    const readBack = await gateway.query(`{ phoneNumber(phoneNumberId: "${number}") { productType } }`);
    expect(readBack.data!.phoneNumber.productType).toBe('BUSINESS_CALLING');
    expect((await upstreamNumber(number)).ProductType).toBe('BusinessCalling');
  });

  it.each([
    [
      'the calling name pattern (too short)',
      { phoneNumberId: business[2], callingName: 'X' },
      ['input', 'callingName'],
      'callingName must match the pattern ^$|^[a-zA-Z0-9 ]{2,15}$ (empty, or 2-15 letters, digits and spaces), got "X"',
    ],
    [
      'the calling name pattern (punctuation)',
      { phoneNumberId: business[2], callingName: 'Sales & Support' },
      ['input', 'callingName'],
      'callingName must match the pattern',
    ],
    [
      'one detail at a time',
      { phoneNumberId: business[2], callingName: 'Sales', productType: 'VOICE_CONNECTOR' },
      ['input'],
      'update one detail at a time, callingName or productType, not both',
    ],
    [
      'a detail to update',
      { phoneNumberId: business[2] },
      ['input'],
      'give callingName or productType to update',
    ],
    [
      'toll-free numbers cannot take BUSINESS_CALLING',
      { phoneNumberId: encodeURIComponent(tollFree), productType: 'BUSINESS_CALLING' },
      ['input', 'productType'],
      `productType: toll-free number ${tollFree} cannot have product type BUSINESS_CALLING`,
    ],
    [
      'numbers outside the US must be SIP_MEDIA_APPLICATION_DIAL_IN',
      { phoneNumberId: '+442079460000', productType: 'VOICE_CONNECTOR' },
      ['input', 'productType'],
      'productType: +442079460000 is outside the US and must have product type SIP_MEDIA_APPLICATION_DIAL_IN',
    ],
    [
      'the phone number id pattern',
      { phoneNumberId: '   ', callingName: 'Sales' },
      ['input', 'phoneNumberId'],
      'phoneNumberId must match the pattern .*\\S.*',
    ],
  ])('refuses input that breaks %s, before any upstream call', async (_rule, input, field, message) => {
    const result = await gateway.query(UPDATE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePhoneNumber.phoneNumber).toBeNull();
    expect(result.data!.updatePhoneNumber.userErrors).toEqual([
      { field, code: 'INVALID', message: expect.stringContaining(message) },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a product type outside the enum before any upstream call', async () => {
    const result = await gateway.query(UPDATE, {
      input: { phoneNumberId: business[2], productType: 'BusinessCalling' },
    });
    expect(result.errors![0]!.message).toMatch(/PhoneNumberProductType/);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('turns what only the upstream can tell into user errors: unknown numbers, assigned ones', async () => {
    const unknown = await gateway.query(UPDATE, {
      input: { phoneNumberId: '+12065559999', callingName: 'Sales' },
    });
    expect(unknown.data!.updatePhoneNumber.userErrors).toEqual([
      {
        field: ['input', 'phoneNumberId'],
        code: 'NOT_FOUND',
        message: expect.stringContaining('+12065559999'),
      },
    ]);
    const held = await gateway.query(UPDATE, {
      input: { phoneNumberId: assigned, productType: 'VOICE_CONNECTOR' },
    });
    expect(held.data!.updatePhoneNumber.userErrors).toEqual([
      { field: ['input', 'phoneNumberId'], code: 'CONFLICT', message: expect.stringContaining('Assigned') },
    ]);
    expect((await upstreamNumber(assigned)).ProductType).toBe('BusinessCalling');
  });
});

describe('batchUpdatePhoneNumber', () => {
  const BATCH = `mutation ($items: [UpdatePhoneNumberInput!]!) {
    batchUpdatePhoneNumber(input: { items: $items }) {
      phoneNumbers { e164PhoneNumber callingName productType }
      phoneNumberErrors { phoneNumberId field code upstreamCode message }
      userErrors { field code message }
    }
  }`;

  it('changes each number it can and reports the others per item', async () => {
    const [named, retyped] = [business[3]!, trunks[1]!];
    const result = await gateway.query(BATCH, {
      items: [
        { phoneNumberId: named, callingName: 'Reception' },
        { phoneNumberId: encodeURIComponent(retyped), productType: 'BUSINESS_CALLING' },
        { phoneNumberId: '+12065559998', callingName: 'Nobody' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.batchUpdatePhoneNumber).toEqual({
      phoneNumbers: [
        { e164PhoneNumber: named, callingName: 'Reception', productType: 'BUSINESS_CALLING' },
        { e164PhoneNumber: retyped, callingName: null, productType: 'BUSINESS_CALLING' },
      ],
      phoneNumberErrors: [
        {
          phoneNumberId: '+12065559998',
          field: ['input', 'items', '2'],
          code: 'NOT_FOUND',
          upstreamCode: 'NotFound',
          message: expect.stringContaining('+12065559998'),
        },
      ],
      userErrors: [],
    });
    const readBack = await gateway.query(
      `{ a: phoneNumber(phoneNumberId: "${named}") { callingName } b: phoneNumber(phoneNumberId: "${retyped}") { productType } }`,
    );
    expect(readBack.data).toEqual({
      a: { callingName: 'Reception' },
      b: { productType: 'BUSINESS_CALLING' },
    });
    expect((await upstreamNumber(named)).CallingName).toBe('Reception');
    expect((await upstreamNumber(retyped)).ProductType).toBe('BusinessCalling');
  });

  it('checks every item before any upstream call, and names the item at fault', async () => {
    const result = await gateway.query(BATCH, {
      items: [
        { phoneNumberId: business[4], callingName: 'Fine Name' },
        { phoneNumberId: business[5], callingName: 'No_Underscores' },
        { phoneNumberId: tollFree, productType: 'BUSINESS_CALLING' },
      ],
    });
    expect(result.data!.batchUpdatePhoneNumber).toEqual({
      phoneNumbers: null,
      phoneNumberErrors: null,
      userErrors: [
        {
          field: ['input', 'items', '1', 'callingName'],
          code: 'INVALID',
          message: expect.stringContaining('items[1].callingName must match the pattern'),
        },
        {
          field: ['input', 'items', '2', 'productType'],
          code: 'INVALID',
          message: expect.stringContaining('items[2].productType: toll-free number'),
        },
      ],
    });
    const empty = await gateway.query(BATCH, { items: [] });
    expect(empty.data!.batchUpdatePhoneNumber.userErrors).toEqual([
      { field: ['input', 'items'], code: 'INVALID', message: 'items must have at least 1 item, got 0' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('deletePhoneNumber and restorePhoneNumber', () => {
  it('queues a number for deletion and restores it, each payload showing the state it left', async () => {
    const number = business[6]!;
    const result = await gateway.query(
      `mutation ($id: String!) {
        before: updatePhoneNumber(input: { phoneNumberId: $id, productType: BUSINESS_CALLING }) {
          phoneNumber { status deletionTimestamp }
        }
        deletePhoneNumber(input: { phoneNumberId: $id }) {
          phoneNumber { e164PhoneNumber status deletionTimestamp } userErrors { code }
        }
        again: deletePhoneNumber(input: { phoneNumberId: $id }) { phoneNumber { status } userErrors { code message } }
        restorePhoneNumber(input: { phoneNumberId: $id }) {
          phoneNumber { status deletionTimestamp } userErrors { code }
        }
      }`,
      { id: number },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.before.phoneNumber).toEqual({ status: 'UNASSIGNED', deletionTimestamp: null });
    expect(result.data!.deletePhoneNumber).toEqual({
      phoneNumber: {
        e164PhoneNumber: number,
        status: 'DELETE_IN_PROGRESS',
        deletionTimestamp: expect.any(String),
      },
      userErrors: [],
    });
    expect(result.data!.again).toEqual({
      phoneNumber: null,
      userErrors: [{ code: 'INVALID', message: expect.stringContaining('already in the deletion queue') }],
    });
    expect(result.data!.restorePhoneNumber).toEqual({
      phoneNumber: { status: 'UNASSIGNED', deletionTimestamp: null },
      userErrors: [],
    });
    expect((await upstreamNumber(number)).Status).toBe('Unassigned');
  });

  it('reads a deleted number back as DELETE_IN_PROGRESS, and refuses numbers still assigned or unknown', async () => {
    const number = business[7]!;
    const deleted = await gateway.query(
      `mutation ($id: String!) { deletePhoneNumber(input: { phoneNumberId: $id }) { userErrors { code } } }`,
      { id: number },
    );
    expect(deleted.data!.deletePhoneNumber.userErrors).toEqual([]);
    const readBack = await gateway.query(`{ phoneNumber(phoneNumberId: "${number}") { status } }`);
    expect(readBack.data!.phoneNumber.status).toBe('DELETE_IN_PROGRESS');
    const upstream = await upstreamNumber(number);
    expect(upstream.Status).toBe('DeleteInProgress');
    expect(upstream.DeletionTimestamp).toBeInstanceOf(Date);

    const refused = await gateway.query(
      `mutation ($held: String!) {
        held: deletePhoneNumber(input: { phoneNumberId: $held }) { userErrors { field code message } }
        unknown: deletePhoneNumber(input: { phoneNumberId: "+12065559997" }) { userErrors { code } }
        restoreUnknown: restorePhoneNumber(input: { phoneNumberId: "+12065559997" }) { userErrors { code } }
        blank: restorePhoneNumber(input: { phoneNumberId: "" }) { userErrors { field code } }
      }`,
      { held: assigned },
    );
    expect(refused.data).toEqual({
      held: {
        userErrors: [
          {
            field: ['input', 'phoneNumberId'],
            code: 'INVALID',
            message: expect.stringContaining('disassociate it'),
          },
        ],
      },
      unknown: { userErrors: [{ code: 'NOT_FOUND' }] },
      restoreUnknown: { userErrors: [{ code: 'NOT_FOUND' }] },
      blank: { userErrors: [{ field: ['input', 'phoneNumberId'], code: 'INVALID' }] },
    });
  });
});

describe('batchDeletePhoneNumber', () => {
  const BATCH_DELETE = `mutation ($ids: [String!]!) {
    batchDeletePhoneNumber(input: { phoneNumberIds: $ids }) {
      phoneNumbers { e164PhoneNumber status deletionTimestamp }
      phoneNumberErrors { phoneNumberId field code upstreamCode message }
      userErrors { field code message }
    }
  }`;

  it('queues each number it can with one call and reports the others per item', async () => {
    const [first, second] = [doomed[0]!, doomed[1]!];
    const result = await gateway.query(BATCH_DELETE, {
      ids: [first, encodeURIComponent(second), assigned, '+13125559999'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.batchDeletePhoneNumber).toEqual({
      phoneNumbers: [
        { e164PhoneNumber: first, status: 'DELETE_IN_PROGRESS', deletionTimestamp: expect.any(String) },
        { e164PhoneNumber: second, status: 'DELETE_IN_PROGRESS', deletionTimestamp: expect.any(String) },
      ],
      phoneNumberErrors: [
        {
          phoneNumberId: assigned,
          field: ['input', 'phoneNumberIds', '2'],
          code: 'INVALID',
          upstreamCode: 'BadRequest',
          message: expect.stringContaining('disassociate it'),
        },
        {
          phoneNumberId: '+13125559999',
          field: ['input', 'phoneNumberIds', '3'],
          code: 'NOT_FOUND',
          upstreamCode: 'NotFound',
          message: expect.stringContaining('+13125559999'),
        },
      ],
      userErrors: [],
    });
    // One batch call; the queued numbers are read back, as the upstream answers only the errors.
    expect((await gateway.stats()).calls).toEqual({ BatchDeletePhoneNumber: 1, GetPhoneNumber: 2 });
    expect((await upstreamNumber(first)).Status).toBe('DeleteInProgress');
    expect((await upstreamNumber(second)).Status).toBe('DeleteInProgress');
    expect((await upstreamNumber(assigned)).Status).toBe('Assigned');
    expect((await upstreamNumber(doomed[2]!)).Status).toBe('Unassigned');
  });

  it('refuses an empty list or a blank id before any upstream call, naming the item', async () => {
    const empty = await gateway.query(BATCH_DELETE, { ids: [] });
    expect(empty.data!.batchDeletePhoneNumber).toEqual({
      phoneNumbers: null,
      phoneNumberErrors: null,
      userErrors: [
        {
          field: ['input', 'phoneNumberIds'],
          code: 'INVALID',
          message: 'phoneNumberIds must have at least 1 item, got 0',
        },
      ],
    });
    const blank = await gateway.query(BATCH_DELETE, { ids: [doomed[2], ' '] });
    expect(blank.data!.batchDeletePhoneNumber.userErrors).toEqual([
      {
        field: ['input', 'phoneNumberIds', '1'],
        code: 'INVALID',
        message: expect.stringContaining('phoneNumberIds[1]'),
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
    expect((await upstreamNumber(doomed[2]!)).Status).toBe('Unassigned');
  });
});
