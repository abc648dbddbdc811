import { createCounter, type FillLabelsFnParams, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../observability/metrics.ts';
import { clientCode } from './errors.ts';

/** The operation name of a request whose document names none. */
const ANONYMOUS = 'Anonymous';

type Phase = 'parse' | 'validate' | 'context' | 'execute' | 'subscribe';
type ErrorLabel = 'operationName' | 'operationType' | 'phase' | 'code';

/**
 * The GraphQL series, through Yoga's Prometheus plugin in the gateway's registry:
 * `graphql_envelop_request` and `graphql_envelop_request_duration` (seconds from parse to the
 * end of execution) by operation name and type, `graphql_yoga_http_duration` by operation,
 * method and status, and `graphql_envelop_error_result` by operation, phase and the
 * `extensions.code` clients get. The plugin's own `/metrics` route is off: metrics are served on
 * METRICS_PORT, away from the port clients reach.
 */
export function useGraphQLMetrics(metrics: GatewayMetrics): Plugin {
  const errors = createCounter<Phase, ErrorLabel, FillLabelsFnParams & { error: unknown; errorPhase: Phase }>(
    {
      registry: metrics.registry,
      counter: {
        name: 'graphql_envelop_error_result',
        help: 'Errors in GraphQL responses, by operation, phase (parse, validate, execute) and extensions.code',
        labelNames: ['operationName', 'operationType', 'phase', 'code'],
      },
      fillLabelsFn: (params, context) => ({
        operationName: params.operationName ?? context?.params?.operationName ?? ANONYMOUS,
        operationType: params.operationType ?? 'unknown',
        phase: params.errorPhase,
        code: errorCode(params.error, params.errorPhase),
      }),
      // Validation is counted below: the plugin sees only that it failed, not its errors' codes.
      phases: ['parse', 'execute', 'subscribe'],
    },
  );
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePrometheus({
          registry: metrics.registry,
          endpoint: false,
          // Request URLs carry whole documents in GET query strings: one series each.
          labels: { url: false },
          metrics: {
            graphql_envelop_request: true,
            graphql_envelop_request_duration: true,
            graphql_yoga_http_duration: true,
            graphql_envelop_error_result: errors,
            // Phase timings and the summary cost work on every request and say little more here.
            graphql_envelop_request_time_summary: false,
            graphql_envelop_phase_parse: false,
            graphql_envelop_phase_validate: false,
            graphql_envelop_phase_context: false,
            graphql_envelop_phase_execute: false,
            graphql_envelop_phase_subscribe: false,
            graphql_envelop_deprecated_field: false,
            graphql_envelop_schema_change: false,
          },
        }),
      );
    },
    onValidate({ params, context }) {
      return ({ result }) => {
        if (result.length === 0) return;
        const requested = context.params?.operationName ?? undefined;
        const operation = getOperationAST(params.documentAST, requested);
        const labels = {
          operationName: operation?.name?.value ?? requested ?? ANONYMOUS,
          operationType: operation?.operation ?? 'unknown',
          phase: 'validate',
        };
        for (const error of result) errors.counter.inc({ ...labels, code: errorCode(error, 'validate') });
      };
    },
  };
}

/**
 * The `extensions.code` the client gets for `error`. Yoga codes the parser's and graphql-js's own
 * validation errors only after these hooks have seen them, so an uncoded one is coded as Yoga will.
 */
function errorCode(error: unknown, phase: Phase): string {
  if (
    error instanceof GraphQLError &&
    error.originalError === undefined &&
    error.extensions.code === undefined
  ) {
    if (phase === 'parse') return 'GRAPHQL_PARSE_FAILED';
    if (phase === 'validate') return 'GRAPHQL_VALIDATION_FAILED';
  }
  return clientCode(error);
}
