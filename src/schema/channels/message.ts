import type { ChannelMessageModel } from '../../resolvers/channels/messages.ts';
import { builder } from '../builder.ts';
import { ChannelMessagePersistenceEnum, ChannelMessageTypeEnum } from './enums.ts';
import { IdentityRef } from './identity.ts';

export const ChannelMessageRef = builder.objectRef<ChannelMessageModel>('ChannelMessage');
ChannelMessageRef.implement({
  description: 'A message in a channel. A redacted message keeps its metadata and loses its content.',
  fields: (t) => ({
    messageId: t.exposeString('messageId'),
    content: t.exposeString('content', { nullable: true }),
    metadata: t.exposeString('metadata', { nullable: true }),
    type: t.expose('type', { type: ChannelMessageTypeEnum, nullable: true }),
    persistence: t.expose('persistence', {
      type: ChannelMessagePersistenceEnum,
      nullable: true,
      description:
        'Known for a message read on its own (Channel.message); lists carry persistent messages only.',
    }),
    sender: t.expose('sender', { type: IdentityRef, nullable: true }),
    redacted: t.exposeBoolean('redacted', { nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    lastEditedTimestamp: t.expose('lastEditedTimestamp', { type: 'DateTime', nullable: true }),
    lastUpdatedTimestamp: t.expose('lastUpdatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

export const ChannelMessageConnection = builder.connectionObject({
  type: ChannelMessageRef,
  name: 'ChannelMessageConnection',
});
