import type { MessagingSessionEndpointModel } from '../../loaders/channels.ts';
import { getMessagingSessionEndpoint } from '../../resolvers/channels/reads.ts';
import { builder } from '../builder.ts';

const MessagingSessionEndpointRef =
  builder.objectRef<MessagingSessionEndpointModel>('MessagingSessionEndpoint');
MessagingSessionEndpointRef.implement({
  description: "Where a client opens its messaging session (a WebSocket) to receive its channels' events.",
  fields: (t) => ({ url: t.exposeString('url', { nullable: true }) }),
});

builder.queryFields((t) => ({
  messagingSessionEndpoint: t.field({
    type: MessagingSessionEndpointRef,
    nullable: true,
    description:
      "The account's messaging session endpoint (GetMessagingSessionEndpoint); for callers with an app " +
      'instance user, who are the ones that can open a session there.',
    resolve: (_root, _args, ctx) => getMessagingSessionEndpoint(ctx),
  }),
}));
