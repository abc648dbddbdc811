import { setTimeout as sleep } from 'node:timers/promises';
import { Hash } from '@smithy/hash-node';
import type { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest as SignedRequest } from '@smithy/types';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { Agent, type Dispatcher, request as sendHttp } from 'undici';
import { backoffDelayMs, parseRetryAfterMs } from './backoff.ts';
import type { ChimeCredentials } from './credentials.ts';
import type { ChimeEndpoints } from './endpoints.ts';
import {
  ChimeError,
  codeForStatus,
  errorCodeOf,
  errorMessageOf,
  isRetiredAnswer,
  isRetryableAnswer,
  type LocalErrorCode,
} from './errors.ts';
import type { UpstreamAttemptEnd, UpstreamObserver } from './observer.ts';
import { groupOf, type Operation, type ServiceGroup } from './operation.ts';
import type { QuotaGate } from './quota.ts';
import { buildRequest, urlOf } from './request.ts';

/** How a {@link ChimeClient} reaches, signs for and paces the upstream. */
export interface ChimeClientConfig {
  /** Where each service group is reached and the region its signatures name. */
  endpoints: ChimeEndpoints;
  /** The AWS credentials calls are signed with. */
  credentials: ChimeCredentials;
  /**
   * Attempts per call, the first included.
   * @default 4
   */
  maxAttempts?: number;
  /**
   * Backoff before the first retry, doubled for each next one (full jitter).
   * @default 50
   */
  baseDelayMs?: number;
  /**
   * Cap on one backoff; a `Retry-After` longer than this ends the retries.
   * @default 2000
   */
  maxDelayMs?: number;
  /**
   * Per attempt, from sending the request to reading the whole answer.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Upstream requests in flight at once, across every caller of this client.
   * @default 64
   */
  maxInFlight?: number;
  /**
   * Where each attempt, retry and failure is logged at debug: operation, status, timing, never a
   * signature or a host.
   * @default undefined (not logged)
   */
  logger?: Logger;
  /**
   * Told of every HTTP request sent upstream and how it ended, and of every retry (metrics, traces).
   * @default []
   */
  observers?: readonly UpstreamObserver[];
  /**
   * Asked before every HTTP request, so that calls are paced below the upstream's quotas.
   * @default undefined (not paced)
   */
  quota?: QuotaGate;
}

/** Per-call options. */
export interface SendOptions {
  /**
   * Aborts the call with a `ChimeError` coded `AbortError`: the request in flight is
   * aborted, and neither a backoff wait nor a new attempt follows.
   */
  signal?: AbortSignal | undefined;
  /** Called for every HTTP request sent upstream, retries included. */
  onRequestSent?: (() => void) | undefined;
  /** Called with the upstream's request id of every answer that carried one, whatever its status. */
  onAnswered?: ((requestId: string) => void) | undefined;
}

/** What callers of Chime need of a {@link ChimeClient}: one way to call an operation. */
export type ChimeCaller = Pick<ChimeClient, 'send'>;

type AttemptOutcome =
  | { ok: true; body: unknown }
  | { ok: false; error: ChimeError; retryAfterMs?: number | undefined };

/**
 * Resolves once the upstream calls started so far are on the wire. undici writes a request on a
 * kept-alive connection from a `setImmediate` (after checking that the connection is still
 * sound), so a call started just before CPU-heavy work (GraphQL completing a page of a hundred
 * items) would go out only after it: waiting two check phases of the event loop lets it go first.
 */
export function startedCallsSent(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * The gateway's one way to call Amazon Chime. Each call is built from its declarative {@link Operation},
 * signed with SigV4 (service `chime`) for its group's region, sent over keep-alive connections (an undici
 * pool), bounded by a per-attempt timeout and a cap on requests in flight, and retried on
 * throttling, 5xx, timeouts and network failures with capped exponential backoff and full jitter. Every
 * failure of a call rejects with a {@link ChimeError}; input that breaks the API reference's rules
 * rejects with a `BAD_USER_INPUT` `GatewayError` before any request is sent.
 */
