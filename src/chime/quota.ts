import type { Operation } from './operation.ts';

/**
 * Paces upstream requests below Chime's quotas: a ChimeClient asks it before every HTTP request
 * (retries included). It resolves when the request may go, after waiting for a token if need be,
 * and rejects with a ChimeError coded `ThrottledClientException` (not retryable) when the wait
 * would be longer than its bound, so the caller is told at once rather than after the wait.
 */
export interface QuotaGate {
  acquire(operation: Operation<object, unknown>, input: object, signal?: AbortSignal): Promise<void>;
}
