import type { GraphiQLOptions } from 'graphql-yoga';
import { EXAMPLE_QUERY, EXAMPLE_VARIABLES } from './example-query.ts';

/**
 * The page options YogaGraphiQL reads. It fills its editors from `query` and
 * `variables` and ignores `defaultQuery` (the name Yoga's option type offers, which
 * would open the generic welcome text), so the type adds the two it reads.
 */
interface GraphiQLPageOptions extends GraphiQLOptions {
  /** The document in the query editor on first load. */
  query: string;
  /** The JSON in the variables editor on first load. */
  variables: string;
}

/** GraphiQL opens on the example query with its variables, so that the first Run answers data. */
export const GRAPHIQL_OPTIONS: GraphiQLPageOptions = {
  title: 'Chime GraphQL gateway',
  query: EXAMPLE_QUERY,
  variables: JSON.stringify(EXAMPLE_VARIABLES, null, 2),
};

/**
 * Renders GraphiQL with its scripts, styles and editor workers inlined from the build
 * that `@graphql-yoga/render-graphiql` ships, so that the page needs nothing but the
 * gateway (no CDN, no internet). The build (9 MB) is loaded on the first page request,
 * so start-up and API requests do not pay for it.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
  return render(options);
}
