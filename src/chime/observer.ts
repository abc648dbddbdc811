import type { ServiceGroup } from './operation.ts';

/** One HTTP request about to be sent upstream: a call's first attempt or a retry. */
export interface UpstreamAttempt {
  operation: string;
  group: ServiceGroup;
  /** 1 for the first request of a call, 2 for its first retry, … */
  attempt: number;
}

/** How one HTTP request upstream ended. */
export interface UpstreamAttemptEnd {
  /** The HTTP status of the answer, or why there was none. */
  status: number | 'network' | 'timeout' | 'aborted';
  /** The upstream's error code for an error answer (`ThrottledClientException`…), or the local one. */
  code?: string | undefined;
  /** The upstream's request id, when the answer carried one. */
  requestId?: string | undefined;
}

/**
 * Watches a ChimeClient's traffic: metrics and traces are observers. `requestStarted` is called
 * just before each HTTP request is sent, retries included, and what it returns is called once
 * with how that request ended; `retrying` when a failed request will be tried again, and why
 * (the error code). Observers must not throw and must not block: they run on every request.
 */
export interface UpstreamObserver {
  requestStarted(attempt: UpstreamAttempt): ((end: UpstreamAttemptEnd) => void) | undefined;
  retrying?(operation: string, reason: string): void;
}
