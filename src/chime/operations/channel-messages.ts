import { defineOperation } from '../operation.ts';
import type {
  ChannelMessage,
  ChannelMessagePersistence,
  ChannelMessageSummary,
  ChannelMessageType,
  SortOrder,
} from '../shapes/channel-message.ts';

export interface SendChannelMessageInput {
  ChannelArn: string;
  ChimeBearer: string;
  ClientRequestToken: string;
  Content: string;
  Metadata?: string;
  Persistence: ChannelMessagePersistence;
  Type: ChannelMessageType;
}

export interface SendChannelMessageOutput {
  ChannelArn: string;
  MessageId: string;
}

/** Sends a message to a particular channel that the member is a part of. `POST /channels/{ChannelArn}/messages` */
export const SendChannelMessage = defineOperation<SendChannelMessageInput, SendChannelMessageOutput>({
  name: 'SendChannelMessage',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/messages',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 201,
});

export interface GetChannelMessageInput {
  ChannelArn: string;
  ChimeBearer: string;
  MessageId: string;
}

export interface GetChannelMessageOutput {
  ChannelMessage: ChannelMessage;
}

/** Gets the full details of a channel message. `GET /channels/{ChannelArn}/messages/{MessageId}` */
export const GetChannelMessage = defineOperation<GetChannelMessageInput, GetChannelMessageOutput>({
  name: 'GetChannelMessage',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/messages/{MessageId}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelMessagesInput {
  ChannelArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
  NotAfter?: string;
  NotBefore?: string;
  SortOrder?: SortOrder;
}

export interface ListChannelMessagesOutput {
  ChannelArn: string;
  ChannelMessages: ChannelMessageSummary[];
  NextToken?: string;
}

/** List all the messages in a channel. `GET /channels/{ChannelArn}/messages` */
export const ListChannelMessages = defineOperation<ListChannelMessagesInput, ListChannelMessagesOutput>({
  name: 'ListChannelMessages',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/messages',
  query: {
    MaxResults: 'max-results',
    NextToken: 'next-token',
    NotAfter: 'not-after',
    NotBefore: 'not-before',
    SortOrder: 'sort-order',
  },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});

export interface UpdateChannelMessageInput {
  ChannelArn: string;
  ChimeBearer: string;
  MessageId: string;
  Content?: string;
  Metadata?: string;
}

export interface UpdateChannelMessageOutput {
  ChannelArn: string;
  MessageId: string;
}

/** Updates the content of a message. `PUT /channels/{ChannelArn}/messages/{MessageId}` */
export const UpdateChannelMessage = defineOperation<UpdateChannelMessageInput, UpdateChannelMessageOutput>({
  name: 'UpdateChannelMessage',
  group: 'messaging',
  method: 'PUT',
  path: '/channels/{ChannelArn}/messages/{MessageId}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface DeleteChannelMessageInput {
  ChannelArn: string;
  ChimeBearer: string;
  MessageId: string;
}

/** Deletes a channel message. `DELETE /channels/{ChannelArn}/messages/{MessageId}` */
export const DeleteChannelMessage = defineOperation<DeleteChannelMessageInput, Record<string, never>>({
  name: 'DeleteChannelMessage',
  group: 'messaging',
  method: 'DELETE',
  path: '/channels/{ChannelArn}/messages/{MessageId}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 204,
});

export interface RedactChannelMessageInput {
  ChannelArn: string;
  ChimeBearer: string;
  MessageId: string;
}

export interface RedactChannelMessageOutput {
  ChannelArn: string;
  MessageId: string;
}

/** Redacts message content, but not metadata. `POST /channels/{ChannelArn}/messages/{MessageId}?operation=redact` */
export const RedactChannelMessage = defineOperation<RedactChannelMessageInput, RedactChannelMessageOutput>({
  name: 'RedactChannelMessage',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/messages/{MessageId}',
  fixedQuery: { operation: 'redact' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});
