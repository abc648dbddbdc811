import {
  defaultExtractPersistedOperationId,
  type ExtractPersistedOperationId,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Trusted documents (PERSISTED_OPERATIONS): a request may name one by the sha256 hex of
 * its text, in `extensions.persistedQuery.sha256Hash` (version 1) or in `documentId`
 * (optionally `sha256:`-prefixed). With `only` (PERSISTED_ONLY) a request that sends
 * its own document is refused, so a deployment runs nothing but what its frontends ship.
 */
export function useTrustedDocuments({
  documents,
  only,
}: {
  documents: Record<string, string>;
  only: boolean;
}): Plugin {
  const byHash = new Map(Object.entries(documents));
  return usePersistedOperations({
    allowArbitraryOperations: !only,
    extractPersistedOperationId: documentIdOf,
    getPersistedOperation: (hash) => byHash.get(hash) ?? null,
    customErrors: {
      notFound: ({ params, request, context }) =>
        refusal(
          `No trusted document has the sha256 hash ${JSON.stringify(String(documentIdOf(params, request, context)).slice(0, 80))}.`,
        ),
      keyNotFound: () =>
        refusal(
          'A request must send a query or name a trusted document by its sha256 hash (extensions.persistedQuery.sha256Hash or documentId).',
        ),
      persistedQueryOnly: () =>
        refusal(
          'Only trusted documents are served (PERSISTED_ONLY): name one by its sha256 hash in extensions.persistedQuery.sha256Hash or documentId instead of sending a query.',
        ),
    },
  });
}

const documentIdOf: ExtractPersistedOperationId = (params, request, context) => {
  const { documentId } = params as { documentId?: unknown };
  if (typeof documentId === 'string') return documentId.replace(/^sha256:/, '');
  return defaultExtractPersistedOperationId(params, request, context);
};

const refusal = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
