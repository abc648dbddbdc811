import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const REQUEST_HEADERS = ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'];

/**
 * Yoga's CSRF prevention, for the one request a web page can still make a browser send
 * to the gateway without a preflight once bodies must be JSON: a plain GET (a link, an
 * image). Such a GET runs only when it carries a header no simple request can have
 * (`x-graphql-yoga-csrf`, or credentials in `authorization` / `x-api-key`) or a JSON
 * content type; GraphiQL and other clients posting JSON pass untouched. The plugin's
 * refusal gains a code and says what to send.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: REQUEST_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          `A GET request must carry one of the headers ${REQUEST_HEADERS.join(', ')} (or content-type: application/json), so that no web page can send it unasked.`,
          { extensions: { code: 'BAD_REQUEST', http: { status: 403 } } },
        );
      }
    },
  };
}
