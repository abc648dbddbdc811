import { getOrigination, getTermination } from '../../resolvers/voice-connectors/configurations.ts';
import {
  deleteOrigination,
  deleteTermination,
  putOrigination,
  putTermination,
} from '../../resolvers/voice-connectors/termination-origination-commands.ts';
import { builder } from '../builder.ts';
import { OriginationRef, TerminationRef } from './configuration.ts';
import { PutOriginationInput, PutTerminationInput, VoiceConnectorIdInput } from './configuration-inputs.ts';
import { CURRENT_CONFIGURATION_DESCRIPTION, readFor } from './configuration-mutations.ts';
import { voiceConnectorPayload } from './payload.ts';

// Outbound (termination) and inbound (origination) calling: the configurations the others build on;
// emergency calling needs both enabled, and both must outlive it.

const PutTerminationPayload = voiceConnectorPayload('PutVoiceConnectorTerminationPayload');
const PutOriginationPayload = voiceConnectorPayload('PutVoiceConnectorOriginationPayload');

builder.objectField(PutTerminationPayload, 'termination', (t) =>
  t.field({
    type: TerminationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getTermination),
  }),
);
builder.objectField(PutOriginationPayload, 'origination', (t) =>
  t.field({
    type: OriginationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getOrigination),
  }),
);

builder.mutationFields((t) => ({
  putVoiceConnectorTermination: t.field({
    type: PutTerminationPayload,
    nullable: true,
    description: 'Sets outbound calling (PutVoiceConnectorTermination).',
    args: { input: t.arg({ type: PutTerminationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putTermination(ctx, input),
  }),
  deleteVoiceConnectorTermination: t.field({
    type: voiceConnectorPayload('DeleteVoiceConnectorTerminationPayload'),
    nullable: true,
    description:
      'Removes outbound calling (DeleteVoiceConnectorTermination); emergency calling must be removed first.',
    args: {
      input: t.arg({ type: VoiceConnectorIdInput('DeleteVoiceConnectorTerminationInput'), required: true }),
    },
    resolve: (_root, { input }, ctx) => deleteTermination(ctx, input),
  }),
  putVoiceConnectorOrigination: t.field({
    type: PutOriginationPayload,
    nullable: true,
    description: 'Sets inbound calling (PutVoiceConnectorOrigination).',
    args: { input: t.arg({ type: PutOriginationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putOrigination(ctx, input),
  }),
  deleteVoiceConnectorOrigination: t.field({
    type: voiceConnectorPayload('DeleteVoiceConnectorOriginationPayload'),
    nullable: true,
    description:
      'Removes inbound calling (DeleteVoiceConnectorOrigination); emergency calling must be removed first.',
    args: {
      input: t.arg({ type: VoiceConnectorIdInput('DeleteVoiceConnectorOriginationInput'), required: true }),
    },
    resolve: (_root, { input }, ctx) => deleteOrigination(ctx, input),
  }),
}));
