import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ChimeError, isThrottling } from '../chime/errors.ts';
import { GatewayError, type GatewayErrorCode } from '../errors.ts';

/** The code clients see for an upstream failure. */
export function codeForUpstream(error: ChimeError): GatewayErrorCode {
  const { status, code } = error;
  if (isThrottling(status, code)) return 'THROTTLED';
  // No answer at all: timed out, network down, aborted.
  if (status === undefined) return code === 'CredentialsError' ? 'INTERNAL' : 'UPSTREAM_UNAVAILABLE';
  if (status >= 500) return 'UPSTREAM_UNAVAILABLE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 400 || status === 409 || status === 422) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

/**
 * Yoga's `maskError`: errors meant for clients keep their message and gain
 * `extensions.code` (and `extensions.upstream` for Chime failures); anything else is
 * logged and masked, so no stack trace, credential or signature ever leaves.
 */
export function maskError(logger: Logger) {
  return (error: unknown, message: string): GraphQLError => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError?.originalError ?? error;
    const path = graphQLError?.path;
    if (original instanceof GatewayError)
      return new GraphQLError(original.message, { path, extensions: { code: original.code } });
    if (original instanceof ChimeError) {
      return new GraphQLError(`${original.operation} failed: ${original.message}`, {
        path,
        extensions: {
          code: codeForUpstream(original),
          upstream: {
            operation: original.operation,
            status: original.status,
            requestId: original.requestId ?? null,
          },
        },
      });
    }
    // Errors raised as GraphQL errors (validation, variable coercion, scalars, Yoga's request
    // parsing) are written for clients already.
    if (graphQLError && (!graphQLError.originalError || original instanceof GraphQLError))
      return graphQLError;
    logger.error({ err: original, path }, 'unexpected error while resolving');
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL' } });
  };
}
