import type { ChimeCaller } from '../chime/client.ts';
import type { Operation } from '../chime/operation.ts';
import {
  GetVoiceConnectorEmergencyCallingConfiguration,
  GetVoiceConnectorLoggingConfiguration,
  GetVoiceConnectorOrigination,
  GetVoiceConnectorStreamingConfiguration,
  GetVoiceConnectorTermination,
  GetVoiceConnectorTerminationHealth,
} from '../chime/operations/voice-connector-configuration.ts';
import { getLoader } from './shared/get-loader.ts';

/**
 * A loader over one `GetVoiceConnector…` configuration read, keyed by voice connector id.
 * The upstream answers 404 both for an unknown connector and for a configuration never
 * set, so both load as null.
 */
function configurationLoader<K extends string, T>(
  client: ChimeCaller,
  operation: Operation<{ VoiceConnectorId: string }, Record<K, T>>,
  member: K,
) {
  return getLoader(
    (voiceConnectorId: string) =>
      client.send(operation, { VoiceConnectorId: voiceConnectorId }).then((out) => out[member]),
    (voiceConnectorId) => voiceConnectorId,
  );
}

/** Per-request loaders for each configuration of a voice connector, and its termination health. */
export function createVoiceConnectorConfigurationLoaders(client: ChimeCaller) {
  const loaders = {
    termination: configurationLoader(client, GetVoiceConnectorTermination, 'Termination'),
    terminationHealth: configurationLoader(client, GetVoiceConnectorTerminationHealth, 'TerminationHealth'),
    origination: configurationLoader(client, GetVoiceConnectorOrigination, 'Origination'),
    loggingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorLoggingConfiguration,
      'LoggingConfiguration',
    ),
    streamingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorStreamingConfiguration,
      'StreamingConfiguration',
    ),
    emergencyCallingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorEmergencyCallingConfiguration,
      'EmergencyCallingConfiguration',
    ),
  };
  return {
    ...loaders,
    /** Records that a voice connector has no configurations any more (it was deleted). */
    forgetConfigurations: (voiceConnectorId: string) => {
      for (const loader of Object.values(loaders))
        loader.clear(voiceConnectorId).prime(voiceConnectorId, null);
    },
  };
}
