import {
  BadRequestException,
  BatchDeletePhoneNumberCommand,
  BatchUpdatePhoneNumberCommand,
  ConflictException,
  CreatePhoneNumberOrderCommand,
  DeletePhoneNumberCommand,
  GetPhoneNumberCommand,
  GetPhoneNumberOrderCommand,
  ListPhoneNumberOrdersCommand,
  ListPhoneNumbersCommand,
  type ListPhoneNumbersCommandInput,
  NotFoundException,
  type PhoneNumber,
  type PhoneNumberProductType,
  paginateListPhoneNumberOrders,
  paginateListPhoneNumbers,
  RestorePhoneNumberCommand,
  SearchAvailablePhoneNumbersCommand,
  type SearchAvailablePhoneNumbersCommandInput,
  UpdatePhoneNumberCommand,
} from '@aws-sdk/client-chime';
import { describe, expect, it } from 'vitest';
import { associateNumber } from '../../src/chime-local/phone-numbers/associations.ts';
import { findNumberByE164 } from '../../src/chime-local/phone-numbers/inventory.ts';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();

/** `count` consecutive numbers of an area code on the 555 exchange, from line `first`. */
const numbers = (areaCode: string, first: number, count: number) =>
  Array.from({ length: count }, (_, index) => `+1${areaCode}555${String(first + index).padStart(4, '0')}`);

async function order(productType: PhoneNumberProductType, e164s: string[]) {
  const { PhoneNumberOrder } = await chime.admin.send(
    new CreatePhoneNumberOrderCommand({ ProductType: productType, E164PhoneNumbers: e164s }),
  );
  return PhoneNumberOrder!;
}

async function getNumber(id: string): Promise<PhoneNumber> {
  const { PhoneNumber } = await chime.admin.send(new GetPhoneNumberCommand({ PhoneNumberId: id }));
  return PhoneNumber!;
}

/** Asserts that a call fails with `type` and that the message names `parameter`. */
async function expectError(
  promise: Promise<unknown>,
  type: new (...args: never[]) => Error,
  parameter: string,
) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(type);
  expect(error.message).toContain(parameter);
  return error;
}

describe('SearchAvailablePhoneNumbers', () => {
  it('makes up numbers in the area code, in order, as many as asked, and pages on', async () => {
    const first = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ AreaCode: '206', MaxResults: 3 }),
    );
    expect(first.E164PhoneNumbers).toEqual(numbers('206', 100, 3));
    expect(first.NextToken).toBeDefined();
    const second = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ AreaCode: '206', MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.E164PhoneNumbers).toEqual(numbers('206', 103, 2));
  });

  it('never offers a number already in the inventory', async () => {
    await order('BusinessCalling', numbers('207', 100, 2));
    const { E164PhoneNumbers } = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ AreaCode: '207', MaxResults: 2 }),
    );
    expect(E164PhoneNumbers).toEqual(numbers('207', 102, 2));
  });

  it('filters by toll-free prefix, state and country', async () => {
    const tollFree = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ TollFreePrefix: '844', MaxResults: 500 }),
    );
    expect(tollFree.E164PhoneNumbers).toHaveLength(500);
    expect(tollFree.E164PhoneNumbers!.every((e164) => e164.startsWith('+1844555'))).toBe(true);

    const washington = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ State: 'WA', City: 'Seattle', MaxResults: 5 }),
    );
    expect(washington.E164PhoneNumbers).toEqual(numbers('206', 100, 5));

    const britain = await chime.admin.send(
      new SearchAvailablePhoneNumbersCommand({ Country: 'GB', PhoneNumberType: 'Local', MaxResults: 2 }),
    );
    expect(britain.E164PhoneNumbers).toEqual(['+442079460000', '+442079460001']);
  });

  it('rejects filters that break the rules, naming the parameter', async () => {
    const search = (input: SearchAvailablePhoneNumbersCommandInput) =>
      chime.admin.send(new SearchAvailablePhoneNumbersCommand(input));
    await expectError(search({ AreaCode: '206', MaxResults: 501 }), BadRequestException, 'MaxResults');
    await expectError(search({ AreaCode: '206', MaxResults: 0 }), BadRequestException, 'MaxResults');
    await expectError(search({ TollFreePrefix: '812' }), BadRequestException, 'TollFreePrefix');
    await expectError(search({ AreaCode: '12' }), BadRequestException, 'AreaCode');
    await expectError(search({ City: 'Seattle' }), BadRequestException, 'State');
    await expectError(search({ AreaCode: '800' }), BadRequestException, 'TollFreePrefix');
    await expectError(
      search({ TollFreePrefix: '844', AreaCode: '206' }),
      BadRequestException,
      'TollFreePrefix',
    );
    await expectError(
      search({ TollFreePrefix: '844', PhoneNumberType: 'Local' }),
      BadRequestException,
      'PhoneNumberType',
    );
    await expectError(
      search({ AreaCode: '206', PhoneNumberType: 'TollFree' }),
      BadRequestException,
      'PhoneNumberType',
    );
    await expectError(search({ Country: 'GB' }), BadRequestException, 'PhoneNumberType');
    await expectError(
      search({ Country: 'GB', PhoneNumberType: 'Local', AreaCode: '206' }),
      BadRequestException,
      'AreaCode',
    );
    await expectError(search({ Country: 'usa', AreaCode: '206' }), BadRequestException, 'Country');
    await expectError(search({}), BadRequestException, 'AreaCode');
  });
});

