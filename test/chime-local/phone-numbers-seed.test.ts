import {
  GetUserCommand,
  ListAccountsCommand,
  ListPhoneNumberOrdersCommand,
  type PhoneNumber,
  paginateListPhoneNumbers,
} from '@aws-sdk/client-chime';
import { describe, expect, it } from 'vitest';
import { useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal('demo');

async function allNumbers(input: { FilterName?: 'AccountId'; FilterValue?: string } = {}) {
  const numbers: PhoneNumber[] = [];
  for await (const page of paginateListPhoneNumbers({ client: chime.admin, pageSize: 99 }, input))
    numbers.push(...page.PhoneNumbers!);
  return numbers;
}

describe('the demo phone numbers', () => {
  it("give Example Corp's first 120 users a BusinessCalling number each, consistent both ways", async () => {
    const { Accounts } = await chime.admin.send(new ListAccountsCommand({ Name: 'Example Corp' }));
    const accountId = Accounts![0]!.AccountId!;
    const owned = await allNumbers({ FilterName: 'AccountId', FilterValue: accountId });
    expect(owned).toHaveLength(120);
    expect(new Set(owned.map((number) => number.E164PhoneNumber)).size).toBe(120);
    for (const number of owned.slice(0, 5)) {
      expect(number).toMatchObject({ ProductType: 'BusinessCalling', Status: 'Assigned' });
      const userId = number.Associations!.find((association) => association.Name === 'UserId')!.Value!;
      const { User } = await chime.admin.send(new GetUserCommand({ AccountId: accountId, UserId: userId }));
      expect(User?.PrimaryProvisionedNumber).toBe(number.E164PhoneNumber);
    }
  });

  it('hold voice connector numbers, unassigned business numbers, toll-free numbers and one completed order', async () => {
    const numbers = await allNumbers();
    const voiceConnector = numbers.filter((number) => number.ProductType === 'VoiceConnector');
    expect(voiceConnector.filter((number) => number.Type === 'Local')).toHaveLength(140);
    expect(voiceConnector.filter((number) => number.Type === 'TollFree')).toHaveLength(4);
    const spareBusiness = numbers.filter(
      (number) => number.ProductType === 'BusinessCalling' && number.Status === 'Unassigned',
    );
    expect(spareBusiness).toHaveLength(6);
    expect(numbers.every((number) => number.E164PhoneNumber!.startsWith('+1'))).toBe(true);

    const { PhoneNumberOrders } = await chime.admin.send(new ListPhoneNumberOrdersCommand({}));
    expect(PhoneNumberOrders).toHaveLength(1);
    expect(PhoneNumberOrders![0]).toMatchObject({ ProductType: 'BusinessCalling', Status: 'Successful' });
    expect(PhoneNumberOrders![0]!.OrderedPhoneNumbers!.map((ordered) => ordered.E164PhoneNumber)).toEqual(
      spareBusiness.map((number) => number.E164PhoneNumber),
    );
  });
});
