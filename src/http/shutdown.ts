import type { Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/**
 * How long the requests in flight get to finish once a shutdown starts; those still running then
 * are cut. Kept below the deployment's grace period (30 s in deploy/kubernetes), with room for a
 * few bounded resource closes after it.
 */
export const DRAIN_TIMEOUT_MS = 10_000;
/** How long each resource gets to close once the requests have drained. */
export const CLOSE_TIMEOUT_MS = 2_000;

/** The bounds of a shutdown; tests shorten them. */
export interface ShutdownBounds {
  /** @default DRAIN_TIMEOUT_MS */
  drainMs?: number;
  /** @default CLOSE_TIMEOUT_MS */
  closeMs?: number;
}

/**
 * How a gateway process stops: stop accepting connections, let the requests in flight finish
 * (within a bound), then close what the process opened, last opened first, each within a bound.
 * Errors are logged, never thrown: a shutdown always ends.
 */
export class Shutdown {
  readonly #server: Server;
  readonly #logger: Logger;
  readonly #drainMs: number;
  readonly #closeMs: number;
  readonly #resources: { name: string; close: () => unknown }[] = [];
  /** The responses not yet sent, so that a shutdown can tell their connections to close. */
  readonly #answering = new Set<ServerResponse>();
  #running: Promise<void> | undefined;

  /** Call before any other `request` listener is added to `server`. */
  constructor(
    server: Server,
    logger: Logger,
    { drainMs = DRAIN_TIMEOUT_MS, closeMs = CLOSE_TIMEOUT_MS }: ShutdownBounds = {},
  ) {
    this.#server = server;
    this.#logger = logger;
    this.#drainMs = drainMs;
    this.#closeMs = closeMs;
    server.on('request', (_, response: ServerResponse) => {
      // A request that arrives on a kept-alive connection during the shutdown still gets its
      // answer, and then its connection closes.
      if (this.#running) response.shouldKeepAlive = false;
      this.#answering.add(response);
      response.once('close', () => this.#answering.delete(response));
    });
  }

  /** Closes `close` (named in the log) during the shutdown, after the HTTP server has drained. */
  onClose(name: string, close: () => unknown): void {
    this.#resources.push({ name, close });
  }

  /** Runs the shutdown once; every later call answers the same promise. */
  run(): Promise<void> {
    this.#running ??= this.#drain().then(() => this.#closeResources());
    return this.#running;
  }

  /** Resolves once the requests in flight are answered, or cut after the drain bound. */
  async #drain(): Promise<void> {
    if (!this.#server.listening) return;
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    // Connections close with their answers instead of waiting out the keep-alive timeout.
    this.#server.closeIdleConnections();
    for (const response of this.#answering) response.shouldKeepAlive = false;
    if (await settlesWithin(closed, this.#drainMs)) return;
    this.#logger.warn(
      `${this.#answering.size} request(s) still in flight after ${this.#drainMs} ms: cutting their connections`,
    );
    // Their clients see the connection close; each request's upstream calls are aborted with it.
    this.#server.closeAllConnections();
    await closed;
  }

  async #closeResources(): Promise<void> {
    const closed = ['HTTP server'];
    for (const { name, close } of this.#resources.toReversed()) {
      try {
        if (await settlesWithin(Promise.resolve().then(close), this.#closeMs)) closed.push(name);
        else this.#logger.warn(`${name} did not close within ${this.#closeMs} ms: left behind`);
      } catch (error) {
        this.#logger.error({ err: error }, `closing ${name} failed`);
      }
    }
    this.#logger.info(`stopped: ${listed(closed)} closed`);
  }
}

/** Whether `promise` settles within `ms`; a rejection is thrown. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `a`, `a and b`, `a, b and c`. */
function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
