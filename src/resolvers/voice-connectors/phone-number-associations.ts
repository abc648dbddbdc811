import {
  AssociatePhoneNumbersWithVoiceConnectorGroup,
  DisassociatePhoneNumbersFromVoiceConnectorGroup,
} from '../../chime/operations/voice-connector-groups.ts';
import {
  AssociatePhoneNumbersWithVoiceConnector,
  DisassociatePhoneNumbersFromVoiceConnector,
} from '../../chime/operations/voice-connectors.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { PhoneNumberError } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import { e164OfPhoneNumberId } from '../../loaders/phone-numbers.ts';
import { type BatchItemErrorModel, toPhoneNumberErrors } from '../shared/batch-item-errors.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import { checkE164s } from '../shared/voice-rules.ts';

/**
 * What an association mutation answers: the voice connector or group, the numbers now
 * associated with it (or released from it), and a PhoneNumberError for each number the
 * upstream refused. The payload reads them through the request's loaders, which hold the
 * numbers' new associations: they are forgotten, so they are read again.
 */
export type PhoneNumberAssociationResult = MutationResult<{
  ownerId: string;
  /** E.164 numbers the upstream changed, in input order without repeats. */
  changed: string[];
  phoneNumberErrors: BatchItemErrorModel[];
}>;

/** Input of the voice connector association mutations. */
export interface VoiceConnectorNumbersInput {
  voiceConnectorId: string;
  e164PhoneNumbers: string[];
  forceAssociate?: boolean | null;
}

/** Input of the group association mutations. */
export interface VoiceConnectorGroupNumbersInput {
  voiceConnectorGroupId: string;
  e164PhoneNumbers: string[];
  forceAssociate?: boolean | null;
}

/** The upstream member each owner field fills. */
const OWNER_PARAMETER = {
  voiceConnectorId: 'VoiceConnectorId',
  voiceConnectorGroupId: 'VoiceConnectorGroupId',
} as const;

/** The upstream call of one association mutation; its answer lists the numbers refused. */
type AssociationCall = (
  ownerId: string,
  numbers: string[],
  force: boolean | undefined,
) => Promise<{ PhoneNumberErrors?: PhoneNumberError[] }>;

/**
 * Checks the owner id and the numbers, calls the upstream once for all of them, and
 * splits its answer into the numbers changed and a PhoneNumberError per number refused.
 * Changes: every number named (forgotten, whether or not it moved, so
 * the rest of the request reads its associations as they now are).
 */
function changeAssociations(
  ctx: RequestContext,
  owner: { id: string; field: 'voiceConnectorId' | 'voiceConnectorGroupId' },
  input: { e164PhoneNumbers: string[]; forceAssociate?: boolean | null },
  call: AssociationCall,
): Promise<PhoneNumberAssociationResult> {
  const numbersField = ['input', 'e164PhoneNumbers'];
  return validateThenRun(
    [
      ...checkText(owner.id, ['input', owner.field], PARAMETERS[OWNER_PARAMETER[owner.field]]),
      ...checkE164s(input.e164PhoneNumbers, numbersField),
    ],
    { ownerId: null, changed: null, phoneNumberErrors: null },
    async () => {
      const { PhoneNumberErrors: errors } = await call(
        owner.id,
        input.e164PhoneNumbers,
        input.forceAssociate ?? undefined,
      );
      const phoneNumberErrors = toPhoneNumberErrors(errors, input.e164PhoneNumbers, numbersField);
      const named = input.e164PhoneNumbers.map(e164OfPhoneNumberId);
      for (const e164 of named) ctx.loaders.forgetPhoneNumber(e164);
      const refused = new Set((errors ?? []).map((error) => e164OfPhoneNumberId(error.PhoneNumberId ?? '')));
      const changed = [...new Set(named.filter((e164) => !refused.has(e164)))];
      return { ownerId: owner.id, changed, phoneNumberErrors };
    },
    ['input', owner.field],
  );
}

/** AssociatePhoneNumbersWithVoiceConnector (VoiceConnector numbers; `forceAssociate` moves them from elsewhere). */
export const associatePhoneNumbersWithVoiceConnector = (
  ctx: RequestContext,
  input: VoiceConnectorNumbersInput,
) =>
  changeAssociations(
    ctx,
    { id: input.voiceConnectorId, field: 'voiceConnectorId' },
    input,
    (id, numbers, force) =>
      ctx.client.send(AssociatePhoneNumbersWithVoiceConnector, {
        VoiceConnectorId: id,
        E164PhoneNumbers: numbers,
        ForceAssociate: force,
      }),
  );

/** DisassociatePhoneNumbersFromVoiceConnector. */
export const disassociatePhoneNumbersFromVoiceConnector = (
  ctx: RequestContext,
  input: VoiceConnectorNumbersInput,
) =>
  changeAssociations(ctx, { id: input.voiceConnectorId, field: 'voiceConnectorId' }, input, (id, numbers) =>
    ctx.client.send(DisassociatePhoneNumbersFromVoiceConnector, {
      VoiceConnectorId: id,
      E164PhoneNumbers: numbers,
    }),
  );

/** AssociatePhoneNumbersWithVoiceConnectorGroup (VoiceConnector numbers; `forceAssociate` moves them from elsewhere). */
export const associatePhoneNumbersWithVoiceConnectorGroup = (
  ctx: RequestContext,
  input: VoiceConnectorGroupNumbersInput,
) =>
  changeAssociations(
    ctx,
    { id: input.voiceConnectorGroupId, field: 'voiceConnectorGroupId' },
    input,
    (id, numbers, force) =>
      ctx.client.send(AssociatePhoneNumbersWithVoiceConnectorGroup, {
        VoiceConnectorGroupId: id,
        E164PhoneNumbers: numbers,
        ForceAssociate: force,
      }),
  );

/** DisassociatePhoneNumbersFromVoiceConnectorGroup. */
export const disassociatePhoneNumbersFromVoiceConnectorGroup = (
  ctx: RequestContext,
  input: VoiceConnectorGroupNumbersInput,
) =>
  changeAssociations(
    ctx,
    { id: input.voiceConnectorGroupId, field: 'voiceConnectorGroupId' },
    input,
    (id, numbers) =>
      ctx.client.send(DisassociatePhoneNumbersFromVoiceConnectorGroup, {
        VoiceConnectorGroupId: id,
        E164PhoneNumbers: numbers,
      }),
  );
