import { VOICE_CONNECTOR_REGIONS } from '../../resolvers/shared/voice-rules.ts';
import {
  createVoiceConnector,
  type DeleteVoiceConnectorResult,
  deleteVoiceConnector,
  updateVoiceConnector,
  type VoiceConnectorMutationResult,
} from '../../resolvers/voice-connectors/commands.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { VoiceConnectorRef } from './refs.ts';

// Payloads are nullable (as the account mutations' are) so that an upstream outage in one
// mutation of a document leaves the next ones running.

/**
 * A payload type with `voiceConnector` (read through the request's loader, which the mutation
 * updated) and `userErrors`; add a mutation's own fields with `builder.objectField`.
 */
export function voiceConnectorPayload(name: string, description?: string) {
  const ref = builder.objectRef<VoiceConnectorMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      voiceConnector: t.field({
        type: VoiceConnectorRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.voiceConnectorId === null ? null : getVoiceConnector(ctx, payload.voiceConnectorId),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
}

const CreateVoiceConnectorInput = builder.inputType('CreateVoiceConnectorInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-256 characters.' }),
    requireEncryption: t.boolean({ required: true, description: 'Whether calls must use TLS and SRTP.' }),
    awsRegion: t.string({ description: `One of ${VOICE_CONNECTOR_REGIONS.join(', ')} (default us-east-1).` }),
  }),
});

const UpdateVoiceConnectorInput = builder.inputType('UpdateVoiceConnectorInput', {
  description: 'Members left out keep their value.',
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    name: t.string({ description: '1-256 characters.' }),
    requireEncryption: t.boolean(),
  }),
});

const DeleteVoiceConnectorInput = builder.inputType('DeleteVoiceConnectorInput', {
  fields: (t) => ({ voiceConnectorId: t.string({ required: true }) }),
});

const DeleteVoiceConnectorPayload = builder.objectRef<DeleteVoiceConnectorResult>(
  'DeleteVoiceConnectorPayload',
);
DeleteVoiceConnectorPayload.implement({
  fields: (t) => ({
    deletedVoiceConnectorId: t.exposeString('deletedVoiceConnectorId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted voice connector, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedVoiceConnectorId === null
          ? null
          : { type: 'VoiceConnector', id: payload.deletedVoiceConnectorId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createVoiceConnector: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('CreateVoiceConnectorPayload', 'The voice connector created.'),
    nullable: true,
    description: 'Creates a voice connector (CreateVoiceConnector).',
    args: { input: t.arg({ type: CreateVoiceConnectorInput, required: true }) },
    resolve: (_root, { input }, ctx) => createVoiceConnector(ctx, input),
  }),
  updateVoiceConnector: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('UpdateVoiceConnectorPayload', 'The voice connector as it now is.'),
    nullable: true,
    description:
      'Renames a voice connector or changes whether it requires encryption (UpdateVoiceConnector).',
    args: { input: t.arg({ type: UpdateVoiceConnectorInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateVoiceConnector(ctx, input),
  }),
  deleteVoiceConnector: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteVoiceConnectorPayload,
    nullable: true,
    description:
      'Deletes a voice connector (DeleteVoiceConnector); its numbers must be disassociated and no group may route to it.',
    args: { input: t.arg({ type: DeleteVoiceConnectorInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteVoiceConnector(ctx, input),
  }),
}));
