import SchemaBuilder, { brandWithType } from '@pothos/core';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { RequestContext } from '../context.ts';
import { type AccessScopes, accessScopes, NODE_TYPES_OUTSIDE_ACCOUNTS, refusal } from './shared/access.ts';
import { nodeIdKeepsRules } from './shared/argument-rules.ts';
import { decodeGlobalId, type GlobalId } from './shared/ids.ts';

/** The one schema builder: its plugins, scalars and the typed request context. */
export const builder = new SchemaBuilder<{
  Context: RequestContext;
  AuthScopes: AccessScopes;
  DefaultAuthStrategy: 'all';
  Scalars: {
    DateTime: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Fields are non-null unless they say otherwise, as the contract is written; every field that makes
  // an upstream call says `nullable: true`, so a failure nulls that field and its siblings still answer.
  defaultFieldNullability: false,
  // Scope auth first, so that a refused field is refused before any other plugin's wrapper runs.
  plugins: [ScopeAuthPlugin, RelayPlugin],
  scopeAuth: {
    // A field's scopes must all hold: `{ admin: true, allAccounts: true }` means both.
    defaultStrategy: 'all',
    authScopes: (ctx) => accessScopes(ctx.identity),
    unauthorizedError: (_parent, ctx, info, result) => refusal(ctx.identity, info, result.failure),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // An id that is not one of ours is an unknown id: `node` and `nodes` answer null in its place.
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      resolve: (_root, { id }, ctx, info) => resolveKnownNodes(ctx, info, [id])[0],
    },
    nodesQueryOptions: {
      resolve: (_root, { ids }, ctx, info) => resolveKnownNodes(ctx, info, ids),
    },
  },
});

/**
 * The nodes the decoded global ids name, in their order, each `null` when its id does not name one of the
 * schema's Node types. The relay plugin's own resolver callback loads every id of the arguments whatever
 * it is given, and fails the whole list on a typename the schema does not have, so this filters first.
 * Each id is read on its own (the loaders still batch them), so one that fails nulls its place only.
 */
function resolveKnownNodes(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  ids: readonly GlobalId[],
): Promise<unknown>[] {
  return ids.map(async (id) => {
    if (!isNodeId(id, info) || !reaches(ctx, id.typename)) return null;
    const [node] = await resolveNodes(builder, ctx, info, [id]);
    return branded(await node, id.typename);
  });
}

/** Whether the request's identity may see nodes of `typename` at all (out of its reach is absent). */
function reaches(ctx: RequestContext, typename: string): boolean {
  return !NODE_TYPES_OUTSIDE_ACCOUNTS.has(typename) || accessScopes(ctx.identity).allAccounts;
}

/**
 * The node, branded with its type. Pothos brands a node only in the field that loaded it: `node` and
 * `nodes` naming the same id in one request share its cached promise, and the one that did not load it
 * would hand `Node` an unbranded object whose type it cannot resolve.
 */
function branded<T>(node: T, typename: string): T {
  if (typeof node === 'object' && node !== null) brandWithType(node, typename as never);
  return node;
}

/**
 * Whether a decoded global id names one of the schema's Node types and carries ids that keep the
 * upstream's rules (one that does not cannot name anything: it is unknown, and costs no call).
 */
function isNodeId({ typename, id }: GlobalId, info: GraphQLResolveInfo): boolean {
  const type = info.schema.getType(typename);
  return (
    isObjectType(type) &&
    type.getInterfaces().some((iface) => iface.name === 'Node') &&
    nodeIdKeepsRules(typename, id)
  );
}

builder.queryType({});
builder.mutationType({});

builder.scalarType('DateTime', {
  description: 'An instant in time, as an ISO 8601 string in UTC.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`);
    return new Date(value).toISOString();
  },
});
