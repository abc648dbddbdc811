import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamObserver } from '../chime/observer.ts';

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /**
   * Also export the process's own series (CPU, memory, event loop delay, GC) that prom-client
   * collects; a running gateway does, tests need not.
   * @default false
   */
  processMetrics?: boolean;
}

/**
 * The gateway's Prometheus series, in a registry of their own rather than prom-client's global
 * one, so that several gateways in one process (tests) each count only their own traffic. The
 * upstream series are fed by {@link metricsObserver}, the GraphQL ones by the Yoga plugin
 * (`useGraphQLMetrics`), the rest by the parts that decide: call the methods below.
 */
export interface GatewayMetrics {
  /** What `GET /metrics` serves. */
  readonly registry: Registry;
  /** The `chime_upstream_*` series that {@link metricsObserver} feeds. */
  readonly upstream: UpstreamSeries;
  /** Counts one cache lookup of `feature` (`gateway_cache_lookups_total`), a hit or a miss. */
  cacheLookup(feature: string, hit: boolean): void;
  /** Counts one operation refused by the per-identity rate limit (`gateway_rate_limit_refusals_total`). */
  rateLimitRefused(): void;
  /** Records how long an upstream request waited for a quota token of `dimension` (0 for none). */
  quotaWaited(dimension: string, seconds: number): void;
  /** Counts one upstream request refused because its `dimension` quota would wait too long. */
  quotaRefused(dimension: string): void;
}

/** The series of the requests a ChimeClient sends. */
export interface UpstreamSeries {
  requests: Counter<'operation' | 'status'>;
  duration: Histogram<'operation'>;
  retries: Counter<'operation' | 'reason'>;
  inFlight: Gauge;
}

/** Creates the gateway's metrics in a new registry. */
export function createMetrics({ processMetrics = false }: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  const upstream: UpstreamSeries = {
    requests: new Counter({
      name: 'chime_upstream_requests_total',
      help: 'HTTP requests sent to Chime, retries included, by operation and HTTP status (or network, timeout, aborted)',
      labelNames: ['operation', 'status'],
      registers,
    }),
    duration: new Histogram({
      name: 'chime_upstream_request_duration_seconds',
      help: 'Time from sending an HTTP request to Chime to its answer (or failure), by operation',
      labelNames: ['operation'],
      registers,
    }),
    retries: new Counter({
      name: 'chime_upstream_retries_total',
      help: 'Upstream requests tried again, by operation and the error code of the failure retried',
      labelNames: ['operation', 'reason'],
      registers,
    }),
    inFlight: new Gauge({
      name: 'chime_upstream_requests_in_flight',
      help: 'HTTP requests sent to Chime and not yet answered',
      registers,
    }),
  };
  const cacheLookups = new Counter({
    name: 'gateway_cache_lookups_total',
    help: 'Lookups in the cache of upstream reads, by feature and result (hit or miss)',
    labelNames: ['feature', 'result'],
    registers,
  });
  const rateLimitRefusals = new Counter({
    name: 'gateway_rate_limit_refusals_total',
    help: 'Operations refused with RATE_LIMITED because their identity had used its upstream calls',
    registers,
  });
  const quotaWaits = new Histogram({
    name: 'chime_upstream_quota_wait_seconds',
    help: 'Time upstream requests waited for a token of a Chime quota, by quota dimension',
    labelNames: ['dimension'],
    buckets: [0, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers,
  });
  const quotaRefusals = new Counter({
    name: 'chime_upstream_quota_refusals_total',
    help: 'Upstream requests refused as THROTTLED because a Chime quota would have made them wait too long',
    labelNames: ['dimension'],
    registers,
  });
  if (processMetrics) collectDefaultMetrics({ register: registry });
  return {
    registry,
    upstream,
    cacheLookup: (feature, hit) => cacheLookups.inc({ feature, result: hit ? 'hit' : 'miss' }),
    rateLimitRefused: () => rateLimitRefusals.inc(),
    quotaWaited: (dimension, seconds) => quotaWaits.observe({ dimension }, seconds),
    quotaRefused: (dimension) => quotaRefusals.inc({ dimension }),
  };
}

/**
 * The ChimeClient observer that feeds the `chime_upstream_*` series: one count per HTTP request
 * (retries included) by how it ended, its duration, the retries by reason, and the requests in flight.
 */
export function metricsObserver({ upstream }: GatewayMetrics): UpstreamObserver {
  const { requests, duration, retries, inFlight } = upstream;
  return {
    requestStarted({ operation }) {
      inFlight.inc();
      const started = performance.now();
      return ({ status }) => {
        inFlight.dec();
        requests.inc({ operation, status: String(status) });
        duration.observe({ operation }, (performance.now() - started) / 1000);
      };
    },
    retrying(operation, reason) {
      retries.inc({ operation, reason });
    },
  };
}
