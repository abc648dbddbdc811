import type { Plugin } from 'graphql-yoga';
import { DEFAULT_LIMITS } from '../config.ts';
import type { RequestContext } from '../context.ts';
import { type PlannedCall, planCalls } from '../schema/shared/cost-estimate.ts';
import { queryTooComplex } from './document-limits.ts';

/** Options of {@link useUpstreamCost}. */
export interface UpstreamCostOptions {
  /**
   * The most upstream requests a document may be estimated to make (`MAX_COST`).
   * @default 250
   */
  maxCost?: number;
}

/** What `extensions.cost` of every response says. */
export interface UpstreamCost {
  /** The upstream requests the document was estimated to make, before execution. */
  estimated: number;
  /** The upstream requests it made, retries included. */
  actual: number;
  /** `MAX_COST`. */
  limit: number;
}

/**
 * Measures every operation in upstream requests before it runs (planCalls) and refuses it
 * with `QUERY_TOO_COMPLEX` when the estimate exceeds `maxCost`, so that it makes no call at all;
 * every response then carries `extensions.cost {estimated, actual, limit}`, `actual` being what
 * the request's client counted once it settled (nothing is sent for a request after its answer).
 * `estimateOf(request)` and `plannedOf(request)` give later plugins the estimate of a request that
 * passed and the calls it adds up, so that they need not measure the document again.
 */
export function useUpstreamCost({
  maxCost = DEFAULT_LIMITS.maxCost,
}: UpstreamCostOptions = {}): Plugin<RequestContext> & {
  estimateOf(request: Request): number | undefined;
  plannedOf(request: Request): readonly PlannedCall[] | undefined;
} {
  const measured = new WeakMap<
    Request,
    { estimated: number; planned: readonly PlannedCall[]; context: RequestContext }
  >();
  return {
    estimateOf: (request) => measured.get(request)?.estimated,
    plannedOf: (request) => measured.get(request)?.planned,
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext & { request: Request };
      const planned = planCalls(
        args.schema,
        args.document,
        (args.variableValues as Record<string, unknown> | undefined) ?? {},
        args.operationName,
        context.identity.accounts,
      );
      const estimated = planned.reduce((total, { count }) => total + count, 0);
      measured.set(context.request, { estimated, planned, context });
      if (estimated > maxCost)
        setResultAndStopExecution({
          errors: [
            queryTooComplex(
              { name: 'cost', max: maxCost, actual: estimated },
              `The operation is estimated to make ${estimated} upstream requests; at most ${maxCost} are allowed (MAX_COST)`,
            ),
          ],
        });
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !isObject(result) || Symbol.asyncIterator in result) return;
      const seen = measured.get(request);
      const cost: UpstreamCost = {
        estimated: seen?.estimated ?? 0,
        actual: seen?.context.client.settle() ?? 0,
        limit: maxCost,
      };
      setResult({ ...result, extensions: { ...(result.extensions ?? {}), cost } });
    },
  };
}

function isObject(value: unknown): value is { extensions?: Record<string, unknown> } {
  return typeof value === 'object' && value !== null;
}