describe('phone number orders', () => {
  it('completes an order at once and puts its numbers in the inventory, unassigned', async () => {
    const placed = await order('VoiceConnector', numbers('303', 100, 2));
    expect(placed).toMatchObject({
      ProductType: 'VoiceConnector',
      Status: 'Successful',
      OrderedPhoneNumbers: numbers('303', 100, 2).map((e164) => ({
        E164PhoneNumber: e164,
        Status: 'Acquired',
      })),
    });
    expect(placed.CreatedTimestamp).toBeInstanceOf(Date);

    const { PhoneNumberOrder } = await chime.admin.send(
      new GetPhoneNumberOrderCommand({ PhoneNumberOrderId: placed.PhoneNumberOrderId }),
    );
    expect(PhoneNumberOrder).toEqual(placed);

    const number = await getNumber('+13035550100');
    expect(number).toMatchObject({
      PhoneNumberId: '%2B13035550100',
      E164PhoneNumber: '+13035550100',
      Country: 'US',
      Type: 'Local',
      ProductType: 'VoiceConnector',
      Status: 'Unassigned',
      Associations: [],
    });
  });

  it('fails only the numbers already in the inventory', async () => {
    await order('BusinessCalling', ['+13125550100']);
    const partial = await order('BusinessCalling', ['+13125550100', '+13125550101']);
    expect(partial.Status).toBe('Partial');
    expect(partial.OrderedPhoneNumbers).toEqual([
      { E164PhoneNumber: '+13125550100', Status: 'Failed' },
      { E164PhoneNumber: '+13125550101', Status: 'Acquired' },
    ]);
    const failed = await order('BusinessCalling', ['+13125550101']);
    expect(failed.Status).toBe('Failed');
  });

  it('lists every order exactly once across pages', async () => {
    const placed = [
      await order('BusinessCalling', ['+13135550100']),
      await order('BusinessCalling', ['+13135550101']),
    ];
    const seen: string[] = [];
    for await (const page of paginateListPhoneNumberOrders({ client: chime.admin, pageSize: 1 }, {})) {
      expect(page.PhoneNumberOrders!.length).toBeLessThanOrEqual(1);
      seen.push(...page.PhoneNumberOrders!.map((listed) => listed.PhoneNumberOrderId!));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(placed.map((placedOrder) => placedOrder.PhoneNumberOrderId)));
    expect(seen).toEqual([...chime.local.store.phoneNumbers.orders.keys()]);
  });

  it('rejects bad orders and unknown ids', async () => {
    await expectError(
      order('Fax' as PhoneNumberProductType, ['+13145550100']),
      BadRequestException,
      'ProductType',
    );
    await expectError(order('BusinessCalling', ['+1314-555']), BadRequestException, 'E164PhoneNumbers[0]');
    await expectError(order('BusinessCalling', []), BadRequestException, 'E164PhoneNumbers');
    const tollFree = await expectError(
      order('BusinessCalling', ['+18445550100']),
      BadRequestException,
      'E164PhoneNumbers[0]',
    );
    expect(tollFree.message).toContain('BusinessCalling');
    await expectError(
      order('VoiceConnector', ['+442079460100']),
      BadRequestException,
      'SipMediaApplicationDialIn',
    );
    await expectError(
      chime.admin.send(new ListPhoneNumberOrdersCommand({ MaxResults: 100 })),
      BadRequestException,
      'MaxResults',
    );
    await expectError(
      chime.admin.send(new GetPhoneNumberOrderCommand({ PhoneNumberOrderId: 'not-an-order' })),
      BadRequestException,
      'PhoneNumberOrderId',
    );
    await expectError(
      chime.admin.send(
        new GetPhoneNumberOrderCommand({ PhoneNumberOrderId: '00000000-0000-4000-8000-000000000000' }),
      ),
      NotFoundException,
      '00000000-0000-4000-8000-000000000000',
    );
  });
});

