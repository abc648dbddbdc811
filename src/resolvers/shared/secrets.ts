import { ChimeError } from '../../chime/errors.ts';

/** What stands for a secret wherever an upstream message would repeat it. */
const REDACTED = '[redacted]';

/**
 * `send`, with any of `secrets` (passwords, join tokens) an upstream failure's message repeats
 * taken out: that message reaches user errors, GraphQL errors and logs, and a secret reaches none
 * of them.
 */
export async function withoutSecrets<T>(secrets: readonly string[], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ChimeError)) throw error;
    const message = secrets
      .filter((secret) => secret.length > 0)
      // The longest first, so that a secret containing another is taken out whole.
      .sort((a, b) => b.length - a.length)
      .reduce((text, secret) => text.replaceAll(secret, REDACTED), error.message);
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
