import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { RequestChimeClient } from '../chime/request-client.ts';
import type { Identity } from '../identity.ts';

/** What the request log reads from each request's context. */
export interface RequestLogContext {
  /** The request's Chime client, which counts the upstream requests it sent, retries included. */
  client?: RequestChimeClient;
  /** Who the request acts as. */
  identity?: Identity;
}

interface RequestRecord {
  started: number;
  operation: string | null;
  client: RequestChimeClient | undefined;
  sub: string | undefined;
  outcome: string[] | undefined;
}

/**
 * One info line per GraphQL request, when its response is sent: the operation name, the
 * duration in milliseconds, the upstream calls it made (retries included), who it acted as
 * (the identity's `sub`) and its outcome
 * (`ok`, or the error codes it answered). Other routes (health, GraphiQL's page) are not logged.
 */
export function useRequestLog({ logger }: { logger: Logger }): Plugin<RequestLogContext> {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, {
        started: performance.now(),
        operation: null,
        client: undefined,
        sub: undefined,
        outcome: undefined,
      });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record) record.operation = params.operationName ?? null;
    },
    onExecute({ args }) {
      const record = records.get(args.contextValue.request);
      if (!record) return;
      // The document names its operation even when the request does not.
      record.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? record.operation;
      record.client = args.contextValue.client;
      record.sub = args.contextValue.identity?.sub;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (record && !isAsyncIterable(result)) record.outcome = outcomeOf(result);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record?.outcome) return;
      logger.info(
        {
          operation: record.operation,
          durationMs: Math.round((performance.now() - record.started) * 10) / 10,
          upstreamCalls: record.client?.requestsSent ?? 0,
          sub: record.sub,
          outcome: record.outcome.join(','),
          status: response.status,
        },
        'graphql request',
      );
    },
  };
}

/** `['ok']`, or the distinct `extensions.code`s of the errors (`GRAPHQL_ERROR` for one without). */
export function outcomeOf(result: ExecutionResult | ExecutionResult[]): string[] {
  const codes = new Set<string>();
  for (const one of Array.isArray(result) ? result : [result])
    for (const error of one.errors ?? []) {
      const code = error.extensions?.code;
      codes.add(typeof code === 'string' ? code : 'GRAPHQL_ERROR');
    }
  return codes.size === 0 ? ['ok'] : [...codes];
}

/** Whether a result is a stream of results (a subscription), which has no single outcome. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