describe('GetPhoneNumber and ListPhoneNumbers', () => {
  it('finds a number by its PhoneNumberId or by its E.164 number', async () => {
    await order('BusinessCalling', ['+14045550100']);
    const byE164 = await getNumber('+14045550100');
    const byId = await getNumber(byE164.PhoneNumberId!);
    expect(byId).toEqual(byE164);
    await expectError(getNumber('+14045559999'), NotFoundException, '+14045559999');
  });

  it('pages through the inventory, every number exactly once', async () => {
    await order('SipMediaApplicationDialIn', numbers('720', 100, 23));
    const expected = [...chime.local.store.phoneNumbers.numbers.values()].map(
      (number) => number.PhoneNumberId,
    );
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListPhoneNumbers({ client: chime.admin, pageSize: 7 }, {})) {
      pages += 1;
      expect(page.PhoneNumbers!.length).toBeLessThanOrEqual(7);
      seen.push(...page.PhoneNumbers!.map((number) => number.PhoneNumberId!));
    }
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(seen).toEqual(expected);
  });

  it('filters by product type, status and association', async () => {
    const list = async (input: ListPhoneNumbersCommandInput) =>
      (await chime.admin.send(new ListPhoneNumbersCommand({ MaxResults: 99, ...input }))).PhoneNumbers!;
    const sipNumbers = await list({ ProductType: 'SipMediaApplicationDialIn' });
    expect(sipNumbers.map((number) => number.E164PhoneNumber)).toEqual(numbers('720', 100, 23));

    await chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+17205550122' }));
    const deleted = await list({ Status: 'DeleteInProgress', ProductType: 'SipMediaApplicationDialIn' });
    expect(deleted.map((number) => number.E164PhoneNumber)).toEqual(['+17205550122']);

    // No SIP rule routes here: associate through the shared helper the voice area uses.
    associateNumber(
      chime.local.store,
      findNumberByE164(chime.local.store, '+17205550121')!,
      'SipRuleId',
      'rule-1',
    );
    const bySipRule = await list({ FilterName: 'SipRuleId', FilterValue: 'rule-1' });
    expect(bySipRule.map((number) => number.E164PhoneNumber)).toEqual(['+17205550121']);
    expect(await list({ FilterName: 'SipRuleId', FilterValue: 'rule-2' })).toEqual([]);
  });

  it('rejects bad filters, naming the parameter', async () => {
    const list = (input: ListPhoneNumbersCommandInput) =>
      chime.admin.send(new ListPhoneNumbersCommand(input));
    await expectError(list({ MaxResults: 100 }), BadRequestException, 'MaxResults');
    await expectError(list({ Status: 'Lost' as never }), BadRequestException, 'Status');
    await expectError(list({ ProductType: 'Fax' as never }), BadRequestException, 'ProductType');
    await expectError(
      list({ FilterName: 'Email' as never, FilterValue: 'x' }),
      BadRequestException,
      'FilterName',
    );
    await expectError(list({ FilterName: 'UserId' }), BadRequestException, 'FilterValue');
    await expectError(list({ FilterValue: 'x' }), BadRequestException, 'FilterName');
  });
});

