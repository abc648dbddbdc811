import { GetPhoneNumberCommand, GetPhoneNumberOrderCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { orderNumbers, sdkClients } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof sdkClients>;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = sdkClients(gateway);
});
afterAll(async () => {
  sdk.chime.destroy();
  sdk.voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const SEARCH = `query ($first: Int, $after: String, $areaCode: String, $city: String, $state: String,
  $country: String, $tollFreePrefix: String, $phoneNumberType: PhoneNumberType) {
  availablePhoneNumbers(first: $first, after: $after, areaCode: $areaCode, city: $city, state: $state,
    country: $country, tollFreePrefix: $tollFreePrefix, phoneNumberType: $phoneNumberType) {
    nodes pageInfo { hasNextPage endCursor }
  }
}`;

const ORDER = `mutation ($input: OrderPhoneNumbersInput!) {
  orderPhoneNumbers(input: $input) {
    phoneNumberOrder {
      id phoneNumberOrderId productType status createdTimestamp
      orderedPhoneNumbers { e164PhoneNumber status phoneNumber { e164PhoneNumber status productType type } }
    }
    userErrors { field code message }
  }
}`;

describe('availablePhoneNumbers', () => {
  it('pages through the numbers that can be ordered, leaving out what the inventory holds', async () => {
    await orderNumbers(sdk.chime, ['+13125550100']);
    const first: GraphQLResponse = await gateway.query(SEARCH, { first: 3, areaCode: '312' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.availablePhoneNumbers.nodes).toEqual(['+13125550101', '+13125550102', '+13125550103']);
    expect(first.data!.availablePhoneNumbers.pageInfo.hasNextPage).toBe(true);
    const next = await gateway.query(SEARCH, {
      first: 2,
      areaCode: '312',
      after: first.data!.availablePhoneNumbers.pageInfo.endCursor,
    });
    expect(next.data!.availablePhoneNumbers.nodes).toEqual(['+13125550104', '+13125550105']);
    const tollFree = await gateway.query(SEARCH, { first: 1, tollFreePrefix: '888' });
    expect(tollFree.data!.availablePhoneNumbers.nodes).toEqual(['+18885550100']);
    const calls = (await gateway.stats()).requests.filter(
      (request) => request.operation === 'SearchAvailablePhoneNumbers',
    );
    expect(calls.map((call) => call.query['max-results'])).toEqual(['3', '2', '1']);
  });

  it.each([
    ['no US filter', {}, 'US searches need at least one of areaCode, city, state or tollFreePrefix'],
    [
      'a city without its state',
      { city: 'Seattle' },
      'state is required when city is given, got city "Seattle"',
    ],
    [
      'the country pattern',
      { country: 'usa', areaCode: '206' },
      'country must match the pattern [A-Z]{2} (ISO 3166-1 alpha-2), got "usa"',
    ],
    [
      'the toll-free prefix pattern',
      { tollFreePrefix: '900' },
      'tollFreePrefix must match the pattern ^8(00|33|44|55|66|77|88)$ (a toll-free prefix), got "900"',
    ],
    [
      'a US-only filter abroad',
      { country: 'GB', areaCode: '207' },
      'areaCode only applies to US numbers, got country GB',
    ],
    [
      'a type abroad',
      { country: 'GB' },
      'phoneNumberType is required for numbers outside the US, got country GB',
    ],
  ])('refuses a search with %s before any upstream call', async (_rule, filters, message) => {
    const result = await gateway.query(SEARCH, filters);
    expect(result.errors).toEqual([
      expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('orderPhoneNumbers', () => {
  it('orders searched numbers, which enter the inventory, read back by a fresh request and the SDK', async () => {
    const search = await gateway.query(SEARCH, { first: 2, areaCode: '646' });
    const wanted: string[] = search.data!.availablePhoneNumbers.nodes;
    await gateway.resetStats();
    const result = await gateway.query(ORDER, {
      input: { productType: 'BUSINESS_CALLING', e164PhoneNumbers: wanted },
    });
    expect(result.errors).toBeUndefined();
    const order = result.data!.orderPhoneNumbers.phoneNumberOrder;
    expect(result.data!.orderPhoneNumbers.userErrors).toEqual([]);
    expect(order).toMatchObject({ productType: 'BUSINESS_CALLING', status: 'SUCCESSFUL' });
    expect(order.orderedPhoneNumbers).toEqual(
      wanted.map((e164) => ({
        e164PhoneNumber: e164,
        status: 'ACQUIRED',
        phoneNumber: {
          e164PhoneNumber: e164,
          status: 'UNASSIGNED',
          productType: 'BUSINESS_CALLING',
          type: 'LOCAL',
        },
      })),
    );
    // The order is the upstream's answer, primed: no GetPhoneNumberOrder; one Get per new number.
    expect((await gateway.stats()).calls).toEqual({ CreatePhoneNumberOrder: 1, GetPhoneNumber: 2 });

    const readBack = await gateway.query(
      `query ($id: String!, $node: ID!) {
        phoneNumberOrder(phoneNumberOrderId: $id) { status orderedPhoneNumbers { e164PhoneNumber status } }
        node(id: $node) { ... on PhoneNumberOrder { phoneNumberOrderId } }
        phoneNumberOrders(first: 10) { nodes { phoneNumberOrderId } }
      }`,
      { id: order.phoneNumberOrderId, node: order.id },
    );
    expect(readBack.errors).toBeUndefined();
    expect(readBack.data!.phoneNumberOrder).toEqual({
      status: 'SUCCESSFUL',
      orderedPhoneNumbers: wanted.map((e164) => ({ e164PhoneNumber: e164, status: 'ACQUIRED' })),
    });
    expect(readBack.data!.node).toEqual({ phoneNumberOrderId: order.phoneNumberOrderId });
    expect(readBack.data!.phoneNumberOrders.nodes).toContainEqual({
      phoneNumberOrderId: order.phoneNumberOrderId,
    });
    const { PhoneNumberOrder } = await sdk.chime.send(
      new GetPhoneNumberOrderCommand({ PhoneNumberOrderId: order.phoneNumberOrderId }),
    );
    expect(PhoneNumberOrder?.Status).toBe('Successful');
    expect(PhoneNumberOrder?.CreatedTimestamp?.toISOString()).toBe(order.createdTimestamp);
    const { PhoneNumber } = await sdk.chime.send(new GetPhoneNumberCommand({ PhoneNumberId: wanted[0] }));
    expect(PhoneNumber?.Status).toBe('Unassigned');
  });

  it('reports a number already in the inventory as FAILED in a PARTIAL order', async () => {
    await orderNumbers(sdk.chime, ['+17185550100']);
    const result = await gateway.query(ORDER, {
      input: { productType: 'VOICE_CONNECTOR', e164PhoneNumbers: ['+17185550100', '17185550101'] },
    });
    expect(result.data!.orderPhoneNumbers.phoneNumberOrder).toMatchObject({
      status: 'PARTIAL',
      orderedPhoneNumbers: [
        { e164PhoneNumber: '+17185550100', status: 'FAILED', phoneNumber: null },
        {
          e164PhoneNumber: '17185550101',
          status: 'ACQUIRED',
          phoneNumber: { e164PhoneNumber: '+17185550101', productType: 'VOICE_CONNECTOR' },
        },
      ],
    });
  });

  it.each([
    [
      'the E.164 pattern',
      { productType: 'VOICE_CONNECTOR', e164PhoneNumbers: ['+12065550100', '+1 206 555 0101'] },
      ['input', 'e164PhoneNumbers', '1'],
      'e164PhoneNumbers[1] must match the pattern ^\\+?[1-9]\\d{1,14}$',
    ],
    [
      'toll-free numbers cannot take BUSINESS_CALLING',
      { productType: 'BUSINESS_CALLING', e164PhoneNumbers: ['+18005550100'] },
      ['input', 'e164PhoneNumbers', '0'],
      'e164PhoneNumbers[0]: toll-free number +18005550100 cannot have product type BUSINESS_CALLING',
    ],
    [
      'numbers outside the US must be SIP_MEDIA_APPLICATION_DIAL_IN',
      { productType: 'VOICE_CONNECTOR', e164PhoneNumbers: ['+442079460100'] },
      ['input', 'e164PhoneNumbers', '0'],
      'must have product type SIP_MEDIA_APPLICATION_DIAL_IN',
    ],
    [
      'at least one number',
      { productType: 'VOICE_CONNECTOR', e164PhoneNumbers: [] },
      ['input', 'e164PhoneNumbers'],
      'e164PhoneNumbers must have at least 1 item, got 0',
    ],
  ])('refuses an order that breaks %s, before any upstream call', async (_rule, input, field, message) => {
    const result = await gateway.query(ORDER, { input });
    expect(result.data!.orderPhoneNumbers).toEqual({
      phoneNumberOrder: null,
      userErrors: [{ field, code: 'INVALID', message: expect.stringContaining(message) }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers null for an unknown order', async () => {
    const result = await gateway.query(
      '{ phoneNumberOrder(phoneNumberOrderId: "00000000-0000-0000-0000-000000000000") { status } }',
    );
    expect(result).toEqual({ data: { phoneNumberOrder: null } });
  });
});
