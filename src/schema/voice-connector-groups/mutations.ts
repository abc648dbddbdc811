import {
  createVoiceConnectorGroup,
  type DeleteVoiceConnectorGroupResult,
  deleteVoiceConnectorGroup,
  updateVoiceConnectorGroup,
  type VoiceConnectorGroupMutationResult,
} from '../../resolvers/voice-connector-groups/commands.ts';
import { getVoiceConnectorGroup } from '../../resolvers/voice-connector-groups/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { VoiceConnectorGroupRef } from './voice-connector-group.ts';

/** A payload whose `voiceConnectorGroup` is read through the request's loader (primed by the mutation). */
const groupPayload = (name: string, description: string) => {
  const ref = builder.objectRef<VoiceConnectorGroupMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      voiceConnectorGroup: t.field({
        type: VoiceConnectorGroupRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.voiceConnectorGroupId === null
            ? null
            : getVoiceConnectorGroup(ctx, payload.voiceConnectorGroupId),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const VoiceConnectorItemInput = builder.inputType('VoiceConnectorItemInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    priority: t.int({ required: true, description: '1-99, 1 tried first.' }),
  }),
});

const CreateVoiceConnectorGroupInput = builder.inputType('CreateVoiceConnectorGroupInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-256 characters.' }),
    voiceConnectorItems: t.field({ type: [VoiceConnectorItemInput], description: 'At most 3.' }),
  }),
});

const UpdateVoiceConnectorGroupInput = builder.inputType('UpdateVoiceConnectorGroupInput', {
  description: 'Members left out keep their value; voiceConnectorItems replaces all of the group’s items.',
  fields: (t) => ({
    voiceConnectorGroupId: t.string({ required: true }),
    name: t.string({ description: '1-256 characters.' }),
    voiceConnectorItems: t.field({ type: [VoiceConnectorItemInput], description: 'At most 3.' }),
  }),
});

const DeleteVoiceConnectorGroupInput = builder.inputType('DeleteVoiceConnectorGroupInput', {
  fields: (t) => ({ voiceConnectorGroupId: t.string({ required: true }) }),
});

const DeleteVoiceConnectorGroupPayload = builder.objectRef<DeleteVoiceConnectorGroupResult>(
  'DeleteVoiceConnectorGroupPayload',
);
DeleteVoiceConnectorGroupPayload.implement({
  fields: (t) => ({
    deletedVoiceConnectorGroupId: t.exposeString('deletedVoiceConnectorGroupId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted group, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedVoiceConnectorGroupId === null
          ? null
          : { type: 'VoiceConnectorGroup', id: payload.deletedVoiceConnectorGroupId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createVoiceConnectorGroup: t.field({
    authScopes: writeOutsideAccounts,
    type: groupPayload('CreateVoiceConnectorGroupPayload', 'The group created.'),
    nullable: true,
    description: 'Creates a voice connector group (CreateVoiceConnectorGroup).',
    args: { input: t.arg({ type: CreateVoiceConnectorGroupInput, required: true }) },
    resolve: (_root, { input }, ctx) => createVoiceConnectorGroup(ctx, input),
  }),
  updateVoiceConnectorGroup: t.field({
    authScopes: writeOutsideAccounts,
    type: groupPayload('UpdateVoiceConnectorGroupPayload', 'The group as it now is.'),
    nullable: true,
    description: 'Renames a group or replaces its voice connectors (UpdateVoiceConnectorGroup).',
    args: { input: t.arg({ type: UpdateVoiceConnectorGroupInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateVoiceConnectorGroup(ctx, input),
  }),
  deleteVoiceConnectorGroup: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteVoiceConnectorGroupPayload,
    nullable: true,
    description:
      'Deletes a group (DeleteVoiceConnectorGroup); its voice connectors and numbers must be removed first.',
    args: { input: t.arg({ type: DeleteVoiceConnectorGroupInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteVoiceConnectorGroup(ctx, input),
  }),
}));
