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
import type { RequestContext } from '../context.ts';

/** Starts a child field's upstream read from its parent's id and the field's arguments alone. */
export type ChildStart = (
  parentId: string,
  // biome-ignore lint/suspicious/noExplicitAny: the field's arguments as GraphQL coerced them, for the typed resolver each starter calls
  args: Record<string, any>,
  ctx: RequestContext,
) => Promise<unknown>;

const starters = new Map<string, ChildStart>();
const STARTED = Symbol('started child reads');

/**
 * Declares that `typeName.fieldName` needs only its parent's id: when the parent is read
 * by id (a root field), its read can start at once instead of after the parent's Get.
 * Returns `start`, for the field's own resolver.
 */
export function startsFromParentId<S extends ChildStart>(typeName: string, fieldName: string, start: S): S {
  starters.set(`${typeName}.${fieldName}`, start);
  return start;
}

/**
 * A root field that reads one object by id: GraphQL resolves its children only after it,
 * so the children that need only the id (connections, configurations) are started now,
 * beside the object's own Get, and handed to their resolvers through the object.
 */
export async function loadWithChildren<T extends object>(
  id: string,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  load: Promise<T | null>,
): Promise<T | null> {
  const type = getNamedType(info.returnType);
  const started = new Map<string, Promise<unknown>>();
  if (isObjectType(type)) {
    for (const node of childFields(info, info.fieldNodes)) {
      const start = starters.get(`${type.name}.${node.name.value}`);
      const field = type.getFields()[node.name.value];
      if (!start || !field) continue;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, info.variableValues);
      } catch {
        continue; // The child's own resolution reports bad arguments.
      }
      const read = start(id, args, ctx);
      // The child's resolver reports a failure; until it asks, nobody listens.
      read.catch(() => {});
      started.set(node.alias?.value ?? node.name.value, read);
    }
  }
  const value = await load;
  if (value) Object.defineProperty(value, STARTED, { value: started });
  return value;
}

/** A child field's read: the one its parent started, or a new one. */
export function startedOr<T>(parent: object, info: GraphQLResolveInfo, start: () => Promise<T>): Promise<T> {
  const started = (parent as { [STARTED]?: Map<string, Promise<unknown>> })[STARTED];
  return (started?.get(info.path.key as string) as Promise<T> | undefined) ?? start();
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
