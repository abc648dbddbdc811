import {
  defaultFieldResolver,
  type ExecutionResult,
  type GraphQLFieldResolver,
  isIntrospectionType,
  isObjectType,
  responsePathAsArray,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { currentPath, type ResponsePath, runAtPath } from '../call-path.ts';
import type { RequestContext } from '../context.ts';
import type { useUpstreamCost } from './cost.ts';

/** The request header that asks for the plan, and the values it takes. */
export const EXPLAIN_HEADER = 'x-explain';
export const EXPLAIN_MODES = ['plan', 'dry-run'] as const;
export type ExplainMode = (typeof EXPLAIN_MODES)[number];

/** One upstream call the request made, in `extensions.plan` of `x-explain: plan`. */
export interface ExplainedCall {
  operation: string;
  /** The response path of the field whose resolver sent the call, list indices included. */
  path: ResponsePath;
  /** When `send` was called, in ms since execution started (to 0.1 ms). */
  startMs: number;
  /** When it settled (answered or failed); null while still in flight when the response was made. */
  endMs: number | null;
  /** The HTTP requests it took, retries included. */
  attempts: number;
}

/** One entry of `extensions.plan` of `x-explain: dry-run`: what the estimate expects a field to send. */
export interface PlannedCalls {
  operation: string;
  /** The field's response keys, without list indices: one entry counts every item of a list. */
  path: readonly string[];
  count: number;
}

// The contexts of requests whose calls are being recorded. A resolver checks it to know whether to
// run inside its path; module-wide, as the wrapper it serves is put on the one schema once.
const recording = new WeakSet<object>();
const WRAPPED = Symbol('explain');

/**
 * The upstream call plan, on request: with `x-explain: plan` the response's `extensions.plan` lists
 * every call the request's client sent, grouped in waves (a call's wave is one more than the last
 * wave among the calls that had ended when it started: the calls it may have waited for); with
 * `x-explain: dry-run` nothing executes and nothing is sent: `data` is null and `extensions.plan`
 * lists the calls the cost estimate counts, in the waves of level-by-level resolution (an upper
 * bound: execution starts some reads sooner). Any other value is `BAD_USER_INPUT` (400) before
 * anything runs. A dry run passes every check made before execution (authentication, document limits,
 * `MAX_COST`), and is not charged to the rate limit: this plugin comes after `useUpstreamCost` and
 * before `useRateLimit`. Without the header nothing is recorded; each resolver only checks that.
 */
export function useExplain(
  cost: Pick<ReturnType<typeof useUpstreamCost>, 'plannedOf'>,
): Plugin<RequestContext> {
  return {
    onSchemaChange({ schema }) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || isIntrospectionType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          if (WRAPPED in field) continue;
          field.resolve = atOwnPath(field.resolve ?? defaultFieldResolver);
          Object.assign(field, { [WRAPPED]: true });
        }
      }
    },
    onParams({ request }) {
      explainModeOf(request);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext & { request: Request };
      const mode = explainModeOf(context.request);
      if (mode === 'dry-run') {
        const planned = cost.plannedOf(context.request) ?? [];
        const plan = byWave(planned, ({ wave }) => wave).map((wave) =>
          wave.map(({ operation, path, count }): PlannedCalls => ({ operation, path, count })),
        );
        setResultAndStopExecution({ data: null, extensions: { plan } });
        return;
      }
      if (mode !== 'plan') return;
      const started = performance.now();
      const calls: (ExplainedCall & { start: number; end: number | null })[] = [];
      recording.add(context);
      context.client.observe((operation) => {
        const start = performance.now() - started;
        const path = currentPath() ?? [];
        const call: (typeof calls)[number] = {
          operation,
          path,
          startMs: tenths(start),
          endMs: null,
          attempts: 0,
          start,
          end: null,
        };
        calls.push(call);
        return (attempts) => {
          const end = performance.now() - started;
          call.end = end;
          call.endMs = tenths(end);
          call.attempts = attempts;
        };
      });
      return {
        onExecuteDone({ result, setResult }) {
          if (!isSingleResult(result)) return;
          const plan = wavesOf(calls).map((wave) =>
            wave.map(({ start: _start, end: _end, ...call }): ExplainedCall => call),
          );
          setResult({ ...result, extensions: { ...(result.extensions ?? {}), plan } });
        },
      };
    },
  };
}

/** The mode `x-explain` asks for; throws `BAD_USER_INPUT` (400) for a value that is not one. */
function explainModeOf(request: Request): ExplainMode | undefined {
  const value = request.headers.get(EXPLAIN_HEADER);
  if (value === null) return undefined;
  const mode = value.trim().toLowerCase();
  if ((EXPLAIN_MODES as readonly string[]).includes(mode)) return mode as ExplainMode;
  throw createGraphQLError(
    `The ${EXPLAIN_HEADER} header must be ${EXPLAIN_MODES.map((each) => JSON.stringify(each)).join(' or ')}, ` +
      `got ${JSON.stringify(value.slice(0, 40))}`,
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
  );
}

/** `resolve`, run inside its field's path while the request's calls are being recorded. */
function atOwnPath(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) =>
    recording.has(context as object)
      ? runAtPath(responsePathAsArray(info.path), () => resolve(source, args, context, info))
      : resolve(source, args, context, info);
}

/**
 * The recorded calls in waves: taken in the order they started, a call's wave is one more than the
 * largest wave among the calls that had ended by then (1 when none had), since those are all it can
 * have waited for. Calls in a wave keep the order they started in.
 */
function wavesOf<T extends { start: number; end: number | null }>(calls: readonly T[]): T[][] {
  const ordered = [...calls].sort((a, b) => a.start - b.start);
  const waves = new Map<T, number>();
  for (const call of ordered) {
    let wave = 1;
    for (const [before, itsWave] of waves)
      if (before.end !== null && before.end <= call.start) wave = Math.max(wave, itsWave + 1);
    waves.set(call, wave);
  }
  return byWave(ordered, (call) => waves.get(call)!);
}

/** `items` grouped by their wave number, the waves in order, each keeping the items' order. */
function byWave<T>(items: readonly T[], waveOf: (item: T) => number): T[][] {
  const waves = new Map<number, T[]>();
  for (const item of items) waves.set(waveOf(item), [...(waves.get(waveOf(item)) ?? []), item]);
  return [...waves.entries()].sort(([a], [b]) => a - b).map(([, wave]) => wave);
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

function isSingleResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}
