import { badRequest, conflict, forbidden, notFound } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { optionalEnum, optionalString, requiredEnum, requiredString } from '../validate.ts';
import { authenticate, type Bearer, canModerate, isParticipant, visibleChannel } from './access.ts';
import { epochSeconds } from './clock.ts';
import { channelListBody, pageRequest } from './list-page.ts';
import {
  CLIENT_REQUEST_TOKEN_RULE,
  MESSAGE_ID_RULE,
  METADATA_RULE,
  optionalTimestampQuery,
} from './rules.ts';
import { editMessage, redactMessage } from './state.ts';
import { type ChannelMessage, MESSAGE_PERSISTENCES, MESSAGE_TYPES, type MessageType } from './wire.ts';

/** ListChannelMessages answers at most this many messages per page. */
const MAX_MESSAGES = 50;

const SORT_ORDERS = ['ASCENDING', 'DESCENDING'] as const;

/** Message content: any characters; `checkMessageSize` bounds it per message type. */
const CONTENT_PATTERN = /^[\s\S]*$/;

/** The reference's size limits: STANDARD 4 KB of content; CONTROL 30 bytes and no metadata. */
function checkMessageSize(
  type: MessageType,
  content: string | undefined,
  metadata: string | undefined,
): void {
  const bytes = Buffer.byteLength(content ?? '', 'utf8');
  const limit = type === 'CONTROL' ? 30 : 4096;
  if (bytes > limit)
    throw badRequest(`Content of a ${type} message must be at most ${limit} bytes, got ${bytes}`);
  if (type === 'CONTROL' && metadata !== undefined)
    throw badRequest('Metadata is not allowed on a CONTROL message');
}

/**
 * The channel and stored message of a call on `/channels/{ChannelArn}/messages/{MessageId}`:
 * the channel as `visibleChannel` finds it, then the message or 404.
 */
function channelAndMessage(request: LocalRequest, bearer: Bearer) {
  const messageId = requiredString(request.params.MessageId, 'MessageId', MESSAGE_ID_RULE);
  const channel = visibleChannel(request, bearer);
  const message = channel.messages.get(messageId);
  if (!message)
    throw notFound(`Message ${messageId} does not exist in channel ${channel.channel.ChannelArn}`);
  return { channel, message };
}

/** A message as ListChannelMessages summarizes it. */
function messageSummary(message: ChannelMessage) {
  return {
    MessageId: message.MessageId,
    Content: message.Content,
    Metadata: message.Metadata,
    Type: message.Type,
    CreatedTimestamp: message.CreatedTimestamp,
    LastUpdatedTimestamp: message.LastUpdatedTimestamp,
    LastEditedTimestamp: message.LastEditedTimestamp,
    Sender: message.Sender,
    Redacted: message.Redacted,
  };
}

