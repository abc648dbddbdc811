import { listTerminationCredentials } from '../../resolvers/voice-connectors/reads.ts';
import {
  deleteTerminationCredentials,
  putTerminationCredentials,
} from '../../resolvers/voice-connectors/termination-credentials.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { voiceConnectorPayload } from './mutations.ts';

/*
 * The SIP credentials termination accepts. A password goes in and never comes out: payloads
 * answer the usernames the connector now has, as VoiceConnector.terminationCredentials does.
 */

const TerminationCredentialInput = builder.inputType('TerminationCredentialInput', {
  description: 'RFC 2617 SIP credentials, printable US-ASCII.',
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true, description: 'Never answered, logged or audited.' }),
  }),
});

const PutCredentialsInput = builder.inputType('PutVoiceConnectorTerminationCredentialsInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    credentials: t.field({
      type: [TerminationCredentialInput],
      required: true,
      description: 'At least one; a username already there gets the new password.',
    }),
  }),
});

const DeleteCredentialsInput = builder.inputType('DeleteVoiceConnectorTerminationCredentialsInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    usernames: t.stringList({ required: true, description: 'At least one.' }),
  }),
});

/** A credentials payload: the voice connector and the usernames it now has (read again). */
function credentialsPayload(name: string) {
  const ref = voiceConnectorPayload(name);
  builder.objectField(ref, 'terminationCredentials', (t) =>
    t.field({
      type: ['String'],
      nullable: true,
      description: 'The usernames the voice connector now has.',
      resolve: (payload, _args, ctx) =>
        payload.voiceConnectorId === null ? null : listTerminationCredentials(ctx, payload.voiceConnectorId),
    }),
  );
  return ref;
}

builder.mutationFields((t) => ({
  putVoiceConnectorTerminationCredentials: t.field({
    authScopes: writeOutsideAccounts,
    type: credentialsPayload('PutVoiceConnectorTerminationCredentialsPayload'),
    nullable: true,
    description: 'Adds SIP credentials for termination (PutVoiceConnectorTerminationCredentials).',
    args: { input: t.arg({ type: PutCredentialsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putTerminationCredentials(ctx, input),
  }),
  deleteVoiceConnectorTerminationCredentials: t.field({
    authScopes: writeOutsideAccounts,
    type: credentialsPayload('DeleteVoiceConnectorTerminationCredentialsPayload'),
    nullable: true,
    description: 'Deletes SIP credentials by username (DeleteVoiceConnectorTerminationCredentials).',
    args: { input: t.arg({ type: DeleteCredentialsInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteTerminationCredentials(ctx, input),
  }),
}));
