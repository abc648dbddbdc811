import type { RequestContext } from '../../context.ts';
import {
  type ConfigurationMutationResult,
  deleteEmergencyCallingConfiguration,
  deleteStreamingConfiguration,
  putEmergencyCallingConfiguration,
  putLoggingConfiguration,
  putStreamingConfiguration,
} from '../../resolvers/voice-connectors/configuration-commands.ts';
import {
  getEmergencyCallingConfiguration,
  getLoggingConfiguration,
  getStreamingConfiguration,
} from '../../resolvers/voice-connectors/configurations.ts';
import { builder } from '../builder.ts';
import {
  EmergencyCallingConfigurationRef,
  LoggingConfigurationRef,
  StreamingConfigurationRef,
} from './configuration.ts';
import {
  PutEmergencyInput,
  PutLoggingInput,
  PutStreamingInput,
  VoiceConnectorIdInput,
} from './configuration-inputs.ts';
import { voiceConnectorPayload } from './payload.ts';

const PutLoggingPayload = voiceConnectorPayload('PutVoiceConnectorLoggingConfigurationPayload');
const PutStreamingPayload = voiceConnectorPayload('PutVoiceConnectorStreamingConfigurationPayload');
const PutEmergencyPayload = voiceConnectorPayload('PutVoiceConnectorEmergencyCallingConfigurationPayload');

/** A put's payload also has the configuration as the voice connector now has it (primed by the mutation). */
export const CURRENT_CONFIGURATION_DESCRIPTION = 'As the voice connector now has it.';

/** A resolver reading one configuration of the payload's voice connector. */
export const readFor =
  <Model>(read: (ctx: RequestContext, voiceConnectorId: string) => Promise<Model | null>) =>
  (payload: ConfigurationMutationResult, _args: object, ctx: RequestContext) =>
    payload.voiceConnectorId === null ? null : read(ctx, payload.voiceConnectorId);

builder.objectField(PutLoggingPayload, 'loggingConfiguration', (t) =>
  t.field({
    type: LoggingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getLoggingConfiguration),
  }),
);
builder.objectField(PutStreamingPayload, 'streamingConfiguration', (t) =>
  t.field({
    type: StreamingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getStreamingConfiguration),
  }),
);
builder.objectField(PutEmergencyPayload, 'emergencyCallingConfiguration', (t) =>
  t.field({
    type: EmergencyCallingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getEmergencyCallingConfiguration),
  }),
);

builder.mutationFields((t) => ({
  putVoiceConnectorLoggingConfiguration: t.field({
    type: PutLoggingPayload,
    nullable: true,
    description: 'Sets which logs go to CloudWatch (PutVoiceConnectorLoggingConfiguration).',
    args: { input: t.arg({ type: PutLoggingInput, required: true }) },
    resolve: (_root, { input }, ctx) => putLoggingConfiguration(ctx, input),
  }),
  putVoiceConnectorStreamingConfiguration: t.field({
    type: PutStreamingPayload,
    nullable: true,
    description: 'Sets media streaming to Kinesis (PutVoiceConnectorStreamingConfiguration).',
    args: { input: t.arg({ type: PutStreamingInput, required: true }) },
    resolve: (_root, { input }, ctx) => putStreamingConfiguration(ctx, input),
  }),
  deleteVoiceConnectorStreamingConfiguration: t.field({
    type: voiceConnectorPayload('DeleteVoiceConnectorStreamingConfigurationPayload'),
    nullable: true,
    description: 'Removes media streaming (DeleteVoiceConnectorStreamingConfiguration).',
    args: {
      input: t.arg({
        type: VoiceConnectorIdInput('DeleteVoiceConnectorStreamingConfigurationInput'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteStreamingConfiguration(ctx, input),
  }),
  putVoiceConnectorEmergencyCallingConfiguration: t.field({
    type: PutEmergencyPayload,
    nullable: true,
    description:
      'Sets emergency calling (PutVoiceConnectorEmergencyCallingConfiguration); termination and origination must be enabled.',
    args: { input: t.arg({ type: PutEmergencyInput, required: true }) },
    resolve: (_root, { input }, ctx) => putEmergencyCallingConfiguration(ctx, input),
  }),
  deleteVoiceConnectorEmergencyCallingConfiguration: t.field({
    type: voiceConnectorPayload('DeleteVoiceConnectorEmergencyCallingConfigurationPayload'),
    nullable: true,
    description: 'Removes emergency calling (DeleteVoiceConnectorEmergencyCallingConfiguration).',
    args: {
      input: t.arg({
        type: VoiceConnectorIdInput('DeleteVoiceConnectorEmergencyCallingConfigurationInput'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteEmergencyCallingConfiguration(ctx, input),
  }),
}));
