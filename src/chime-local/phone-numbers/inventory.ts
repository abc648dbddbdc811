import { badRequest, conflict, notFound } from '../errors.ts';
import type { Store } from '../store.ts';
import { countryOf, isTollFree } from './numbering.ts';
import type { PhoneNumber, ProductType } from './state.ts';

/** What it takes to put a number in the inventory; the rest has defaults. */
export interface NewPhoneNumber {
  E164PhoneNumber: string;
  ProductType: ProductType;
  CallingName?: string;
}

/**
 * The service's PhoneNumberId for an E.164 number: the number itself, URI-encoded
 * (`+12065550100` → `%2B12065550100`), as the API reference's examples show it.
 */
export function phoneNumberIdOf(e164: string): string {
  return encodeURIComponent(e164);
}

/**
 * The inventory number with this PhoneNumberId, or undefined. Accepts the id as the
 * service issues it (`%2B1…`) and the bare E.164 number (`+1…`), which clients send
 * as often.
 */
export function findNumber(store: Store, phoneNumberId: string): PhoneNumber | undefined {
  const { numbers } = store.phoneNumbers;
  return numbers.get(phoneNumberId) ?? numbers.get(phoneNumberIdOf(safeDecode(phoneNumberId)));
}

/** The inventory number with this E.164 number (the `+` may be left out, as the pattern allows), or undefined. */
export function findNumberByE164(store: Store, e164: string): PhoneNumber | undefined {
  return store.phoneNumbers.numbers.get(phoneNumberIdOf(withPlus(e164)));
}

/** An E.164 number with its leading `+`, which the reference's pattern lets clients leave out. */
export function withPlus(e164: string): string {
  return e164.startsWith('+') ? e164 : `+${e164}`;
}

/** The inventory number with this PhoneNumberId; 404 NotFoundException when there is none. */
export function requireNumber(store: Store, phoneNumberId: string): PhoneNumber {
  const number = findNumber(store, phoneNumberId);
  if (!number) throw notFound(`PhoneNumber ${phoneNumberId} does not exist`);
  return number;
}

/**
 * Puts a number in the inventory, `Unassigned`, with its country and type worked
 * out from the number. Throws 409 ConflictException when it is already there and
 * 400 BadRequestException when its country is not one chime-local knows.
 */
export function addNumber(store: Store, number: NewPhoneNumber): PhoneNumber {
  const e164 = withPlus(number.E164PhoneNumber);
  if (findNumberByE164(store, e164)) throw conflict(`PhoneNumber ${e164} is already in the inventory`);
  const country = countryOf(e164);
  if (!country) throw badRequest(`E164PhoneNumber ${e164} is in no supported country`);
  const tollFree = isTollFree(e164);
  const now = store.now();
  const added: PhoneNumber = {
    PhoneNumberId: phoneNumberIdOf(e164),
    E164PhoneNumber: e164,
    Country: country,
    Type: tollFree ? 'TollFree' : 'Local',
    ProductType: number.ProductType,
    Status: 'Unassigned',
    Capabilities: {
      InboundCall: true,
      OutboundCall: true,
      InboundSMS: true,
      OutboundSMS: true,
      InboundMMS: !tollFree,
      OutboundMMS: !tollFree,
    },
    Associations: [],
    ...(number.CallingName
      ? { CallingName: number.CallingName, CallingNameStatus: 'UpdateSucceeded' as const }
      : { CallingNameStatus: 'Unassigned' as const }),
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
  };
  store.phoneNumbers.numbers.set(added.PhoneNumberId, added);
  return added;
}

/**
 * A number as a read answers it: a copy, so later changes don't leak into a response.
 * Reading completes a pending calling-name update (see `PhoneNumberState.pendingCallingNames`):
 * this read still reports `UpdateInProgress`, the next ones `UpdateSucceeded`.
 */
export function readNumber(store: Store, number: PhoneNumber): PhoneNumber {
  // Copied by hand: structuredClone cost more than the rest of a ListPhoneNumbers call.
  const copy: PhoneNumber = {
    ...number,
    Capabilities: { ...number.Capabilities },
    Associations: number.Associations.map((association) => ({ ...association })),
  };
  if (store.phoneNumbers.pendingCallingNames.delete(number.PhoneNumberId))
    number.CallingNameStatus = 'UpdateSucceeded';
  return copy;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
