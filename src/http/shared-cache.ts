import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.ts';

/**
 * Holds each answer until what its request stored in the shared cache, and above all the
 * invalidations its mutations made, are in the store: once a client has the answer to a mutation,
 * the next read on any replica sees its effect. The store's own time bound keeps this short.
 */
export function useSharedCache(): Plugin<RequestContext> {
  return {
    onExecute({ args }) {
      const { reads } = args.contextValue as RequestContext;
      return { onExecuteDone: () => reads.settled() };
    },
  };
}