describe('UpdatePhoneNumber', () => {
  const update = (id: string, input: { ProductType?: PhoneNumberProductType; CallingName?: string }) =>
    chime.admin.send(new UpdatePhoneNumberCommand({ PhoneNumberId: id, ...input }));

  it('takes a calling name: in progress until the number is next read, then succeeded', async () => {
    await order('BusinessCalling', ['+15035550100']);
    const { PhoneNumber } = await update('+15035550100', { CallingName: 'Acme Sales' });
    expect(PhoneNumber).toMatchObject({ CallingName: 'Acme Sales', CallingNameStatus: 'UpdateInProgress' });

    await expectError(update('+15035550100', { CallingName: 'Other' }), ConflictException, 'in progress');

    expect((await getNumber('+15035550100')).CallingNameStatus).toBe('UpdateInProgress');
    expect(await getNumber('+15035550100')).toMatchObject({
      CallingName: 'Acme Sales',
      CallingNameStatus: 'UpdateSucceeded',
    });
    const again = await update('+15035550100', { CallingName: 'Acme' });
    expect(again.PhoneNumber?.CallingName).toBe('Acme');
  });

  it('changes the product type of an unassigned number', async () => {
    await order('BusinessCalling', ['+15035550101']);
    const { PhoneNumber } = await update('+15035550101', { ProductType: 'VoiceConnector' });
    expect(PhoneNumber?.ProductType).toBe('VoiceConnector');
    expect((await getNumber('+15035550101')).ProductType).toBe('VoiceConnector');
  });

  it('rejects updates that break the rules', async () => {
    await order('VoiceConnector', ['+18775550100']);
    const both = await expectError(
      update('+15035550101', { ProductType: 'BusinessCalling', CallingName: 'Acme' }),
      BadRequestException,
      'ProductType',
    );
    expect(both.message).toContain('CallingName');
    await expectError(update('+15035550101', {}), BadRequestException, 'ProductType');
    await expectError(update('+15035550101', { CallingName: 'A' }), BadRequestException, 'CallingName');
    await expectError(update('+15035550101', { CallingName: 'Acme!' }), BadRequestException, 'CallingName');
    await expectError(
      update('+15035550101', { CallingName: 'A'.repeat(16) }),
      BadRequestException,
      'CallingName',
    );
    await expectError(
      update('+15035550101', { ProductType: 'Fax' as never }),
      BadRequestException,
      'ProductType',
    );
    const tollFree = await expectError(
      update('+18775550100', { ProductType: 'BusinessCalling' }),
      BadRequestException,
      'ProductType',
    );
    expect(tollFree.message).toContain('toll-free');
    await expectError(update('+15035559999', { CallingName: 'Acme' }), NotFoundException, '+15035559999');
  });
});

