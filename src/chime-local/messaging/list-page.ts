import type { Store } from '../store.ts';
import { optionalInt, optionalString } from '../validate.ts';
import type { ChannelRecord } from './state.ts';

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

/**
 * The body of a list of one channel's items (its memberships, moderators or messages): the
 * channel's ARN and one page of `items` under `listName`. `scope` names the operation and its
 * filters, so a NextToken resumes only the list it came from.
 */
export function channelListBody<T>(
  store: Store,
  channel: ChannelRecord,
  listName: string,
  items: T[],
  paging: PageRequest,
  scope: string,
) {
  const page = store.paginator.page(items, paging.maxResults, paging.nextToken, scope);
  return { ChannelArn: channel.channel.ChannelArn, [listName]: page.items, NextToken: page.nextToken };
}
