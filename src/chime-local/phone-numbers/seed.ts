import { usersOf } from '../admin/records.ts';
import { DEMO_ACCOUNT_NAMES } from '../admin/seed.ts';
import { seedUuid } from '../seed-ids.ts';
import type { Store } from '../store.ts';
import { associateNumber } from './associations.ts';
import { addNumber } from './inventory.ts';
import { usNumbersIn } from './numbering.ts';
import { placeOrder } from './orders.ts';

/** Demo timestamps, fixed so that the data set is the same on every start. */
const ACQUIRED_AT = '2024-01-09T09:00:00.000Z';
const ASSIGNED_AT = '2024-01-09T10:00:00.000Z';

/** `count` numbers of an area code, from `+1 AAA 555 0100` on. */
const numbersOf = (areaCode: string, count: number) => usNumbersIn(areaCode).slice(0, count);

/**
 * Adds the demo phone numbers (runs after the admin seed):
 * - 120 BusinessCalling numbers (206 and 425), one for each of Example Corp's first 120 users;
 * - 140 VoiceConnector numbers (415 and 212), unassigned, for the voice seed to associate;
 * - 6 unassigned BusinessCalling numbers (312), acquired by one completed order;
 * - 4 unassigned toll-free numbers (844 and 888) as VoiceConnector numbers, since the
 *   service does not allow toll-free numbers the BusinessCalling product type.
 */
export function seedPhoneNumbers(store: Store): void {
  const exampleCorp = [...store.admin.accounts.values()].find(
    (account) => account.Name === DEMO_ACCOUNT_NAMES.exampleCorp,
  );
  const users = exampleCorp ? usersOf(store, exampleCorp.AccountId).slice(0, 120) : [];
  const userNumbers = [...numbersOf('206', 60), ...numbersOf('425', 60)];
  users.forEach((user, index) => {
    const number = addNumber(store, { E164PhoneNumber: userNumbers[index]!, ProductType: 'BusinessCalling' });
    associateNumber(store, number, 'UserId', user.UserId);
  });

  for (const e164 of [...numbersOf('415', 70), ...numbersOf('212', 70)])
    addNumber(store, { E164PhoneNumber: e164, ProductType: 'VoiceConnector' });

  const order = placeOrder(store, 'BusinessCalling', numbersOf('312', 6), seedUuid('phone number order 312'));
  order.CreatedTimestamp = ACQUIRED_AT;
  order.UpdatedTimestamp = ACQUIRED_AT;

  for (const e164 of [...numbersOf('844', 2), ...numbersOf('888', 2)])
    addNumber(store, { E164PhoneNumber: e164, ProductType: 'VoiceConnector' });

  for (const number of store.phoneNumbers.numbers.values()) {
    number.CreatedTimestamp = ACQUIRED_AT;
    number.UpdatedTimestamp = number.Associations.length > 0 ? ASSIGNED_AT : ACQUIRED_AT;
    for (const association of number.Associations) association.AssociatedTimestamp = ASSIGNED_AT;
  }
}
