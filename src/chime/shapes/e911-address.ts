/** An address as ValidateE911Address answers it, split into its parts. */
export interface E911Address {
  streetNumber?: string;
  preDirectional?: string;
  streetName?: string;
  streetSuffix?: string;
  postDirectional?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  postalCodePlus4?: string;
  country?: string;
}

/** An address ValidateE911Address suggests instead of the one it was given. */
export interface CandidateAddress {
  streetNumber?: string;
  streetInfo?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  postalCodePlus4?: string;
  country?: string;
}

/** ValidationResult: 0 valid as given, 1 corrected, 2 not close enough to validate. */
export type E911ValidationResult = 0 | 1 | 2;
