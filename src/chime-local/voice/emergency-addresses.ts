import { createHash } from 'node:crypto';
import { forbidden } from '../errors.ts';
import type { Route } from '../router.ts';
import { LOCAL_AWS_ACCOUNT_ID } from '../store.ts';
import { requiredString } from '../validate.ts';
import { NOT_BLANK } from './lookup.ts';

const SUFFIXES: Readonly<Record<string, string>> = {
  STREET: 'ST',
  ST: 'ST',
  AVENUE: 'AVE',
  AVE: 'AVE',
  ROAD: 'RD',
  RD: 'RD',
  BOULEVARD: 'BLVD',
  BLVD: 'BLVD',
  DRIVE: 'DR',
  DR: 'DR',
  LANE: 'LN',
  LN: 'LN',
  WAY: 'WAY',
};

const DIRECTIONALS: Readonly<Record<string, string>> = {
  NORTH: 'N',
  N: 'N',
  SOUTH: 'S',
  S: 'S',
  EAST: 'E',
  E: 'E',
  WEST: 'W',
  W: 'W',
  NE: 'NE',
  NW: 'NW',
  SE: 'SE',
  SW: 'SW',
};

const POSTAL_CODE = /^(\d{5})(?:-(\d{4}))?$/;

/**
 * A street as the service splits it: `north 8th avenue` → pre-directional N, name 8TH, suffix AVE.
 * Words are upper-cased and the known suffixes and directionals abbreviated.
 */
function splitStreet(streetInfo: string) {
  const words = streetInfo.trim().toUpperCase().split(/\s+/);
  const preDirectional =
    words.length > 1 && DIRECTIONALS[words[0]!] ? DIRECTIONALS[words.shift()!] : undefined;
  const postDirectional =
    words.length > 1 && DIRECTIONALS[words.at(-1)!] ? DIRECTIONALS[words.pop()!] : undefined;
  const streetSuffix = words.length > 1 && SUFFIXES[words.at(-1)!] ? SUFFIXES[words.pop()!] : undefined;
  return { preDirectional, streetName: words.join(' '), streetSuffix, postDirectional };
}

/**
 * ValidateE911Address, as a deterministic stand-in for the service's address database: a US
 * address with a ZIP code validates, upper-cased and abbreviated; when that changed anything it
 * counts as corrected (1) and the corrected form is the one candidate; any other is not
 * validated (2). Errors never repeat the address.
 */
export const emergencyAddressRoutes: Route[] = [
  {
    operation: 'ValidateE911Address',
    method: 'POST',
    path: '/emergency-calling/address',
    handle: ({ body }) => {
      const member = (name: string) => requiredString(body[name], name, { pattern: NOT_BLANK });
      const awsAccountId = member('AwsAccountId');
      const [streetNumber, streetInfo, city, state, country, postalCode] = [
        'StreetNumber',
        'StreetInfo',
        'City',
        'State',
        'Country',
        'PostalCode',
      ].map(member) as [string, string, string, string, string, string];
      if (awsAccountId !== LOCAL_AWS_ACCOUNT_ID)
        throw forbidden('AwsAccountId is not the account making the request');
      const zip = postalCode.trim().match(POSTAL_CODE);
      if (country.trim().toUpperCase() !== 'US' || !zip)
        return { status: 202, body: { ValidationResult: 2, CandidateAddressList: [] } };
      const street = splitStreet(streetInfo);
      const address = {
        streetNumber: streetNumber.trim().toUpperCase(),
        ...street,
        city: city.trim().toUpperCase(),
        state: state.trim().toUpperCase(),
        postalCode: zip[1]!,
        ...(zip[2] ? { postalCodePlus4: zip[2] } : {}),
        country: 'US',
      };
      const candidate = {
        streetNumber: address.streetNumber,
        streetInfo: [street.preDirectional, street.streetName, street.streetSuffix, street.postDirectional]
          .filter(Boolean)
          .join(' '),
        city: address.city,
        state: address.state,
        postalCode: address.postalCode,
        ...(zip[2] ? { postalCodePlus4: zip[2] } : {}),
        country: 'US',
      };
      const asGiven =
        streetNumber === candidate.streetNumber &&
        streetInfo === candidate.streetInfo &&
        city === candidate.city &&
        state === candidate.state &&
        country === 'US' &&
        postalCode === zip[0];
      const digest = createHash('sha256').update(JSON.stringify(candidate)).digest('hex');
      const externalId = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
      return {
        status: 202,
        body: {
          ValidationResult: asGiven ? 0 : 1,
          AddressExternalId: externalId,
          Address: address,
          CandidateAddressList: asGiven ? [] : [candidate],
        },
      };
    },
  },
];
