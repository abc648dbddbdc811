import SchemaBuilder, { brandWithType } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { RequestContext } from '../context.ts';

/** The one schema builder: its plugins, scalars and the typed request context. */
export const builder = new SchemaBuilder<{
  Context: RequestContext;
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
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // An id that is not one of ours is an unknown id: `node` answers null rather than failing.
    decodeGlobalID: (globalID) => {
      const [typename = '', ...id] = Buffer.from(globalID, 'base64').toString('utf8').split(':');
      return { typename, id: id.join(':') };
    },
    nodeQueryOptions: {
      resolve: async (_root, { id }, _ctx, info, resolveNode) =>
        isNodeId(id, info) ? branded(await resolveNode(id), id.typename) : null,
    },
    nodesQueryOptions: {
      resolve: (_root, { ids }, _ctx, info, resolveNodes) => {
        const known = ids.map((id) => isNodeId(id, info));
        const wanted = ids.filter((_, index) => known[index]);
        return resolveNodes(wanted).then(async (nodes) => {
          const resolved = (await Promise.all(nodes)).map((node, index) =>
            branded(node, wanted[index]!.typename),
          );
          const next = resolved[Symbol.iterator]();
          return known.map((isKnown) => (isKnown ? next.next().value : null));
        });
      },
    },
  },
});

/**
 * The node, branded with its type. Pothos brands a node only in the field that loaded it: `node` and
 * `nodes` naming the same id in one request share its cached promise, and the one that did not load it
 * would hand `Node` an unbranded object whose type it cannot resolve.
 */
function branded<T>(node: T, typename: string): T {
  if (typeof node === 'object' && node !== null) brandWithType(node, typename as never);
  return node;
}

/** Whether a decoded global id names one of the schema's Node types and carries an id. */
function isNodeId({ typename, id }: { typename: string; id: string }, info: GraphQLResolveInfo): boolean {
  const type = info.schema.getType(typename);
  return id !== '' && isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node');
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
