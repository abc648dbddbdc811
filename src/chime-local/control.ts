import { badRequest, type ServiceError, serviceFailure, throttled } from './errors.ts';
import { optionalInt } from './validate.ts';

/** Fault injection settings, as `POST /_local/faults` takes them. */
export interface Faults {
  /** Added to every call, in milliseconds. */
  latencyMs: number;
  /** Share of calls (0–1) answered 429 ThrottledClientException. */
  throttleRate: number;
  /** Share of calls (0–1) answered 500 ServiceFailureException. */
  errorRate: number;
  /** The next this many calls are throttled, whatever throttleRate says (deterministic tests). */
  throttleNext: number;
  /** When set, faults apply only to these operations. */
  operations?: string[];
  /**
   * Operations answered with a fixed answer instead of being served, whatever `operations` says:
   * how tests make an upstream answer what chime-local never would (a 410 of a retired action).
   */
  answers?: Record<string, CannedAnswer>;
}

/** A fixed answer: an HTTP status, a JSON body and its error code (the `x-amzn-ErrorType` header). */
export interface CannedAnswer {
  status: number;
  body?: unknown;
  errorType?: string;
}

/** One call in the stats' request log; times are milliseconds since the last reset. */
export interface RecordedRequest {
  operation: string;
  query: Record<string, string>;
  arrivedAtMs: number;
  /** Null while the call is still being served. */
  answeredAtMs: number | null;
}

/** Counts calls per operation and decides which calls an injected fault hits. */
export class Control {
  faults: Faults;
  #calls = new Map<string, number>();
  #recent: RecordedRequest[] = [];
  /** The `performance.now()` time the arrival and answer offsets count from: the last reset. */
  #since = performance.now();

  constructor(latencyMs: number) {
    this.faults = { latencyMs, throttleRate: 0, errorRate: 0, throttleNext: 0 };
  }

  /**
   * Records one call to `operation`, arrived now; call the answer it returns when the call is
   * answered, so the log shows which calls overlapped and which waited for one another.
   */
  record(operation: string, query: URLSearchParams): () => void {
    this.#calls.set(operation, (this.#calls.get(operation) ?? 0) + 1);
    const entry: RecordedRequest = {
      operation,
      query: Object.fromEntries(query),
      arrivedAtMs: this.#offset(),
      answeredAtMs: null,
    };
    this.#recent.push(entry);
    // Keep the log bounded: it serves tests that look at the last few calls.
    if (this.#recent.length > 5000) this.#recent.splice(0, this.#recent.length - 5000);
    return () => {
      entry.answeredAtMs = this.#offset();
    };
  }

  /** Milliseconds since the last reset, to a hundredth. */
  #offset(): number {
    return Math.round((performance.now() - this.#since) * 100) / 100;
  }

  /** `GET /_local/stats`. */
  stats() {
    const calls = Object.fromEntries([...this.#calls].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...this.#calls.values()].reduce((sum, count) => sum + count, 0);
    return { total, calls, requests: this.#recent };
  }

  /** `POST /_local/reset`: zero the statistics (data is reset by the caller). */
  resetStats(): void {
    this.#calls.clear();
    this.#recent = [];
    this.#since = performance.now();
  }

  /** `POST /_local/faults`: replaces the settings; members left out keep their value. */
  setFaults(body: Record<string, unknown>): Faults {
    const rate = (value: unknown, name: string) => {
      if (value === undefined) return undefined;
      if (typeof value !== 'number' || !(value >= 0 && value <= 1))
        throw badRequest(`${name} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
      return value;
    };
    const operations = body.operations;
    if (operations !== undefined && operations !== null) {
      if (!Array.isArray(operations) || !operations.every((name) => typeof name === 'string'))
        throw badRequest('operations must be a list of operation names');
    }
    const answers = body.answers === null ? undefined : parseAnswers(body.answers);
    this.faults = {
      latencyMs: optionalInt(body.latencyMs, 'latencyMs', { min: 0, max: 60_000 }) ?? this.faults.latencyMs,
      throttleRate: rate(body.throttleRate, 'throttleRate') ?? this.faults.throttleRate,
      errorRate: rate(body.errorRate, 'errorRate') ?? this.faults.errorRate,
      throttleNext: optionalInt(body.throttleNext, 'throttleNext', { min: 0 }) ?? this.faults.throttleNext,
      operations:
        operations === null ? undefined : ((operations as string[] | undefined) ?? this.faults.operations),
      answers: body.answers === null ? undefined : (answers ?? this.faults.answers),
    };
    return this.faults;
  }

  /** The fixed answer `operation` gets instead of being served, if one is set. */
  cannedAnswer(operation: string): CannedAnswer | undefined {
    return this.faults.answers?.[operation];
  }

  /** The fault to answer `operation` with instead of serving it, if any. */
  injectedFault(operation: string): ServiceError | undefined {
    const { throttleRate, errorRate, operations } = this.faults;
    if (operations && !operations.includes(operation)) return undefined;
    if (this.faults.throttleNext > 0) {
      this.faults.throttleNext -= 1;
      return throttled();
    }
    if (throttleRate > 0 && Math.random() < throttleRate) return throttled();
    if (errorRate > 0 && Math.random() < errorRate) return serviceFailure('Injected failure');
    return undefined;
  }
}

/** `answers` of `POST /_local/faults`: operation name → `{ status, body?, errorType? }`. */
function parseAnswers(value: unknown): Record<string, CannedAnswer> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest('answers must be an object of operation name → { status, body, errorType }');
  return Object.fromEntries(
    Object.entries(value as Record<string, Record<string, unknown>>).map(([operation, answer]) => {
      const status = optionalInt(answer?.status, `answers.${operation}.status`, { min: 200, max: 599 });
      if (status === undefined) throw badRequest(`answers.${operation}.status is required`);
      const errorType = answer.errorType;
      if (errorType !== undefined && typeof errorType !== 'string')
        throw badRequest(`answers.${operation}.errorType must be a string`);
      return [operation, { status, body: answer.body, ...(errorType ? { errorType } : {}) }];
    }),
  );
}