/** Channel messages: send, read, list, edit, delete, redact. */
export const messageRoutes: Route[] = [
  {
    operation: 'SendChannelMessage',
    method: 'POST',
    path: '/channels/{ChannelArn}/messages',
    handle(request) {
      const { body, store } = request;
      const bearer = authenticate(request);
      const content = requiredString(body.Content, 'Content', { min: 1, pattern: CONTENT_PATTERN });
      const type = requiredEnum(body.Type, 'Type', MESSAGE_TYPES);
      const persistence = requiredEnum(body.Persistence, 'Persistence', MESSAGE_PERSISTENCES);
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const token = requiredString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN_RULE);
      checkMessageSize(type, content, metadata);
      const channel = visibleChannel(request, bearer);
      if (!isParticipant(channel, bearer))
        throw forbidden(
          `${bearer.identity.Arn} must be a member of channel ${channel.channel.ChannelArn} to send messages`,
        );
      const scope = `SendChannelMessage:${channel.channel.ChannelArn}:${bearer.identity.Arn}`;
      const messageId = store.messaging.idempotent(scope, token, () => {
        const message = store.messaging.addMessage(channel, {
          id: store.newId(),
          sender: bearer.identity,
          content,
          ...(metadata === undefined ? {} : { metadata }),
          type,
          persistence,
          timestamp: epochSeconds(store),
        });
        return message.MessageId;
      });
      return { status: 201, body: { ChannelArn: channel.channel.ChannelArn, MessageId: messageId } };
    },
  },
  {
    operation: 'GetChannelMessage',
    method: 'GET',
    path: '/channels/{ChannelArn}/messages/{MessageId}',
    handle(request) {
      const { message } = channelAndMessage(request, authenticate(request));
      return { body: { ChannelMessage: message } };
    },
  },
  {
    operation: 'ListChannelMessages',
    method: 'GET',
    path: '/channels/{ChannelArn}/messages',
    handle(request) {
      const { query, store } = request;
      const bearer = authenticate(request);
      // The service's default order is newest first.
      const sortOrder =
        optionalEnum(query.get('sort-order') ?? undefined, 'SortOrder', SORT_ORDERS) ?? 'DESCENDING';
      const notBefore = optionalTimestampQuery(query.get('not-before'), 'NotBefore');
      const notAfter = optionalTimestampQuery(query.get('not-after'), 'NotAfter');
      if (notBefore !== undefined && notAfter !== undefined && notBefore > notAfter)
        throw badRequest(`NotBefore (${notBefore}) must not be later than NotAfter (${notAfter})`);
      const paging = pageRequest(query, MAX_MESSAGES);
      const channel = visibleChannel(request, bearer);
      // Stored in send order, which is CreatedTimestamp order.
      const messages = [...channel.messages.values()]
        .filter((message) => notBefore === undefined || message.CreatedTimestamp >= notBefore)
        .filter((message) => notAfter === undefined || message.CreatedTimestamp <= notAfter)
        .map(messageSummary);
      if (sortOrder === 'DESCENDING') messages.reverse();
      const scope = `ListChannelMessages:${channel.channel.ChannelArn}:${sortOrder}:${notBefore ?? ''}:${notAfter ?? ''}`;
      return { body: channelListBody(store, channel, 'ChannelMessages', messages, paging, scope) };
    },
  },
  {
    operation: 'UpdateChannelMessage',
    method: 'PUT',
    path: '/channels/{ChannelArn}/messages/{MessageId}',
    handle(request) {
      const { body, store } = request;
      const bearer = authenticate(request);
      const content = optionalString(body.Content, 'Content', {
        min: 0,
        max: 4096,
        pattern: CONTENT_PATTERN,
      });
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const { channel, message } = channelAndMessage(request, bearer);
      if (message.Sender.Arn !== bearer.identity.Arn)
        throw forbidden(`Only the sender of message ${message.MessageId} can edit it`);
      if (message.Redacted)
        throw conflict(`Message ${message.MessageId} is redacted and can no longer be edited`);
      checkMessageSize(message.Type, content ?? message.Content, metadata ?? message.Metadata);
      editMessage(
        message,
        { ...(content === undefined ? {} : { content }), ...(metadata === undefined ? {} : { metadata }) },
        epochSeconds(store),
      );
      return { body: { ChannelArn: channel.channel.ChannelArn, MessageId: message.MessageId } };
    },
  },
  {
    operation: 'DeleteChannelMessage',
    method: 'DELETE',
    path: '/channels/{ChannelArn}/messages/{MessageId}',
    handle(request) {
      const bearer = authenticate(request);
      const { channel, message } = channelAndMessage(request, bearer);
      if (!bearer.isAdmin)
        throw forbidden(`Only an AppInstanceAdmin can delete messages; ${bearer.identity.Arn} is not one`);
      channel.messages.delete(message.MessageId);
      return { status: 204 };
    },
  },
  {
    operation: 'RedactChannelMessage',
    method: 'POST',
    path: '/channels/{ChannelArn}/messages/{MessageId}',
    query: { operation: 'redact' },
    handle(request) {
      const bearer = authenticate(request);
      const { channel, message } = channelAndMessage(request, bearer);
      if (message.Sender.Arn !== bearer.identity.Arn && !canModerate(channel, bearer))
        throw forbidden(
          `Only the sender or a moderator can redact message ${message.MessageId}; ${bearer.identity.Arn} is neither`,
        );
      redactMessage(message, epochSeconds(request.store));
      return { body: { ChannelArn: channel.channel.ChannelArn, MessageId: message.MessageId } };
    },
  },
];
