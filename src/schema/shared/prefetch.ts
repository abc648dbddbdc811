import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../../context.ts';
import { argumentProblem } from './argument-rules.ts';

/** Starts a child field's upstream read from its parent's id and the field's arguments alone. */
export type ChildStart<R = unknown> = (
  parentId: string,
  // biome-ignore lint/suspicious/noExplicitAny: the field's arguments as GraphQL coerced them, for the typed resolver each starter calls
  args: Record<string, any>,
  ctx: RequestContext,
) => Promise<R>;

/**
 * The child reads each root field started, by that field's `info.path`: graphql-js hands a field's
 * own path object to its children as their `info.path.prev`, so a child finds exactly the reads its
 * parent field started, under its own response key, whatever object the parent resolved to.
 */
const startedUnder = new WeakMap<GraphQLResolveInfo['path'], Map<string | number, Promise<unknown>>>();

/**
 * The options of a field that needs only its parent's id (`idOf`), to spread into the field: its
 * resolver, and the `prefetch` extension through which a root field reading the parent by id
 * finds the read to start. The extension lives on the field itself, so it follows the field's
 * name and type wherever the field is declared; a renamed field keeps its prefetch.
 */
export function fromParentId<P, R>(idOf: (parent: P) => string, start: ChildStart<R>) {
  return {
    extensions: { prefetch: start },
    resolve: (
      parent: P,
      args: Record<string, unknown>,
      ctx: RequestContext,
      info: GraphQLResolveInfo,
    ): Promise<R> => {
      const started = info.path.prev && startedUnder.get(info.path.prev)?.get(info.path.key);
      return (started as Promise<R> | undefined) ?? start(idOf(parent), args, ctx);
    },
  };
}

/**
 * A root field that reads one object by id: GraphQL resolves its children only after it,
 * so the children that need only the id (connections, configurations) are started now,
 * beside the object's own Get, each child field's `prefetch` extension saying how.
 *
 * The hand-off goes by the root field's path, not by the object it resolves to: the loaders may
 * hand the same cached object to two aliases of this field, or to a list elsewhere in the
 * request, and those must not take reads started for other arguments. Under one path the reads
 * are keyed by response key (alias or name), as the child's `info.path.key` names itself, so two
 * aliases of one child with different arguments each find their own. A read started for a child
 * that is then never resolved (its parent came back null) is dropped unobserved, so its
 * rejection is caught here.
 */
export async function loadWithChildren<T extends object>(
  id: string,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  load: Promise<T | null>,
): Promise<T | null> {
  const type = getNamedType(info.returnType);
  const started = new Map<string | number, Promise<unknown>>();
  if (isObjectType(type)) {
    for (const node of childFields(info, info.fieldNodes)) {
      const field = type.getFields()[node.name.value];
      const start = field?.extensions.prefetch as ChildStart | undefined;
      if (!field || !start) continue;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, info.variableValues);
      } catch {
        continue; // The child's own resolution reports bad arguments.
      }
      if (argumentProblem(type.name, field, args)) continue;
      const read = start(id, args, ctx);
      read.catch(() => {});
      started.set(node.alias?.value ?? node.name.value, read);
    }
  }
  startedUnder.set(info.path, started);
  return load;
}

/** The fields selected under `nodes`, through fragments, honouring @skip and @include. */
function childFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if === false) continue;
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}
