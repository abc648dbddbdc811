import { getPhoneNumber } from '../../resolvers/phone-numbers/reads.ts';
import { getVoiceConnectorGroup } from '../../resolvers/voice-connector-groups/reads.ts';
import {
  associatePhoneNumbersWithVoiceConnector,
  associatePhoneNumbersWithVoiceConnectorGroup,
  disassociatePhoneNumbersFromVoiceConnector,
  disassociatePhoneNumbersFromVoiceConnectorGroup,
  type PhoneNumberAssociationResult,
} from '../../resolvers/voice-connectors/phone-number-associations.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { PhoneNumberRef } from '../phone-numbers/refs.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { PhoneNumberErrorRef } from '../shared/batch-item-errors.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { VoiceConnectorGroupRef } from '../voice-connector-groups/voice-connector-group.ts';
import { VoiceConnectorRef } from './refs.ts';

/**
 * An association payload: the voice connector or group, the numbers the upstream changed
 * (read again: the mutation cleared them from the request's loaders) and a
 * PhoneNumberError for each number it refused.
 */
function associationPayload(
  name: string,
  owner: 'voiceConnector' | 'voiceConnectorGroup',
  description: string,
) {
  const ref = builder.objectRef<PhoneNumberAssociationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      ...(owner === 'voiceConnector'
        ? {
            voiceConnector: t.field({
              type: VoiceConnectorRef,
              nullable: true,
              resolve: (payload, _args, ctx) =>
                payload.ownerId === null ? null : getVoiceConnector(ctx, payload.ownerId),
            }),
          }
        : {
            voiceConnectorGroup: t.field({
              type: VoiceConnectorGroupRef,
              nullable: true,
              resolve: (payload, _args, ctx) =>
                payload.ownerId === null ? null : getVoiceConnectorGroup(ctx, payload.ownerId),
            }),
          }),
      phoneNumbers: t.field({
        type: [PhoneNumberRef],
        nullable: true,
        description: 'The numbers that changed, with their associations as they now are.',
        resolve: async (payload, _args, ctx) =>
          payload.changed &&
          (await Promise.all(payload.changed.map((e164) => getPhoneNumber(ctx, e164)))).flatMap((number) =>
            number ? [number] : [],
          ),
      }),
      phoneNumberErrors: t.expose('phoneNumberErrors', { type: [PhoneNumberErrorRef], nullable: true }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
}

const numbersDescription = 'E.164 numbers (e.g. +12065550100) of product type VOICE_CONNECTOR.';

const VoiceConnectorNumbersInput = (name: string, force: boolean) =>
  builder.inputType(name, {
    fields: (t) => ({
      voiceConnectorId: t.string({ required: true }),
      e164PhoneNumbers: t.stringList({ required: true, description: numbersDescription }),
      ...(force && {
        forceAssociate: t.boolean({
          description: 'Move numbers associated elsewhere instead of refusing them.',
        }),
      }),
    }),
  });

const GroupNumbersInput = (name: string, force: boolean) =>
  builder.inputType(name, {
    fields: (t) => ({
      voiceConnectorGroupId: t.string({ required: true }),
      e164PhoneNumbers: t.stringList({ required: true, description: numbersDescription }),
      ...(force && {
        forceAssociate: t.boolean({
          description: 'Move numbers associated elsewhere instead of refusing them.',
        }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  associatePhoneNumbersWithVoiceConnector: t.field({
    authScopes: writeOutsideAccounts,
    type: associationPayload(
      'AssociatePhoneNumbersWithVoiceConnectorPayload',
      'voiceConnector',
      'The numbers associated, and those the upstream refused.',
    ),
    nullable: true,
    description: 'Routes numbers to a voice connector (AssociatePhoneNumbersWithVoiceConnector).',
    args: {
      input: t.arg({
        type: VoiceConnectorNumbersInput('AssociatePhoneNumbersWithVoiceConnectorInput', true),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => associatePhoneNumbersWithVoiceConnector(ctx, input),
  }),
  disassociatePhoneNumbersFromVoiceConnector: t.field({
    authScopes: writeOutsideAccounts,
    type: associationPayload(
      'DisassociatePhoneNumbersFromVoiceConnectorPayload',
      'voiceConnector',
      'The numbers released, and those the upstream refused.',
    ),
    nullable: true,
    description: 'Releases numbers from a voice connector (DisassociatePhoneNumbersFromVoiceConnector).',
    args: {
      input: t.arg({
        type: VoiceConnectorNumbersInput('DisassociatePhoneNumbersFromVoiceConnectorInput', false),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => disassociatePhoneNumbersFromVoiceConnector(ctx, input),
  }),
  associatePhoneNumbersWithVoiceConnectorGroup: t.field({
    authScopes: writeOutsideAccounts,
    type: associationPayload(
      'AssociatePhoneNumbersWithVoiceConnectorGroupPayload',
      'voiceConnectorGroup',
      'The numbers associated, and those the upstream refused.',
    ),
    nullable: true,
    description: 'Routes numbers to a voice connector group (AssociatePhoneNumbersWithVoiceConnectorGroup).',
    args: {
      input: t.arg({
        type: GroupNumbersInput('AssociatePhoneNumbersWithVoiceConnectorGroupInput', true),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => associatePhoneNumbersWithVoiceConnectorGroup(ctx, input),
  }),
  disassociatePhoneNumbersFromVoiceConnectorGroup: t.field({
    authScopes: writeOutsideAccounts,
    type: associationPayload(
      'DisassociatePhoneNumbersFromVoiceConnectorGroupPayload',
      'voiceConnectorGroup',
      'The numbers released, and those the upstream refused.',
    ),
    nullable: true,
    description:
      'Releases numbers from a voice connector group (DisassociatePhoneNumbersFromVoiceConnectorGroup).',
    args: {
      input: t.arg({
        type: GroupNumbersInput('DisassociatePhoneNumbersFromVoiceConnectorGroupInput', false),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => disassociatePhoneNumbersFromVoiceConnectorGroup(ctx, input),
  }),
}));