describe('BatchUpdatePhoneNumber', () => {
  it('applies the valid items and reports the others per number', async () => {
    await order('BusinessCalling', numbers('541', 100, 2));
    await order('VoiceConnector', ['+18665550100']);
    const { PhoneNumberErrors } = await chime.admin.send(
      new BatchUpdatePhoneNumberCommand({
        UpdatePhoneNumberRequestItems: [
          { PhoneNumberId: '+15415550100', CallingName: 'Front Desk' },
          { PhoneNumberId: '%2B15415550101', ProductType: 'VoiceConnector' },
          { PhoneNumberId: '+15415559999', CallingName: 'Nobody' },
          { PhoneNumberId: '+18665550100', ProductType: 'BusinessCalling' },
        ],
      }),
    );
    expect(PhoneNumberErrors).toEqual([
      { PhoneNumberId: '+15415559999', ErrorCode: 'NotFound', ErrorMessage: expect.any(String) },
      {
        PhoneNumberId: '+18665550100',
        ErrorCode: 'BadRequest',
        ErrorMessage: expect.stringContaining('toll-free'),
      },
    ]);
    // Before any read completes it, the calling-name update is still in progress.
    const conflicted = await chime.admin.send(
      new BatchUpdatePhoneNumberCommand({
        UpdatePhoneNumberRequestItems: [{ PhoneNumberId: '+15415550100', CallingName: 'Lobby' }],
      }),
    );
    expect(conflicted.PhoneNumberErrors).toEqual([
      {
        PhoneNumberId: '+15415550100',
        ErrorCode: 'Conflict',
        ErrorMessage: expect.stringContaining('in progress'),
      },
    ]);

    expect(await getNumber('+15415550100')).toMatchObject({
      CallingName: 'Front Desk',
      CallingNameStatus: 'UpdateInProgress',
    });
    expect((await getNumber('+15415550101')).ProductType).toBe('VoiceConnector');
    expect((await getNumber('+18665550100')).ProductType).toBe('VoiceConnector');
  });

  it('rejects a malformed item before changing anything, naming it', async () => {
    await order('BusinessCalling', ['+15415550102']);
    await expectError(
      chime.admin.send(
        new BatchUpdatePhoneNumberCommand({
          UpdatePhoneNumberRequestItems: [
            { PhoneNumberId: '+15415550102', CallingName: 'Valid Name' },
            { PhoneNumberId: '+15415550102', ProductType: 'BusinessCalling', CallingName: 'Both' },
          ],
        }),
      ),
      BadRequestException,
      'UpdatePhoneNumberRequestItems[1].ProductType',
    );
    await expectError(
      chime.admin.send(
        new BatchUpdatePhoneNumberCommand({
          UpdatePhoneNumberRequestItems: [{ PhoneNumberId: '+15415550102', CallingName: '#1' }],
        }),
      ),
      BadRequestException,
      'UpdatePhoneNumberRequestItems[0].CallingName',
    );
    expect((await getNumber('+15415550102')).CallingName).toBeUndefined();
  });
});

describe('DeletePhoneNumber, BatchDeletePhoneNumber and RestorePhoneNumber', () => {
  it('moves a number to the deletion queue and back', async () => {
    await order('BusinessCalling', ['+16175550100']);
    await chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+16175550100' }));
    const deleted = await getNumber('+16175550100');
    expect(deleted.Status).toBe('DeleteInProgress');
    expect(deleted.DeletionTimestamp).toBeInstanceOf(Date);

    await expectError(
      chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+16175550100' })),
      BadRequestException,
      'deletion queue',
    );
    const { PhoneNumber } = await chime.admin.send(
      new RestorePhoneNumberCommand({ PhoneNumberId: '+16175550100' }),
    );
    expect(PhoneNumber?.Status).toBe('Unassigned');
    expect(PhoneNumber?.DeletionTimestamp).toBeUndefined();
    expect((await getNumber('+16175550100')).Status).toBe('Unassigned');

    await expectError(
      chime.admin.send(new RestorePhoneNumberCommand({ PhoneNumberId: '+16175550100' })),
      BadRequestException,
      'not in the deletion queue',
    );
    await expectError(
      chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+16175559999' })),
      NotFoundException,
      '+16175559999',
    );
  });

  it('deletes in a batch and reports the numbers it cannot delete', async () => {
    await order('BusinessCalling', numbers('617', 101, 2));
    await chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+16175550102' }));
    const { PhoneNumberErrors } = await chime.admin.send(
      new BatchDeletePhoneNumberCommand({ PhoneNumberIds: ['+16175550101', '+16175550102', '+16175559998'] }),
    );
    expect(PhoneNumberErrors).toEqual([
      { PhoneNumberId: '+16175550102', ErrorCode: 'BadRequest', ErrorMessage: expect.any(String) },
      { PhoneNumberId: '+16175559998', ErrorCode: 'NotFound', ErrorMessage: expect.any(String) },
    ]);
    expect((await getNumber('+16175550101')).Status).toBe('DeleteInProgress');
    await expectError(
      chime.admin.send(new BatchDeletePhoneNumberCommand({ PhoneNumberIds: [] })),
      BadRequestException,
      'PhoneNumberIds',
    );
  });
});
