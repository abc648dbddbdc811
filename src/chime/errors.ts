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

  constructor(details: ChimeErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ChimeError';
    this.operation = details.operation;
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.attempts = details.attempts ?? 1;
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
