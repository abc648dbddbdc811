import {
  AssociatePhoneNumberWithUserCommand,
  BadRequestException,
  ConflictException,
  CreateAccountCommand,
  CreatePhoneNumberOrderCommand,
  CreateUserCommand,
  DeletePhoneNumberCommand,
  DisassociatePhoneNumberFromUserCommand,
  GetPhoneNumberCommand,
  GetUserCommand,
  ListPhoneNumbersCommand,
  NotFoundException,
  type PhoneNumberProductType,
  UpdatePhoneNumberCommand,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { associateNumber } from '../../src/chime-local/phone-numbers/associations.ts';
import { findNumberByE164 } from '../../src/chime-local/phone-numbers/inventory.ts';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();
let accountId: string;
let otherAccountId: string;
let alice: string;
let bob: string;
let carol: string;

beforeAll(async () => {
  accountId = (await chime.admin.send(new CreateAccountCommand({ Name: 'Numbers Inc' }))).Account!.AccountId!;
  otherAccountId = (await chime.admin.send(new CreateAccountCommand({ Name: 'Elsewhere' }))).Account!
    .AccountId!;
  const createUser = async (email: string) =>
    (await chime.admin.send(new CreateUserCommand({ AccountId: accountId, Email: email }))).User!.UserId!;
  alice = await createUser('alice@numbers.example.com');
  bob = await createUser('bob@numbers.example.com');
  carol = await createUser('carol@numbers.example.com');
  const order = (ProductType: PhoneNumberProductType, E164PhoneNumbers: string[]) =>
    chime.admin.send(new CreatePhoneNumberOrderCommand({ ProductType, E164PhoneNumbers }));
  await order('BusinessCalling', ['+12065550100', '+12065550101', '+12065550102', '+12065550103']);
  await order('VoiceConnector', ['+14155550100', '+14155550101']);
});

const associate = (userId: string, e164: string, account = accountId) =>
  chime.admin.send(
    new AssociatePhoneNumberWithUserCommand({ AccountId: account, UserId: userId, E164PhoneNumber: e164 }),
  );
const disassociate = (userId: string, account = accountId) =>
  chime.admin.send(new DisassociatePhoneNumberFromUserCommand({ AccountId: account, UserId: userId }));
const getUser = async (userId: string) =>
  (await chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: userId }))).User!;
const getNumber = async (id: string) =>
  (await chime.admin.send(new GetPhoneNumberCommand({ PhoneNumberId: id }))).PhoneNumber!;

async function expectError(promise: Promise<unknown>, type: new (...args: never[]) => Error, text: string) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(type);
  expect(error.message).toContain(text);
}

describe('AssociatePhoneNumberWithUser and DisassociatePhoneNumberFromUser', () => {
  it('assigns the number to the user, both ways, and frees it again', async () => {
    await associate(alice, '+12065550100');
    expect((await getUser(alice)).PrimaryProvisionedNumber).toBe('+12065550100');
    const assigned = await getNumber('+12065550100');
    expect(assigned.Status).toBe('Assigned');
    expect(assigned.Associations?.map(({ Name, Value }) => ({ Name, Value }))).toEqual([
      { Name: 'AccountId', Value: accountId },
      { Name: 'UserId', Value: alice },
    ]);
    expect(assigned.Associations?.[0]?.AssociatedTimestamp).toBeInstanceOf(Date);

    const listed = async (FilterName: 'AccountId' | 'UserId', FilterValue: string) =>
      (await chime.admin.send(new ListPhoneNumbersCommand({ FilterName, FilterValue }))).PhoneNumbers!.map(
        (number) => number.E164PhoneNumber,
      );
    expect(await listed('UserId', alice)).toEqual(['+12065550100']);
    expect(await listed('AccountId', accountId)).toEqual(['+12065550100']);
    const assignedList = await chime.admin.send(new ListPhoneNumbersCommand({ Status: 'Assigned' }));
    expect(assignedList.PhoneNumbers?.map((number) => number.E164PhoneNumber)).toEqual(['+12065550100']);

    // Associating the same pair again changes nothing.
    await associate(alice, '+12065550100');
    expect((await getNumber('+12065550100')).Associations).toHaveLength(2);

    await disassociate(alice);
    expect((await getUser(alice)).PrimaryProvisionedNumber).toBeUndefined();
    expect(await getNumber('+12065550100')).toMatchObject({ Status: 'Unassigned', Associations: [] });
    expect(await listed('UserId', alice)).toEqual([]);
  });

  it('refuses a number that is associated elsewhere, and a user who already has one', async () => {
    await associate(bob, '+12065550101');
    await expectError(associate(carol, '+12065550101'), ConflictException, bob);
    await expectError(associate(bob, '+12065550102'), ConflictException, '+12065550101');
    expect((await getUser(carol)).PrimaryProvisionedNumber).toBeUndefined();
    expect((await getNumber('+12065550102')).Status).toBe('Unassigned');

    await expectError(
      chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+12065550101' })),
      BadRequestException,
      'disassociate',
    );
    await expectError(
      chime.admin.send(
        new UpdatePhoneNumberCommand({ PhoneNumberId: '+12065550101', ProductType: 'VoiceConnector' }),
      ),
      ConflictException,
      'Assigned',
    );
  });

  it('refuses a number held by a voice connector, of another product type, or being deleted', async () => {
    associateNumber(
      chime.local.store,
      findNumberByE164(chime.local.store, '+14155550101')!,
      'VoiceConnectorId',
      'vc-1',
    );
    await expectError(associate(carol, '+14155550101'), ConflictException, 'VoiceConnectorId');
    await expectError(associate(carol, '+14155550100'), BadRequestException, 'ProductType');

    await chime.admin.send(new DeletePhoneNumberCommand({ PhoneNumberId: '+12065550103' }));
    await expectError(associate(carol, '+12065550103'), ConflictException, 'DeleteInProgress');
  });

  it('answers 404 for unknown numbers, users and accounts, and 400 for a bad number or no number', async () => {
    await expectError(associate(carol, '+12065559999'), NotFoundException, '+12065559999');
    await expectError(
      associate('00000000-0000-4000-8000-000000000000', '+12065550102'),
      NotFoundException,
      'User',
    );
    await expectError(associate(carol, '+12065550102', otherAccountId), NotFoundException, carol);
    await expectError(associate(carol, '206-555-0102'), BadRequestException, 'E164PhoneNumber');
    await expectError(disassociate(carol), BadRequestException, 'PrimaryProvisionedNumber');
    await expectError(disassociate(carol, otherAccountId), NotFoundException, carol);
  });
});
