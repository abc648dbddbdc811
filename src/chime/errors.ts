import type { ServiceGroup } from './operation.ts';

/** Codes the client gives failures that never got an answer from the upstream. */
export type LocalErrorCode = 'TimeoutError' | 'NetworkError' | 'AbortError' | 'CredentialsError';

/** What a {@link ChimeError} carries. */
export interface ChimeErrorDetails {
  /** The operation that failed, e.g. `ListUsers`. */
  operation: string;
  /** The upstream error code (`NotFoundException`, `ThrottledClientException`…) or a {@link LocalErrorCode}. */
  code: string;
  message: string;
  /** The HTTP status the upstream answered; undefined when no answer came. */
  status?: number;
  /** The upstream's `x-amzn-RequestId`, when it answered. */
  requestId?: string;
  /** Whether trying again later may succeed (throttling, 5xx, timeouts, network failures). */
  retryable: boolean;
  /** The attempts made, retries included. */
  attempts?: number;
  /** Whether the answer says the action is retired ({@link isRetiredAnswer}). */
  retired?: boolean;
  cause?: unknown;
}

/** A failed upstream call: every error `ChimeClient.send` rejects with is one of these. */
export class ChimeError extends Error {
  readonly operation: string;
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly attempts: number;
  readonly retired: boolean;

  constructor(details: ChimeErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ChimeError';
    this.operation = details.operation;
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.attempts = details.attempts ?? 1;
    this.retired = details.retired ?? false;
  }
}

/** Upstream codes that mean "slow down"; the service groups do not agree on one name. */
const THROTTLING_CODES = new Set([
  'ThrottledClientException',
  'ThrottlingException',
  'TooManyRequestsException',
  'Throttling',
  'RequestLimitExceeded',
  'SlowDown',
]);

/** Whether an upstream answer asks the caller to slow down. */
export function isThrottling(status: number | undefined, code: string): boolean {
  return status === 429 || THROTTLING_CODES.has(code);
}

/** Codes that say the action itself is gone rather than the resource it names (the reference's Common Errors). */
const RETIRED_CODES = new Set(['InvalidAction', 'UnknownOperationException']);

/** Messages that say the action or the service has ended. */
const RETIRED_MESSAGE =
  /\bno longer (supported|available|offered)\b|\bend(ed)? (of )?support\b|\b(has been|is|was) (retired|discontinued|shut down)\b/i;

/**
 * Whether an error answer refuses the call because the action was retired: Amazon Chime (the
 * application) ended support on 2026-02-20, and with it the legacy namespace's own actions (the
 * `admin` group). Only that group's answers count, and only these: 410 Gone; or a 400, 403 or 404
 * whose code says the action does not exist (`InvalidAction`, `UnknownOperationException`) or whose
 * message says the action or service is no longer supported, ended or retired. A NotFound or
 * Forbidden about a resource or a permission says none of that, and stays what it is.
 */
export function isRetiredAnswer(
  group: ServiceGroup,
  status: number,
  code: string,
  message: string | undefined,
): boolean {
  if (group !== 'admin') return false;
  if (status === 410) return true;
  if (status !== 400 && status !== 403 && status !== 404) return false;
  return RETIRED_CODES.has(code) || (message !== undefined && RETIRED_MESSAGE.test(message));
}

/** Whether an upstream answer is worth another attempt: throttling and server-side failures are. */
export function isRetryableAnswer(status: number, code: string): boolean {
  return isThrottling(status, code) || status >= 500;
}

/**
 * The error code of an upstream error answer. The `x-amzn-ErrorType` header wins (as in the AWS SDKs);
 * then the body's `Code`, `code` or `__type`. Any `:…` suffix (`NotFoundException:http://…`) and
 * namespace prefix (`com.amazonaws.chime#NotFoundException`) is dropped.
 */
export function errorCodeOf(
  errorTypeHeader: string | null,
  body: Record<string, unknown>,
): string | undefined {
  const raw = [errorTypeHeader, body.Code, body.code, body.__type].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (raw === undefined) return undefined;
  const withoutSuffix = raw.split(':')[0] ?? raw;
  return withoutSuffix.slice(withoutSuffix.lastIndexOf('#') + 1).trim();
}

/** The message of an upstream error answer (`Message` or `message`), if it has one. */
export function errorMessageOf(body: Record<string, unknown>): string | undefined {
  const message = body.Message ?? body.message;
  return typeof message === 'string' ? message : undefined;
}

/** A code for an error answer without one, from its status, named as the Chime API names them. */
export function codeForStatus(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'BadRequestException',
    401: 'UnauthorizedClientException',
    403: 'ForbiddenException',
    404: 'NotFoundException',
    409: 'ConflictException',
    429: 'ThrottledClientException',
    500: 'ServiceFailureException',
    503: 'ServiceUnavailableException',
  };
  return byStatus[status] ?? (status >= 500 ? 'ServiceFailureException' : `Http${status}Error`);
}
