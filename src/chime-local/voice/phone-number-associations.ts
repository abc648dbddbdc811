import {
  associateNumber,
  disassociateNumber,
  type PhoneNumberError,
  phoneNumberError,
} from '../phone-numbers/associations.ts';
import { findNumberByE164 } from '../phone-numbers/inventory.ts';
import type { PhoneNumber } from '../phone-numbers/state.ts';
import type { LocalRequest, Route } from '../router.ts';
import { optionalBoolean, requiredArray, requiredString } from '../validate.ts';
import { E164, voiceConnectorGroupOf, voiceConnectorOf } from './lookup.ts';

type VoiceOwner = 'VoiceConnectorId' | 'VoiceConnectorGroupId';

/** The body's E164PhoneNumbers, each checked against the reference's E.164 pattern. */
function e164PhoneNumbers(body: Record<string, unknown>): string[] {
  return requiredArray(body.E164PhoneNumbers, 'E164PhoneNumbers').map((value) =>
    requiredString(value, 'E164PhoneNumbers', { pattern: E164 }),
  );
}

/**
 * Applies `change` to each number the request names and collects the per-number
 * failures the service answers as `PhoneNumberErrors` (unknown number, associated
 * elsewhere, wrong product type, not associated here) instead of failing the batch.
 */
function forEachNumber(
  request: LocalRequest,
  change: (number: PhoneNumber) => void,
): { PhoneNumberErrors: PhoneNumberError[] } {
  const errors: PhoneNumberError[] = [];
  for (const e164 of e164PhoneNumbers(request.body)) {
    // The pattern lets the `+` be left out; the inventory always has it.
    const number = findNumberByE164(request.store, e164.startsWith('+') ? e164 : `+${e164}`);
    if (!number) {
      errors.push({
        PhoneNumberId: e164,
        ErrorCode: 'NotFound',
        ErrorMessage: `PhoneNumber ${e164} is not in the inventory`,
      });
      continue;
    }
    try {
      change(number);
    } catch (error) {
      errors.push(phoneNumberError(number.PhoneNumberId, error));
    }
  }
  return { PhoneNumberErrors: errors };
}

/** The associate/disassociate pair for one kind of owner (a voice connector or a group). */
function associationRoutes(
  owner: VoiceOwner,
  base: string,
  suffix: string,
  ownerId: (request: LocalRequest) => string,
): Route[] {
  return [
    {
      operation: `AssociatePhoneNumbersWith${suffix}`,
      method: 'POST',
      path: base,
      query: { operation: 'associate-phone-numbers' },
      handle: (request) => {
        const id = ownerId(request);
        const force = optionalBoolean(request.body.ForceAssociate, 'ForceAssociate') ?? false;
        return {
          body: forEachNumber(request, (number) =>
            associateNumber(request.store, number, owner, id, { force }),
          ),
        };
      },
    },
    {
      operation: `DisassociatePhoneNumbersFrom${suffix}`,
      method: 'POST',
      path: base,
      query: { operation: 'disassociate-phone-numbers' },
      handle: (request) => {
        const id = ownerId(request);
        return {
          body: forEachNumber(request, (number) => disassociateNumber(request.store, number, owner, id)),
        };
      },
    },
  ];
}

/** Phone number associations of voice connectors and voice connector groups. */
export const phoneNumberAssociationRoutes: Route[] = [
  ...associationRoutes(
    'VoiceConnectorId',
    '/voice-connectors/{VoiceConnectorId}',
    'VoiceConnector',
    (request) => voiceConnectorOf(request).VoiceConnectorId,
  ),
  ...associationRoutes(
    'VoiceConnectorGroupId',
    '/voice-connector-groups/{VoiceConnectorGroupId}',
    'VoiceConnectorGroup',
    (request) => voiceConnectorGroupOf(request).VoiceConnectorGroupId,
  ),
];
