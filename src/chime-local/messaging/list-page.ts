import { optionalInt, optionalString } from '../validate.ts';

/** What a list call asks for: a page size and where to resume. */
export interface PageRequest {
  maxResults: number;
  nextToken?: string;
}

/**
 * Reads and checks `max-results` (1 to `max`, absent means `max`) and `next-token`
 * (at most 2048 characters; the paginator checks that it is one of ours).
 */
export function pageRequest(query: URLSearchParams, max: number): PageRequest {
  const nextToken = optionalString(query.get('next-token'), 'NextToken', { min: 0, max: 2048 });
  return {
    maxResults: optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max }) ?? max,
    ...(nextToken === undefined ? {} : { nextToken }),
  };
}
