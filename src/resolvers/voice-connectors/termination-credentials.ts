import { ChimeError } from '../../chime/errors.ts';
import {
  DeleteVoiceConnectorTerminationCredentials,
  PutVoiceConnectorTerminationCredentials,
} from '../../chime/operations/voice-connector-configuration.ts';
import type { RequestContext } from '../../context.ts';
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

/** What stands for a password wherever an upstream message would repeat it. */
const REDACTED = '[redacted]';

/**
 * `send`, with any of `passwords` an upstream failure's message repeats taken out: that
 * message reaches user errors, GraphQL errors and logs, and a password reaches none of them.
 */
async function withoutPasswords<T>(passwords: readonly string[], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ChimeError)) throw error;
    const message = passwords
      .filter((password) => password.length > 0)
      .reduce((text, password) => text.replaceAll(password, REDACTED), error.message);
    if (message === error.message) throw error;
    throw new ChimeError({
      operation: error.operation,
      code: error.code,
      message,
      status: error.status,
      requestId: error.requestId,
      retryable: error.retryable,
      attempts: error.attempts,
    });
  }
}

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
    await withoutPasswords(
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
