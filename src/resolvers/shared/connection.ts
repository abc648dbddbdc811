import type { Connection } from '../../loaders/shared/connection.ts';

/** The same connection with each node mapped (upstream shape → model). */
export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  return {
    pageInfo: connection.pageInfo,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
  };
}
