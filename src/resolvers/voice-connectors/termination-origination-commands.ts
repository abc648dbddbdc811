import {
  DeleteVoiceConnectorOrigination,
  DeleteVoiceConnectorTermination,
  PutVoiceConnectorOrigination,
  PutVoiceConnectorTermination,
} from '../../chime/operations/voice-connector-configuration.ts';
import type { RequestContext } from '../../context.ts';
import {
  checkOrigination,
  checkTermination,
  type OriginationInput,
  type TerminationInput,
} from '../shared/voice-rules.ts';
import {
  type ConfigurationMutationResult,
  defined,
  type VoiceConnectorIdInput,
  writeConfiguration,
} from './configuration-commands.ts';

// Termination (outbound calling) and origination (inbound calling) carry the connector's calls;
// logging, streaming and emergency calling are configured on top of them, next door.

/**
 * PutVoiceConnectorTermination. Changes: the termination (primed) and the termination
 * health, which follows it (cleared).
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
    ctx.loaders.termination.clear(id).prime(id, Termination);
    ctx.loaders.terminationHealth.clear(id);
  });
}

/** DeleteVoiceConnectorTermination. Changes: the termination (now none) and its health (cleared). */
export function deleteTermination(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorTermination, { VoiceConnectorId: id });
    ctx.loaders.termination.clear(id).prime(id, null);
    ctx.loaders.terminationHealth.clear(id);
  });
}

/** PutVoiceConnectorOrigination. Changes: the origination (primed). */
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
    ctx.loaders.origination.clear(id).prime(id, Origination);
  });
}

/** DeleteVoiceConnectorOrigination. Changes: the origination (now none). */
export function deleteOrigination(
  ctx: RequestContext,
  { voiceConnectorId: id }: VoiceConnectorIdInput,
): Promise<ConfigurationMutationResult> {
  return writeConfiguration(id, [], async () => {
    await ctx.client.send(DeleteVoiceConnectorOrigination, { VoiceConnectorId: id });
    ctx.loaders.origination.clear(id).prime(id, null);
  });
}
