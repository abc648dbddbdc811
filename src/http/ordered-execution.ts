import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes operations with graphql-js's own `execute`, which builds every response map in the order the
 * selection set lists its fields, as the GraphQL spec requires. Yoga's default executor sets each field
 * as its resolver settles, so a field whose upstream call was retried moves behind its siblings and the
 * order changes from one run to the next.
 */
export function useOrderedExecution(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
