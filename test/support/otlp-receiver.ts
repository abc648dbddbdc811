import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One OTLP export as it arrived: its content type and body. */
export interface ReceivedExport {
  path: string;
  contentType: string | undefined;
  body: Buffer;
}

/** A span of an OTLP/JSON export, with its attributes as plain values. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  /** OTLP's status code: 0 unset, 1 ok, 2 error. */
  status: { code: number; message?: string };
  /** The `service.name` of the resource that sent it. */
  serviceName: unknown;
}

/**
 * An OTLP/HTTP collector on a free port that keeps every export it is sent (`POST /v1/traces`),
 * answering each with success; `spans()` decodes the JSON ones.
 */
export async function startOtlpReceiver() {
  const received: ReceivedExport[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const contentType = request.headers['content-type'];
      received.push({ path: request.url ?? '', contentType, body: Buffer.concat(chunks) });
      // An empty body is an empty ExportTraceServiceResponse in protobuf; `{}` is the JSON one.
      const json = contentType?.startsWith('application/json');
      response.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      response.end(json ? '{}' : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    /** Every span of every JSON export so far. */
    spans(): ReceivedSpan[] {
      return received
        .filter((each) => each.contentType?.startsWith('application/json'))
        .flatMap((each) => spansOf(JSON.parse(each.body.toString('utf8'))));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function spansOf(request: any): ReceivedSpan[] {
  return request.resourceSpans.flatMap((resourceSpans: any) => {
    const resource = attributesOf(resourceSpans.resource?.attributes);
    return resourceSpans.scopeSpans.flatMap((scopeSpans: any) =>
      scopeSpans.spans.map((span: any) => ({
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId || undefined,
        name: span.name,
        kind: span.kind,
        attributes: attributesOf(span.attributes),
        status: span.status ?? { code: 0 },
        serviceName: resource['service.name'],
      })),
    );
  });
}

function attributesOf(list: any[] = []): Record<string, unknown> {
  return Object.fromEntries(list.map(({ key, value }) => [key, plainValue(value)]));
}

function plainValue(value: any): unknown {
  if ('stringValue' in value) return value.stringValue;
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return value.doubleValue;
  if ('boolValue' in value) return value.boolValue;
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(plainValue);
  return undefined;
}
