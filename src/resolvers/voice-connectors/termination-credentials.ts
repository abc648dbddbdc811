import {
  DeleteVoiceConnectorTerminationCredentials,
  PutVoiceConnectorTerminationCredentials,
} from '../../chime/operations/voice-connector-configuration.ts';
import type { RequestContext } from '../../context.ts';
import { withoutSecrets } from '../shared/secrets.ts';
import {
  checkTerminationCredentials,
  checkUsernames,
  type TerminationCredentialInput,
} from '../shared/voice-rules.ts';
import {
  type ConfigurationMutationResult,
  type VoiceConnectorIdInput,
  writeConfiguration,
} from './configuration-commands.ts';

/**
 * PutVoiceConnectorTerminationCredentials: adds credentials, or gives a username already
 * there its new password. Changes: the connector's usernames (read again: the upstream
 * answers nothing).
 */
export function putTerminationCredentials(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { credentials: TerminationCredentialInput[] },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, credentials } = input;
  const errors = checkTerminationCredentials(credentials, ['input', 'credentials']);
  return writeConfiguration(id, errors, async () => {
    await withoutSecrets(
      credentials.map(({ password }) => password),
      () =>
        ctx.client.send(PutVoiceConnectorTerminationCredentials, {
          VoiceConnectorId: id,
          Credentials: credentials.map(({ username, password }) => ({
            Username: username,
            Password: password,
          })),
        }),
    );
    ctx.loaders.forgetTerminationCredentials(id);
  });
}

/** DeleteVoiceConnectorTerminationCredentials. Changes: the connector's usernames (read again). */
export function deleteTerminationCredentials(
  ctx: RequestContext,
  input: VoiceConnectorIdInput & { usernames: string[] },
): Promise<ConfigurationMutationResult> {
  const { voiceConnectorId: id, usernames } = input;
  return writeConfiguration(id, checkUsernames(usernames, ['input', 'usernames']), async () => {
    await ctx.client.send(DeleteVoiceConnectorTerminationCredentials, {
      VoiceConnectorId: id,
      Usernames: usernames,
    });
    ctx.loaders.forgetTerminationCredentials(id);
  });
}
