import type { DocumentNode } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * Roughly what a parsed document holds per token (its nodes, locations and the token
 * chain they keep alive), measured on documents of a few thousand tokens.
 */
const BYTES_PER_TOKEN = 500;

/**
 * Yoga's parse cache, bounded by what its documents weigh rather than by their number
 * (a thousand large documents would otherwise hold gigabytes), and kept to documents
 * that passed validation: Yoga's own cache would keep a refused document, and every
 * syntax error, until a thousand others pushed it out.
 *
 * `options` goes to Yoga's `parserAndValidationCache`; `plugin` drops what validation refused.
 */
export function createDocumentCache({ maxBytes = 32 * 1024 * 1024 }: { maxBytes?: number } = {}) {
  const documents = new LRUCache<string, DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document, source) => source.length + BYTES_PER_TOKEN * tokenCount(document),
  });
  const plugin: Plugin<YogaInitialContext> = {
    onValidate({ context }) {
      return ({ valid }) => {
        if (!valid) documents.delete(context.params.query ?? '');
      };
    },
  };
  return {
    options: {
      documentCache: documents,
      errorCache: { get: () => undefined, set: () => {} },
    },
    plugin,
  };
}

/** The tokens (comments included) the document's locations keep alive. */
function tokenCount(document: DocumentNode): number {
  let count = 0;
  for (let token = document.loc?.startToken ?? null; token; token = token.next) count += 1;
  return Math.max(count, 1);
}
