import {
  DeleteVoiceConnectorEmergencyCallingConfiguration,
  DeleteVoiceConnectorOrigination,
  DeleteVoiceConnectorProxy,
  DeleteVoiceConnectorStreamingConfiguration,
  DeleteVoiceConnectorTermination,
  PutVoiceConnectorEmergencyCallingConfiguration,
  PutVoiceConnectorLoggingConfiguration,
  PutVoiceConnectorOrigination,
  PutVoiceConnectorProxy,
  PutVoiceConnectorStreamingConfiguration,
  PutVoiceConnectorTermination,
} from '../../chime/operations/voice-connector-configuration.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import {
  toEmergencyCallingConfiguration,
  toLoggingConfiguration,
  toOrigination,
  toProxy,
  toStreamingConfiguration,
  toTermination,
} from '../../loaders/voice-connectors.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';
import {
  checkEmergencyCallingConfiguration,
  checkOrigination,
  checkProxy,
  checkStreamingConfiguration,
  checkTermination,
  type EmergencyCallingConfigurationInput,
  type OriginationInput,
  type ProxyInput,
  type StreamingConfigurationInput,
  type TerminationInput,
} from '../shared/voice-rules.ts';

/**
 * What a configuration mutation answers: the voice connector whose configuration it set
 * or deleted. The payload reads the configuration through the request's loaders, which
 * the mutation has set to the upstream's answer (put) or to null (delete).
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
const defined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

// Termination (outbound calling) and origination (inbound calling) carry the connector's calls;
// logging, streaming and emergency calling are configured on top of them, below.

/**
 * PutVoiceConnectorTermination. Changes: the termination (replaced) and the termination
 * health, which follows it (read again).
 */
export function putTermination(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { termination: TerminationInput },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, termination } = input;
  return writeConfiguration(id, checkTermination(termination, ['input', 'termination']), async () => {
    const { Termination } = await ctx.client.send(PutVoiceConnectorTermination, {
      VoiceConnectorId: id,
      Termination: {
        CpsLimit: defined(termination.cpsLimit),
        DefaultPhoneNumber: defined(termination.defaultPhoneNumber),
        CallingRegions: termination.callingRegions,
        CidrAllowedList: termination.cidrAllowedList,
        Disabled: defined(termination.disabled),
      },
    });
    ctx.loaders.replaceConfiguration(id, 'termination', toTermination(Termination));
  });
}

/** DeleteVoiceConnectorTermination. Changes: the termination (now none) and its health (read again). */
export function deleteTermination(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorTermination, { VoiceConnectorId: id });
    ctx.loaders.replaceConfiguration(id, 'termination', null);
  });
}

/** PutVoiceConnectorOrigination. Changes: the origination (replaced). */
export function putOrigination(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { origination: OriginationInput },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, origination } = input;
  return writeConfiguration(id, checkOrigination(origination, ['input', 'origination']), async () => {
    const { Origination } = await ctx.client.send(PutVoiceConnectorOrigination, {
      VoiceConnectorId: id,
      Origination: {
        Routes: origination.routes?.map((route) => ({
          Host: defined(route.host),
          Port: defined(route.port),
          Protocol: defined(route.protocol),
          Priority: defined(route.priority),
          Weight: defined(route.weight),
        })),
        Disabled: defined(origination.disabled),
      },
    });
    ctx.loaders.replaceConfiguration(id, 'origination', toOrigination(Origination));
  });
}

/** DeleteVoiceConnectorOrigination. Changes: the origination (now none). */
export function deleteOrigination(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorOrigination, { VoiceConnectorId: id });
    ctx.loaders.replaceConfiguration(id, 'origination', null);
  });
}

/** PutVoiceConnectorLoggingConfiguration (the upstream has no delete). Changes: the logging configuration (replaced). */
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
    ctx.loaders.replaceConfiguration(
      id,
      'loggingConfiguration',
      toLoggingConfiguration(LoggingConfiguration),
    );
  });
}

/** PutVoiceConnectorStreamingConfiguration. Changes: the streaming configuration (replaced). */
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
      ctx.loaders.replaceConfiguration(
        id,
        'streamingConfiguration',
        toStreamingConfiguration(StreamingConfiguration),
      );
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
    ctx.loaders.replaceConfiguration(id, 'streamingConfiguration', null);
  });
}

/**
 * PutVoiceConnectorEmergencyCallingConfiguration (the upstream needs termination and
 * origination enabled first). Changes: the emergency calling configuration (replaced).
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
      ctx.loaders.replaceConfiguration(
        id,
        'emergencyCallingConfiguration',
        toEmergencyCallingConfiguration(EmergencyCallingConfiguration),
      );
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
    ctx.loaders.replaceConfiguration(id, 'emergencyCallingConfiguration', null);
  });
}

/** PutVoiceConnectorProxy (its body is the proxy, unwrapped). Changes: the proxy configuration (replaced). */
export function putProxy(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { proxy: ProxyInput },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, proxy } = input;
  return writeConfiguration(id, checkProxy(proxy, ['input', 'proxy']), async () => {
    const out = await ctx.client.send(PutVoiceConnectorProxy, {
      VoiceConnectorId: id,
      DefaultSessionExpiryMinutes: proxy.defaultSessionExpiryMinutes,
      PhoneNumberPoolCountries: proxy.phoneNumberCountries,
      FallBackPhoneNumber: defined(proxy.fallbackPhoneNumber),
      Disabled: defined(proxy.disabled),
    });
    ctx.loaders.replaceConfiguration(id, 'proxy', toProxy(out.Proxy));
  });
}

/** DeleteVoiceConnectorProxy. Changes: the proxy configuration (now none). */
export function deleteProxy(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorProxy, { VoiceConnectorId: id });
    ctx.loaders.replaceConfiguration(id, 'proxy', null);
  });
}
