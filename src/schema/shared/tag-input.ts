import { builder } from '../builder.ts';

/**
 * A tag, as channels, app instances and their users take them at creation. Its name predates the
 * app instances' use and is kept, so that documents declaring `[ChannelTagInput!]` still run.
 */
export const TagInput = builder.inputType('ChannelTagInput', {
  description: 'A tag: a key of 1-128 characters and a value of 1-256.',
  fields: (t) => ({
    key: t.string({ required: true, description: '1-128 characters.' }),
    value: t.string({ required: true, description: '1-256 characters.' }),
  }),
});
