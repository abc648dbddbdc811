import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';
import { ChimeError, isThrottling } from '../chime/errors.ts';
import { GatewayError, type GatewayErrorCode } from '../errors.ts';

/** The code clients see for an upstream failure. */
export function codeForUpstream(error: ChimeError): GatewayErrorCode {
  const { status, code } = error;
  // Before the status: a retired action may be answered 403 or 404, and is neither a permission nor a resource.
  if (error.retired) return 'UPSTREAM_RETIRED';
  if (isThrottling(status, code)) return 'THROTTLED';
  // No answer at all: no credentials to sign with, timed out, network down, aborted.
  if (status === undefined) return code === 'CredentialsError' ? 'UNAUTHENTICATED' : 'UPSTREAM_UNAVAILABLE';
  if (status >= 500) return 'UPSTREAM_UNAVAILABLE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 400 || status === 409 || status === 422) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

/**
 * What a client reads of an upstream failure. The operation is named once, here; a call that got
 * no answer is told in general terms, since its reason is for the log only.
 */
export function messageForUpstream(error: ChimeError): string {
  if (error.retired)
    return `${error.operation} is retired: Amazon Chime ended support on 2026-02-20, and AWS no longer serves this action of the legacy Amazon Chime namespace (${error.message})`;
  // A call the quotas kept back was not sent, which its message says; it names no host.
  if (error.status === undefined && !['CredentialsError', 'ThrottledClientException'].includes(error.code))
    return `Chime did not answer (${error.operation})`;
  return `${error.operation} failed: ${error.message}`;
}

// Codes that say the caller asked for something wrong or absent: routine, so logged at info.
const CALLER_CODES: ReadonlySet<GatewayErrorCode> = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

// The gateway's own refusals of what a caller may do (a role that may not run a field) are routine
// too; an upstream FORBIDDEN is not: it says the operator's credentials lack a permission.
const REFUSAL_CODES: ReadonlySet<GatewayErrorCode> = new Set([...CALLER_CODES, 'FORBIDDEN']);

/**
 * The `extensions.code` a client sees for an error raised while resolving (before {@link maskError}
 * has turned it into what the client gets): `INTERNAL` for any error not meant for clients.
 */
export function clientCode(error: unknown): string {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GatewayError) return original.code;
  if (original instanceof ChimeError) return codeForUpstream(original);
  if (original instanceof GraphQLError && typeof original.extensions.code === 'string')
    return original.extensions.code;
  return 'INTERNAL';
}

/**
 * Yoga's `maskError`: errors meant for clients keep their message and gain
 * `extensions.code` (and `extensions.upstream` for Chime failures); anything else is
 * masked, so no stack trace, credential, signature or upstream host ever leaves. Each is
 * logged once, at the level it deserves: the caller's own mistakes at info, upstream
 * failures at warn, both without a stack; the unexpected at error with its stack.
 */
export function maskError(logger: Logger) {
  return (error: unknown, message: string): GraphQLError => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError?.originalError ?? error;
    const path = graphQLError?.path;
    if (original instanceof GatewayError) {
      const { code } = original;
      logger[REFUSAL_CODES.has(code) ? 'info' : 'warn']({ code, path }, original.message);
      return new GraphQLError(original.message, { path, extensions: { code } });
    }
    if (original instanceof ChimeError) {
      const code = codeForUpstream(original);
      const upstream = {
        operation: original.operation,
        status: original.status ?? null,
        requestId: original.requestId ?? null,
      };
      logger[CALLER_CODES.has(code) ? 'info' : 'warn'](
        { code, path, upstream: { ...upstream, code: original.code, attempts: original.attempts } },
        `${original.operation} failed: ${original.message}`,
      );
      return new GraphQLError(messageForUpstream(original), { path, extensions: { code, upstream } });
    }
    // Errors raised as GraphQL errors (validation, variable coercion, scalars, Yoga's request
    // parsing) are written for clients already.
    if (graphQLError && (!graphQLError.originalError || original instanceof GraphQLError))
      return graphQLError;
    logger.error({ err: original, path }, 'unexpected error while resolving');
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL' } });
  };
}

/**
 * The logger Yoga is given: the gateway's own, except that Yoga's line for every error
 * {@link maskError} replaced (at error level, with its stack) goes to debug, because
 * maskError has already logged that error at the level it deserves.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args) => logger.debug(...(args as [unknown])),
    info: (...args) => logger.info(...(args as [unknown])),
    warn: (...args) => logger.warn(...(args as [unknown])),
    error: (...args) => logger.debug(...(args as [unknown])),
  };
}
