import { defineOperation } from '../operation.ts';
import type { CandidateAddress, E911Address, E911ValidationResult } from '../shapes/e911-address.ts';

export interface ValidateE911AddressInput {
  AwsAccountId: string;
  StreetNumber: string;
  StreetInfo: string;
  City: string;
  State: string;
  Country: string;
  PostalCode: string;
}

export interface ValidateE911AddressOutput {
  ValidationResult?: E911ValidationResult;
  AddressExternalId?: string;
  Address?: E911Address;
  CandidateAddressList?: CandidateAddress[];
}

/**
 * Validates an address for 911 calls made through voice connectors; it changes nothing.
 * `POST /emergency-calling/address`
 */
export const ValidateE911Address = defineOperation<ValidateE911AddressInput, ValidateE911AddressOutput>({
  name: 'ValidateE911Address',
  group: 'voice',
  method: 'POST',
  path: '/emergency-calling/address',
  successStatus: 202,
});
