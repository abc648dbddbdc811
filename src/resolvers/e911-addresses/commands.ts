import { ValidateE911Address } from '../../chime/operations/e911-addresses.ts';
import { brokenRule, parameterRule } from '../../chime/parameters.ts';
import type { CandidateAddress, E911Address } from '../../chime/shapes/e911-address.ts';
import type { RequestContext } from '../../context.ts';
import { validateThenRun } from '../shared/input-rules.ts';
import { invalid, type MutationResult } from '../shared/user-errors.ts';

/** Input of `validateE911Address`: an address, personal data that is sent and never logged. */
export interface ValidateE911AddressInput {
  awsAccountId: string;
  streetNumber: string;
  streetInfo: string;
  city: string;
  state: string;
  country: string;
  postalCode: string;
}

/** An address as the graph answers it (the upstream's camelCase parts, each null when absent). */
export type E911AddressModel = { [K in keyof Required<E911Address>]: string | null };

/** A suggested address as the graph answers it. */
export type CandidateAddressModel = { [K in keyof Required<CandidateAddress>]: string | null };

/** What ValidateE911Address found. */
export interface E911ValidationModel {
  /** 0: valid as given; 1: corrected (see `address`); 2: not close enough to validate. */
  validationResult: number | null;
  addressExternalId: string | null;
  address: E911AddressModel | null;
  candidateAddresses: CandidateAddressModel[];
}

const ADDRESS_PARTS = [
  'streetNumber',
  'preDirectional',
  'streetName',
  'streetSuffix',
  'postDirectional',
  'city',
  'state',
  'postalCode',
  'postalCodePlus4',
  'country',
] as const satisfies readonly (keyof E911Address)[];

const CANDIDATE_PARTS = [
  'streetNumber',
  'streetInfo',
  'city',
  'state',
  'postalCode',
  'postalCodePlus4',
  'country',
] as const satisfies readonly (keyof CandidateAddress)[];

/** Each part named in `parts`, null when the upstream left it out. */
function partsOf<K extends string>(parts: readonly K[], value: Partial<Record<K, string>>) {
  return Object.fromEntries(parts.map((part) => [part, value[part] ?? null])) as Record<K, string | null>;
}

/** The input members in the order the reference lists them, with the upstream member each fills. */
const MEMBERS = [
  ['awsAccountId', 'AwsAccountId'],
  ['streetNumber', 'StreetNumber'],
  ['streetInfo', 'StreetInfo'],
  ['city', 'City'],
  ['state', 'State'],
  ['country', 'Country'],
  ['postalCode', 'PostalCode'],
] as const;

/**
 * ValidateE911Address. Changes nothing; a mutation all the same, so that an address never travels
 * in a GET request's URL. Refusals name the member and never repeat the value.
 */
export function validateE911Address(
  ctx: RequestContext,
  input: ValidateE911AddressInput,
): Promise<MutationResult<{ validation: E911ValidationModel }>> {
  const userErrors = MEMBERS.flatMap(([field, member]) =>
    brokenRule(parameterRule(ValidateE911Address.name, member)!, input[field]) === null
      ? []
      : [invalid(['input', field], `${field} ${describeRule(member)}`)],
  );
  return validateThenRun(userErrors, { validation: null }, async () => {
    const out = await ctx.client.send(ValidateE911Address, {
      AwsAccountId: input.awsAccountId,
      StreetNumber: input.streetNumber,
      StreetInfo: input.streetInfo,
      City: input.city,
      State: input.state,
      Country: input.country,
      PostalCode: input.postalCode,
    });
    return {
      validation: {
        validationResult: out.ValidationResult ?? null,
        addressExternalId: out.AddressExternalId ?? null,
        address: out.Address ? partsOf(ADDRESS_PARTS, out.Address) : null,
        candidateAddresses: (out.CandidateAddressList ?? []).map((candidate) =>
          partsOf(CANDIDATE_PARTS, candidate),
        ),
      },
    };
  });
}

/** The rule a member breaks, without the value (an address is personal data). */
function describeRule(member: (typeof MEMBERS)[number][1]): string {
  return member === 'AwsAccountId'
    ? 'must be an AWS account id of 12 digits'
    : 'must hold at least one character that is not white space';
}
