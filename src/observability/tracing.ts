import {
  type Attributes,
  type Context,
  context,
  DiagLogLevel,
  diag,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isIntrospectionType,
  isLeafType,
  isObjectType,
  responsePathAsArray,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { UpstreamObserver } from '../chime/observer.ts';
import { ConfigError } from '../config.ts';
import type { RequestContext } from '../context.ts';
import { isAsyncIterable, outcomeOf } from '../http/request-log.ts';
import { COST_RULES } from '../schema/shared/costs.ts';

/** A response path as graphql-js builds it: each field's path points at its parent's. */
type Path = GraphQLResolveInfo['path'];

/** The service name spans carry when `OTEL_SERVICE_NAME` is unset. */
export const DEFAULT_SERVICE_NAME = 'chime-graphql-gateway';

/** The path of the GraphQL endpoint: only its requests get a server span. */
const GRAPHQL_PATH = '/graphql';

/** The OTLP/HTTP encodings, by `OTEL_EXPORTER_OTLP_PROTOCOL` value. */
const PROTOCOLS = ['http/protobuf', 'http/json'] as const;
type Protocol = (typeof PROTOCOLS)[number];

/** Traces of a running gateway: what createGateway and the ChimeClient take, and how to stop. */
export interface Tracing {
  /** The Yoga plugin: a server span per GraphQL request, a span per root or upstream-reading field. */
  plugin: Plugin<RequestContext>;
  /** The ChimeClient observer: a client span per upstream HTTP request, retries included. */
  observer: UpstreamObserver;
  /** Ends tracing: exports the spans still buffered, then unregisters the provider. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing as the standard `OTEL_*` variables of `process.env` say, exporting
 * OTLP over HTTP (`OTEL_EXPORTER_OTLP_PROTOCOL` `http/protobuf`, the default, or `http/json`) to
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT`/v1/traces. Resolves with
 * undefined, having loaded and registered nothing, when neither endpoint is set, `OTEL_SDK_DISABLED`
 * is true or `OTEL_TRACES_EXPORTER` is `none`. Throws a `ConfigError` for a protocol or exporter
 * it does not speak. Export failures are logged as warnings on `logger`.
 */
export async function startTracing(logger: Logger): Promise<Tracing | undefined> {
  const env = process.env;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporterName = env.OTEL_TRACES_EXPORTER?.trim() || 'otlp';
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true' || exporterName === 'none')
    return undefined;
  if (exporterName !== 'otlp')
    throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got ${JSON.stringify(exporterName)}`);
  const protocol = protocolOf(env);

  // Loaded only when tracing is on, so that a gateway without it never even loads the SDK.
  const [{ NodeTracerProvider, BatchSpanProcessor }, resources, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
    protocol === 'http/json'
      ? import('@opentelemetry/exporter-trace-otlp-http')
      : import('@opentelemetry/exporter-trace-otlp-proto'),
  ]);
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': DEFAULT_SERVICE_NAME }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over the default.
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  diag.setLogger(diagnosticsTo(logger), DiagLogLevel.WARN);
  provider.register();
  const tracer = provider.getTracer(DEFAULT_SERVICE_NAME);
  logger.info(`OpenTelemetry traces are exported with OTLP ${protocol}`);
  return {
    plugin: useTracing(tracer),
    observer: upstreamSpans(tracer),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      diag.disable();
    },
  };
}

function protocolOf(env: NodeJS.ProcessEnv): Protocol {
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim();
  if (!protocol) return 'http/protobuf';
  if ((PROTOCOLS as readonly string[]).includes(protocol)) return protocol as Protocol;
  throw new ConfigError(
    `OTEL_EXPORTER_OTLP_PROTOCOL must be ${PROTOCOLS.join(' or ')} (OTLP over HTTP), got ${JSON.stringify(protocol)}`,
  );
}

/** The SDK's own warnings and errors (an export that failed) as pino warnings. */
function diagnosticsTo(logger: Logger) {
  const warn = (message: string, ...args: unknown[]) =>
    logger.warn({ detail: args.map(String).join(' ') || undefined }, `OpenTelemetry: ${message}`);
  const ignore = () => {};
  return { error: warn, warn, info: ignore, debug: ignore, verbose: ignore };
}

/** The span a GraphQL request runs under, and the context its fields start from. */
interface RequestTrace {
  tracer: Tracer;
  span: Span;
  context: Context;
}

// By request context: what a traced field's resolver reads to find its request's trace. The field
// wrapper is put once on the one schema; without an entry here (tracing off) it only checks that.
const requestTraces = new WeakMap<object, RequestTrace>();
// By response path: the context of each traced field's span, so that the traced fields below it
// become its children (graphql-js resolves children outside the parent resolver's async context).
const fieldContexts = new WeakMap<Path, Context>();
const WRAPPED = Symbol('tracing');

/**
 * A server span per request to the GraphQL endpoint, continuing the caller's W3C `traceparent`,
 * named `{operation type} {operation name}` (`query AccountDashboard`) with
 * `graphql.operation.type`/`name`, `http.request.method` and `http.response.status_code`, and an
 * error status when the response has errors, whose codes are `graphql.error.codes` (`error.type`
 * the first). Under it, a span per field that starts upstream work: root fields, fields with a
 * cost rule that makes calls, fields that read ahead; never one per scalar. Everything a request
 * runs sees its span as the active context, so the upstream client spans become its children.
 */
function useTracing(tracer: Tracer): Plugin<RequestContext> {
  const requests = new WeakMap<Request, RequestTrace>();
  return {
    onSchemaChange({ schema }) {
      wrapTracedFields(schema);
    },
    instrumentation: {
      request({ request }, wrapped) {
        if (new URL(request.url).pathname !== GRAPHQL_PATH) return wrapped();
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headersGetter);
        const span = tracer.startSpan(
          'GraphQL Operation',
          {
            kind: SpanKind.SERVER,
            attributes: { 'http.request.method': request.method, 'http.route': GRAPHQL_PATH },
          },
          parent,
        );
        const active = trace.setSpan(parent, span);
        requests.set(request, { tracer, span, context: active });
        const ended = context.with(active, wrapped);
        if (!isThenable(ended)) {
          span.end();
          return ended;
        }
        return ended.then(
          () => span.end(),
          (error: unknown) => {
            span.end();
            throw error;
          },
        );
      },
    },
    onParse({ context: yogaContext }) {
      return ({ result }) => {
        const request = requests.get(yogaContext.request);
        if (!request || result instanceof Error || !result) return;
        const operation = getOperationAST(result, yogaContext.params.operationName);
        if (!operation) return;
        const name = operation.name?.value;
        request.span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
        request.span.setAttribute('graphql.operation.type', operation.operation);
        if (name) request.span.setAttribute('graphql.operation.name', name);
      };
    },
    onExecute({ args }) {
      const request = requests.get(args.contextValue.request);
      if (request) requestTraces.set(args.contextValue, request);
    },
    onResultProcess({ request, result }) {
      const traced = requests.get(request);
      if (!traced || isAsyncIterable(result)) return;
      const codes = outcomeOf(result);
      if (codes[0] === 'ok') return;
      traced.span.setAttributes({ 'graphql.error.codes': codes, 'error.type': codes[0] });
      traced.span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
    },
    onResponse({ request, response }) {
      const traced = requests.get(request);
      if (!traced) return;
      traced.span.setAttribute('http.response.status_code', response.status);
      // A refusal before execution (401, 413, 429…) answers no GraphQL errors of its own.
      if (response.status >= 400) traced.span.setStatus({ code: SpanStatusCode.ERROR });
    },
  };
}

const headersGetter = {
  keys: (headers: Headers) => [...headers.keys()],
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
};

/** Puts a span around the resolver of every field worth one (see {@link isTraced}), once per schema. */
function wrapTracedFields(schema: GraphQLSchema): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (WRAPPED in field || !(roots.has(type) || isTraced(type.name, field))) continue;
      field.resolve = withSpan(`${type.name}.${field.name}`, field.resolve ?? defaultFieldResolver);
      Object.assign(field, { [WRAPPED]: true });
    }
  }
}

/** A field below the root gets a span when it starts upstream work: a cost rule with calls, or a read ahead. */
function isTraced(typeName: string, field: GraphQLField<unknown, unknown>): boolean {
  if (isLeafType(getNamedType(field.type))) return false;
  const rule = COST_RULES[typeName]?.[field.name];
  return rule?.calls !== undefined || rule?.batch !== undefined || field.extensions.lookAhead !== undefined;
}

/** `resolve` inside a span named `name`, child of the nearest traced field above it, or of the request. */
function withSpan(
  name: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, ctx, info) => {
    const request = requestTraces.get(ctx as object);
    if (!request) return resolve(source, args, ctx, info);
    let parent = request.context;
    for (let above = info.path.prev; above; above = above.prev) {
      const found = fieldContexts.get(above);
      if (found) {
        parent = found;
        break;
      }
    }
    const span = request.tracer.startSpan(
      name,
      { attributes: { 'graphql.field.name': info.fieldName, 'graphql.field.path': pathOf(info.path) } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    fieldContexts.set(info.path, active);
    try {
      const result = context.with(active, () => resolve(source, args, ctx, info));
      if (!isThenable(result)) return endField(span, result);
      return result.then(
        (value) => endField(span, value),
        (error: unknown) => {
          endField(span, error);
          throw error;
        },
      );
    } catch (error) {
      endField(span, error);
      throw error;
    }
  };
}

/** Ends a field's span with the outcome of its resolver, and passes the value on. */
function endField<T>(span: Span, value: T): T {
  if (value instanceof Error) {
    const code = (value as { extensions?: { code?: unknown } }).extensions?.code;
    const type = typeof code === 'string' ? code : value.name;
    span.setAttribute('error.type', type);
    // The code alone: an unexpected error's message is masked from callers, and from traces too.
    span.setStatus({ code: SpanStatusCode.ERROR, message: type });
  }
  span.end();
  return value;
}

/** `account.users.nodes.3.phoneNumbers`: the response path as `errors[].path` would write it. */
function pathOf(path: Path): string {
  return responsePathAsArray(path).join('.');
}

/**
 * A client span per HTTP request sent upstream, retries being spans of their own, as a child of the
 * field or request that sent it: `Chime/<operation>` with `rpc.system` `aws-api`, `rpc.service`
 * `Chime`, `rpc.method`, `http.request.resend_count` for a retry, `http.response.status_code` and
 * `aws.request_id` when an answer came, and `error.type` (the upstream's error code, or
 * `TimeoutError`, `NetworkError`, `AbortError`) with an error status when it failed. Never the upstream's host, path,
 * query or headers. Requests made outside any trace (the readiness check) start none.
 */
function upstreamSpans(tracer: Tracer): UpstreamObserver {
  return {
    requestStarted({ operation, attempt }) {
      const parent = context.active();
      if (!trace.getSpan(parent)) return undefined;
      const attributes: Attributes = {
        'rpc.system': 'aws-api',
        'rpc.service': 'Chime',
        'rpc.method': operation,
      };
      if (attempt > 1) attributes['http.request.resend_count'] = attempt - 1;
      const span = tracer.startSpan(`Chime/${operation}`, { kind: SpanKind.CLIENT, attributes }, parent);
      return ({ status, code, requestId }) => {
        if (typeof status === 'number') span.setAttribute('http.response.status_code', status);
        if (requestId) span.setAttribute('aws.request_id', requestId);
        const failed = typeof status !== 'number' || status >= 400;
        if (failed) {
          const type = code ?? String(status);
          span.setAttribute('error.type', type);
          span.setStatus({ code: SpanStatusCode.ERROR, message: type });
        }
        span.end();
      };
    },
  };
}

/** A promise, or any object GraphQL and Yoga treat as one. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
