import {
  DeleteVoiceConnectorEmergencyCallingConfiguration,
  DeleteVoiceConnectorStreamingConfiguration,
  PutVoiceConnectorEmergencyCallingConfiguration,
  PutVoiceConnectorLoggingConfiguration,
  PutVoiceConnectorStreamingConfiguration,
} from '../../chime/operations/voice-connector-configuration.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';
import {
  checkEmergencyCallingConfiguration,
  checkStreamingConfiguration,
  type EmergencyCallingConfigurationInput,
  type StreamingConfigurationInput,
} from '../shared/voice-rules.ts';

/**
 * What a configuration mutation answers: the voice connector whose configuration it set
 * or deleted. The payload reads the configuration through the request's loaders, which
 * the mutation has primed (put) or primed with null (delete).
 */
export type ConfigurationMutationResult = MutationResult<{ voiceConnectorId: string }>;

/** Input of the delete mutations. */
export interface VoiceConnectorIdInput {
  voiceConnectorId: string;
}

/** Runs a configuration write after checking the connector id and the configuration's own rules. */
export function writeConfiguration(
  voiceConnectorId: string,
  userErrors: UserErrorModel[],
  write: () => Promise<void>,
): Promise<ConfigurationMutationResult> {
  return validateThenRun(
    [
      ...checkText(voiceConnectorId, ['input', 'voiceConnectorId'], PARAMETERS.VoiceConnectorId),
      ...userErrors,
    ],
    { voiceConnectorId: null },
    async () => {
      await write();
      return { voiceConnectorId };
    },
  );
}

/** A member the input left null is left out of the upstream body (the upstream takes absent members, not nulls). */
export const defined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** PutVoiceConnectorLoggingConfiguration (the upstream has no delete). Changes: the logging configuration (primed). */
export function putLoggingConfiguration(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & {
    loggingConfiguration: { enableSipLogs?: boolean | null; enableMediaMetricLogs?: boolean | null };
  },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, loggingConfiguration: logging } = input;
  return writeConfiguration(id, [], async () => {
    const { LoggingConfiguration } = await ctx.client.send(PutVoiceConnectorLoggingConfiguration, {
      VoiceConnectorId: id,
      LoggingConfiguration: {
        EnableSIPLogs: defined(logging.enableSipLogs),
        EnableMediaMetricLogs: defined(logging.enableMediaMetricLogs),
      },
    });
    ctx.loaders.loggingConfiguration.clear(id).prime(id, LoggingConfiguration);
  });
}

/** PutVoiceConnectorStreamingConfiguration. Changes: the streaming configuration (primed). */
export function putStreamingConfiguration(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { streamingConfiguration: StreamingConfigurationInput },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, streamingConfiguration: streaming } = input;
  return writeConfiguration(
    id,
    checkStreamingConfiguration(streaming, ['input', 'streamingConfiguration']),
    async () => {
      const { StreamingConfiguration } = await ctx.client.send(PutVoiceConnectorStreamingConfiguration, {
        VoiceConnectorId: id,
        StreamingConfiguration: {
          DataRetentionInHours: streaming.dataRetentionInHours,
          Disabled: defined(streaming.disabled),
          StreamingNotificationTargets: streaming.streamingNotificationTargets?.map((target) => ({
            NotificationTarget: target.notificationTarget,
          })),
        },
      });
      ctx.loaders.streamingConfiguration.clear(id).prime(id, StreamingConfiguration);
    },
  );
}

/** DeleteVoiceConnectorStreamingConfiguration. Changes: the streaming configuration (now none). */
export function deleteStreamingConfiguration(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorStreamingConfiguration, { VoiceConnectorId: id });
    ctx.loaders.streamingConfiguration.clear(id).prime(id, null);
  });
}

/**
 * PutVoiceConnectorEmergencyCallingConfiguration (the upstream needs termination and
 * origination enabled first). Changes: the emergency calling configuration (primed).
 */
export function putEmergencyCallingConfiguration(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { emergencyCallingConfiguration: EmergencyCallingConfigurationInput },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, emergencyCallingConfiguration: emergency } = input;
  return writeConfiguration(
    id,
    checkEmergencyCallingConfiguration(emergency, ['input', 'emergencyCallingConfiguration']),
    async () => {
      const { EmergencyCallingConfiguration } = await ctx.client.send(
        PutVoiceConnectorEmergencyCallingConfiguration,
        {
          VoiceConnectorId: id,
          EmergencyCallingConfiguration: {
            DNIS: emergency.dnis.map((dnis) => ({
              CallingCountry: dnis.callingCountry,
              EmergencyPhoneNumber: dnis.emergencyPhoneNumber,
              TestPhoneNumber: defined(dnis.testPhoneNumber),
            })),
          },
        },
      );
      ctx.loaders.emergencyCallingConfiguration.clear(id).prime(id, EmergencyCallingConfiguration);
    },
  );
}

/** DeleteVoiceConnectorEmergencyCallingConfiguration. Changes: the emergency calling configuration (now none). */
export function deleteEmergencyCallingConfiguration(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorEmergencyCallingConfiguration, { VoiceConnectorId: id });
    ctx.loaders.emergencyCallingConfiguration.clear(id).prime(id, null);
  });
}
