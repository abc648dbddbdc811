import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../loaders/shared/connection.ts';
import { builder } from '../builder.ts';

/**
 * The arguments of every connection field: forward pagination only, as the upstream's
 * NextToken paging allows.
 */
export const forwardPageArgs = builder.args((t) => ({
  first: t.int({ description: `How many items, from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  after: t.string({
    description: 'Resume after this cursor (an endCursor or edge cursor of the same field).',
  }),
}));
