import { badRequest, conflict, notFound, ServiceError } from '../errors.ts';
import type { Store } from '../store.ts';
import type { AssociationName, PhoneNumber, ProductType } from './state.ts';

/**
 * The associations that own a number: a number serves one user, voice connector,
 * voice connector group or SIP rule at a time. (`AccountId` only ever rides along
 * with `UserId`.)
 */
export type OwnerAssociation = Exclude<AssociationName, 'AccountId'>;

/** The product type a number needs to be associated with each kind of owner. */
const PRODUCT_TYPE_FOR: Record<OwnerAssociation, ProductType> = {
  UserId: 'BusinessCalling',
  VoiceConnectorId: 'VoiceConnector',
  VoiceConnectorGroupId: 'VoiceConnector',
  SipRuleId: 'SipMediaApplicationDialIn',
};

/** Options for `associateNumber`. */
export interface AssociateOptions {
  /** Drop the number's existing association instead of refusing (voice connectors' ForceAssociate). */
  force?: boolean;
}

/**
 * Associates an inventory number with a user, voice connector, voice connector group or
 * SIP rule, and makes it `Assigned`. For `UserId` the user must exist in the admin
 * store; the number also gets the user's `AccountId` association and becomes the
 * user's `PrimaryProvisionedNumber`, so both directions stay consistent.
 *
 * Associating again with the same owner changes nothing. Throws (as ServiceErrors, so
 * batch operations can turn them into PhoneNumberErrors with `phoneNumberError`):
 * - 409 ConflictException: the number is associated elsewhere (unless `force`), it is
 *   not in service (e.g. `DeleteInProgress`), or the user already has another number;
 * - 400 BadRequestException: the number's ProductType does not fit the owner;
 * - 404 NotFoundException: the user does not exist.
 */
export function associateNumber(
  store: Store,
  number: PhoneNumber,
  name: OwnerAssociation,
  value: string,
  options: AssociateOptions = {},
): void {
  const e164 = number.E164PhoneNumber;
  if (number.Status !== 'Unassigned' && number.Status !== 'Assigned')
    throw conflict(`PhoneNumber ${e164} is ${number.Status} and cannot be associated`);
  const owner = ownerOf(number);
  if (owner?.Name === name && owner.Value === value) return;
  if (owner && !options.force)
    throw conflict(`PhoneNumber ${e164} is already associated with ${owner.Name} ${owner.Value}`);
  const productType = PRODUCT_TYPE_FOR[name];
  if (number.ProductType !== productType)
    throw badRequest(
      `PhoneNumber ${e164} has ProductType ${number.ProductType}; a ${name} association needs ${productType}`,
    );

  const user = name === 'UserId' ? store.admin.users.get(value) : undefined;
  if (name === 'UserId') {
    if (!user) throw notFound(`User ${value} does not exist`);
    const current = user.PrimaryProvisionedNumber;
    if (current && current !== e164)
      throw conflict(`User ${value} already has PrimaryProvisionedNumber ${current}; disassociate it first`);
  }

  if (owner) releaseNumber(store, number);
  const now = store.now();
  if (user) {
    number.Associations.push({ Name: 'AccountId', Value: user.AccountId, AssociatedTimestamp: now });
    user.PrimaryProvisionedNumber = e164;
  }
  number.Associations.push({ Name: name, Value: value, AssociatedTimestamp: now });
  number.Status = 'Assigned';
  number.UpdatedTimestamp = now;
}

/**
 * Removes a number's `name` association (and, for `UserId`, its `AccountId` association
 * and the user's `PrimaryProvisionedNumber`); the number becomes `Unassigned`. When
 * `value` is given the association must name it. Throws 400 BadRequestException when
 * the number has no such association.
 */
export function disassociateNumber(
  store: Store,
  number: PhoneNumber,
  name: OwnerAssociation,
  value?: string,
): void {
  const owner = ownerOf(number);
  if (owner?.Name !== name || (value !== undefined && owner.Value !== value))
    throw badRequest(
      `PhoneNumber ${number.E164PhoneNumber} is not associated with ${name}${value === undefined ? '' : ` ${value}`}`,
    );
  releaseNumber(store, number);
}

/** The inventory numbers associated with `name` = `value` (e.g. a voice connector's numbers), in inventory order. */
export function numbersAssociatedWith(store: Store, name: AssociationName, value: string): PhoneNumber[] {
  return [...store.phoneNumbers.numbers.values()].filter((number) =>
    number.Associations.some((association) => association.Name === name && association.Value === value),
  );
}

/** The association that owns a number (user, voice connector, group or SIP rule), if any. */
export function ownerOf(number: PhoneNumber): { Name: OwnerAssociation; Value: string } | undefined {
  const owner = number.Associations.find((association) => association.Name !== 'AccountId');
  return owner && { Name: owner.Name as OwnerAssociation, Value: owner.Value };
}

/** One member of a batch operation's `PhoneNumberErrors`. */
export interface PhoneNumberError {
  PhoneNumberId: string;
  ErrorCode: string;
  ErrorMessage: string;
}

/**
 * Turns the ServiceError that failed one number of a batch into its PhoneNumberError
 * (`ConflictException` → ErrorCode `Conflict`, …); anything else is rethrown.
 */
export function phoneNumberError(phoneNumberId: string, error: unknown): PhoneNumberError {
  if (!(error instanceof ServiceError)) throw error;
  return {
    PhoneNumberId: phoneNumberId,
    ErrorCode: error.code.replace(/Exception$/, ''),
    ErrorMessage: error.message,
  };
}

/** Drops every association of a number, keeping the user's side consistent. */
function releaseNumber(store: Store, number: PhoneNumber): void {
  for (const association of number.Associations) {
    if (association.Name !== 'UserId') continue;
    const user = store.admin.users.get(association.Value);
    if (user?.PrimaryProvisionedNumber === number.E164PhoneNumber) delete user.PrimaryProvisionedNumber;
  }
  number.Associations = [];
  number.Status = 'Unassigned';
  number.UpdatedTimestamp = store.now();
}