export class ChimeClient {
  readonly #endpoints: ChimeEndpoints;
  readonly #signers = new Map<ServiceGroup, SignatureV4>();
  readonly #limit: LimitFunction;
  readonly #maxAttempts: number;
  readonly #backoff: { baseDelayMs: number; maxDelayMs: number };
  readonly #timeoutMs: number;
  readonly #logger: Logger | undefined;
  readonly #observers: readonly UpstreamObserver[];
  readonly #quota: QuotaGate | undefined;
  // undici's own request API over a keep-alive pool: the same engine as fetch without the
  // web-streams layer, which cost about a third of a millisecond per call.
  readonly #agent = new Agent({ keepAliveTimeout: 10_000 });

  constructor({
    endpoints,
    credentials,
    maxAttempts = 4,
    baseDelayMs = 50,
    maxDelayMs = 2000,
    timeoutMs = 10_000,
    maxInFlight = 64,
    logger,
    observers = [],
    quota,
  }: ChimeClientConfig) {
    requirePositiveInteger('maxAttempts', maxAttempts);
    requirePositiveInteger('timeoutMs', timeoutMs);
    requirePositiveInteger('maxInFlight', maxInFlight);
    if (!(baseDelayMs >= 0 && maxDelayMs >= baseDelayMs))
      throw new Error(
        `Backoff needs 0 <= baseDelayMs <= maxDelayMs, got baseDelayMs=${baseDelayMs}, maxDelayMs=${maxDelayMs}`,
      );
    this.#endpoints = endpoints;
    for (const [group, endpoint] of Object.entries(endpoints) as [
      ServiceGroup,
      { signingRegion: string },
    ][]) {
      this.#signers.set(
        group,
        new SignatureV4({
          credentials,
          region: endpoint.signingRegion,
          service: 'chime',
          sha256: Hash.bind(null, 'sha256'),
        }),
      );
    }
    this.#limit = pLimit(maxInFlight);
    this.#maxAttempts = maxAttempts;
    this.#backoff = { baseDelayMs, maxDelayMs };
    this.#timeoutMs = timeoutMs;
    this.#logger = logger;
    this.#observers = observers;
    this.#quota = quota;
  }

  /** Calls `operation` with `input` and resolves with its JSON answer (`{}` for an empty one). */
  async send<Input extends object, Output>(
    operation: Operation<Input, Output>,
    input: Input,
    options: SendOptions = {},
  ): Promise<Output> {
    const { signal, onRequestSent, onAnswered } = options;
    const group = groupOf(operation, input);
    const request = buildRequest(operation, input, this.#endpoints[group]);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted)
        throw localError(operation.name, 'AbortError', 'the caller aborted the call', attempt - 1);
      await this.#quota?.acquire(operation, input, signal);
      // A slot is held per attempt, not across backoff, so waiting retries never starve other calls.
      const outcome = await this.#limit(() =>
        this.#attempt(operation, group, request, attempt, signal, onRequestSent, onAnswered),
      );
      if (outcome.ok) return outcome.body as Output;
      const { error, retryAfterMs } = outcome;
      if (!error.retryable || attempt >= this.#maxAttempts) throw error;
      // The upstream asked for a longer pause than a caller should wait: give up now, still retryable.
      if (retryAfterMs !== undefined && retryAfterMs > this.#backoff.maxDelayMs) throw error;
      const delayMs = Math.max(backoffDelayMs(attempt, this.#backoff), retryAfterMs ?? 0);
      for (const observer of this.#observers) observer.retrying?.(operation.name, error.code);
      this.#logger?.debug(
        { operation: operation.name, attempt, code: error.code, delayMs },
        'chime call will be retried',
      );
      try {
        await sleep(delayMs, undefined, { signal });
      } catch {
        throw localError(operation.name, 'AbortError', 'the caller aborted the call', attempt);
      }
    }
  }

  async #attempt(
    operation: Operation<object, unknown>,
    group: ServiceGroup,
    request: HttpRequest,
    attempt: number,
    signal: AbortSignal | undefined,
    onRequestSent: (() => void) | undefined,
    onAnswered: ((requestId: string) => void) | undefined,
  ): Promise<AttemptOutcome> {
    // The caller may have gone while this attempt waited for a slot.
    if (signal?.aborted)
      return {
        ok: false,
        error: localError(operation.name, 'AbortError', 'the caller aborted the call', attempt - 1),
      };
    const started = performance.now();
    const elapsedMs = () => Math.round(performance.now() - started);

    let signed: SignedRequest;
    try {
      // Signed per attempt: the signature's date must be fresh, and a provider may rotate keys.
      signed = await this.#signer(group).sign(request);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.name : 'unknown error';
      return {
        ok: false,
        error: localError(
          operation.name,
          'CredentialsError',
          `no AWS credentials were found to sign with (${reason})`,
          attempt,
          cause,
        ),
      };
    }

    const ends: ((end: UpstreamAttemptEnd) => void)[] = [];
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let status: number;
    let responseHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const { host: _host, ...headers } = signed.headers;
      onRequestSent?.();
      for (const observer of this.#observers) {
        const end = observer.requestStarted({ operation: operation.name, group, attempt });
        if (end) ends.push(end);
      }
      const response = await sendHttp(urlOf(signed), {
        dispatcher: this.#agent,
        method: signed.method as Dispatcher.HttpMethod,
        headers,
        body: signed.body as string | undefined,
        signal: abort,
      });
      status = response.statusCode;
      responseHeaders = response.headers;
      text = await response.body.text();
    } catch (cause) {
      const code: LocalErrorCode = signal?.aborted
        ? 'AbortError'
        : timeout.aborted
          ? 'TimeoutError'
          : 'NetworkError';
      const message =
        code === 'AbortError'
          ? 'the caller aborted the call'
          : code === 'TimeoutError'
            ? `no answer within ${this.#timeoutMs} ms`
            : `no connection to the ${group} endpoint (${networkReason(cause)})`;
      this.#logger?.debug({ operation: operation.name, code, ms: elapsedMs(), attempt }, 'chime call failed');
      const ended = code === 'AbortError' ? 'aborted' : code === 'TimeoutError' ? 'timeout' : 'network';
      for (const end of ends) end({ status: ended, code });
      return { ok: false, error: localError(operation.name, code, message, attempt, cause) };
    }

    const header = (name: string) => {
      const value = responseHeaders[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    };
    const requestId = header('x-amzn-requestid') ?? undefined;
    if (requestId) onAnswered?.(requestId);
    this.#logger?.debug(
      { operation: operation.name, status, ms: elapsedMs(), requestId, attempt },
      'chime call',
    );
    const body = parseJsonObject(text);
    if (status >= 200 && status < 300) {
      for (const end of ends) end({ status, requestId });
      if (body !== undefined) return { ok: true, body };
      return {
        ok: false,
        error: new ChimeError({
          operation: operation.name,
          code: 'InvalidResponseException',
          message: `the upstream answered ${status} with a body that is not a JSON object`,
          status: status,
          requestId,
          retryable: false,
          attempts: attempt,
        }),
      };
    }
    const code = errorCodeOf(header('x-amzn-errortype'), body ?? {}) ?? codeForStatus(status);
    for (const end of ends) end({ status, code, requestId });
    const message = errorMessageOf(body ?? {});
    return {
      ok: false,
      error: new ChimeError({
        operation: operation.name,
        code,
        message: message ?? `the upstream answered HTTP ${status} without a message`,
        status: status,
        requestId,
        retryable: isRetryableAnswer(status, code),
        retired: isRetiredAnswer(group, status, code, message),
        attempts: attempt,
      }),
      retryAfterMs: parseRetryAfterMs(header('retry-after')),
    };
  }

  #signer(group: ServiceGroup): SignatureV4 {
    const signer = this.#signers.get(group);
    if (!signer) throw new Error(`No endpoint is configured for the ${group} service group`);
    return signer;
  }
}

function localError(
  operation: string,
  code: LocalErrorCode,
  reason: string,
  attempts: number,
  cause?: unknown,
): ChimeError {
  return new ChimeError({
    operation,
    code,
    message: reason,
    retryable: code === 'TimeoutError' || code === 'NetworkError',
    attempts,
    cause,
  });
}

/** An empty answer is `{}`; anything but a JSON object is undefined. */
function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The socket error's code (ECONNREFUSED, ENOTFOUND…), on the error or in its `cause`: what an
 * operator needs, never the message, which names the upstream's host and port.
 */
function networkReason(error: unknown): string {
  for (const candidate of [error, error instanceof Error ? error.cause : undefined]) {
    if (
      candidate &&
      typeof candidate === 'object' &&
      'code' in candidate &&
      typeof candidate.code === 'string'
    )
      return candidate.code;
  }
  return error instanceof Error ? error.name : 'unknown error';
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${value}`);
}
