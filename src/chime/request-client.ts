import type { ChimeCaller, ChimeClient, SendOptions } from './client.ts';
import type { Operation } from './operation.ts';

/**
 * Watches one request's upstream calls: told the operation of each call of `send` as it starts
 * (in the caller's asynchronous context), it answers what to call once that call settles, answered
 * or failed, with the HTTP requests the call sent (its attempts).
 */
export type CallObserver = (operation: string) => (attempts: number) => void;

/**
 * One GraphQL request's view of the shared {@link ChimeClient}: every call it makes carries the
 * request's abort signal, so a client that goes away stops its upstream work (the request in
 * flight is aborted, no backoff wait or new attempt follows), and every HTTP request it sends,
 * retries included, is counted.
 */
export class RequestChimeClient implements ChimeCaller {
  readonly #client: ChimeClient;
  readonly #answered = new AbortController();
  readonly #signal: AbortSignal;
  #requestsSent = 0;
  readonly #requestIds: string[] = [];
  #observer: CallObserver | undefined;

  constructor(client: ChimeClient, signal?: AbortSignal) {
    this.#client = client;
    this.#signal = signal ? AbortSignal.any([signal, this.#answered.signal]) : this.#answered.signal;
  }

  /**
   * Ends the request's upstream work once it is answered: a call still pending (one whose field
   * GraphQL no longer awaits, under a parent that failed) is aborted rather than left to run for
   * nobody. Answers the requests sent, which no longer change.
   */
  settle(): number {
    this.#answered.abort();
    return this.#requestsSent;
  }

  /** The HTTP requests sent upstream for this request so far, retries included. */
  get requestsSent(): number {
    return this.#requestsSent;
  }

  /** The upstream's request ids of this request's answers so far, in the order they came. */
  get requestIds(): readonly string[] {
    return this.#requestIds;
  }

  /** Tells `observer` of every call sent from now on (one observer; a later one replaces it). */
  observe(observer: CallObserver): void {
    this.#observer = observer;
  }

  /** {@link ChimeClient.send}, aborted with the request, counted, and shown to the observer. */
  send<Input extends object, Output>(
    operation: Operation<Input, Output>,
    input: Input,
    options: SendOptions = {},
  ): Promise<Output> {
    const signal =
      options.signal && this.#signal
        ? AbortSignal.any([options.signal, this.#signal])
        : (options.signal ?? this.#signal);
    const settled = this.#observer?.(operation.name);
    let attempts = 0;
    const call = this.#client.send(operation, input, {
      signal,
      onRequestSent: () => {
        attempts += 1;
        this.#requestsSent += 1;
        options.onRequestSent?.();
      },
      onAnswered: (requestId) => {
        this.#requestIds.push(requestId);
        options.onAnswered?.(requestId);
      },
    });
    return settled ? call.finally(() => settled(attempts)) : call;
  }
}
