import { getChannel } from '../../resolvers/channels/reads.ts';
import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { ChannelRef } from './channel.ts';

/** What every channel mutation's payload holds: the channel it acted on, or the problems that stopped it. */
export interface ChannelPayloadModel {
  channelArn: string | null;
  userErrors: UserErrorModel[];
}

/**
 * A payload type with `channel` (read through the request's loaders, which the mutation
 * has cleared, so it shows the channel as it now is) and `userErrors`; add the mutation's
 * own fields with `builder.objectFields`.
 */
export function channelPayload<T extends ChannelPayloadModel>(name: string, description: string) {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      channel: t.field({
        type: ChannelRef,
        nullable: true,
        description: 'The channel as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn === null ? null : getChannel(ctx, payload.channelArn),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
}
