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

const starters = new Map<string, ChildStart>();
const STARTED = Symbol('started child reads');

/**
 * The resolver of a field that needs only its parent's id (`idOf`): when the parent is read
 * by id in a root field, the read starts there, at once, instead of after the parent's Get;
 * elsewhere the field starts it itself.
 */
export function fromParentId<P extends object, R>(
  typeName: string,
  fieldName: string,
  idOf: (parent: P) => string,
  start: ChildStart<R>,
) {
  starters.set(`${typeName}.${fieldName}`, start);
  return (
    parent: P,
    args: Record<string, unknown>,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<R> => {
    const started = (parent as { [STARTED]?: Map<string, Promise<unknown>> })[STARTED];
    return (
      (started?.get(info.path.key as string) as Promise<R> | undefined) ?? start(idOf(parent), args, ctx)
    );
  };
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
      if (argumentProblem(type.name, field, args)) continue;
      const read = start(id, args, ctx);
      // The child's resolver reports a failure; until it asks, nobody listens.
      read.catch(() => {});
      started.set(node.alias?.value ?? node.name.value, read);
    }
  }
  const value = await load;
  // Loaders cache one model per id, shared by every field that reads it: the hand-off goes
  // on a copy, so that two root fields naming the same id each keep their own started reads.
  return value && Object.defineProperty({ ...value }, STARTED, { value: started });
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
