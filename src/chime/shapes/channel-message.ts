import type { Identity } from './channel.ts';
import type { EpochSeconds } from './timestamps.ts';

export const CHANNEL_MESSAGE_PERSISTENCES = ['PERSISTENT', 'NON_PERSISTENT'] as const;
export type ChannelMessagePersistence = (typeof CHANNEL_MESSAGE_PERSISTENCES)[number];

export const CHANNEL_MESSAGE_TYPES = ['STANDARD', 'CONTROL'] as const;
export type ChannelMessageType = (typeof CHANNEL_MESSAGE_TYPES)[number];

export const SORT_ORDERS = ['ASCENDING', 'DESCENDING'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The details of a message in a channel. */
export interface ChannelMessage {
  ChannelArn?: string;
  Content?: string;
  CreatedTimestamp?: EpochSeconds;
  LastEditedTimestamp?: EpochSeconds;
  LastUpdatedTimestamp?: EpochSeconds;
  MessageId: string;
  Metadata?: string;
  Persistence?: ChannelMessagePersistence;
  Redacted?: boolean;
  Sender?: Identity;
  Type?: ChannelMessageType;
}

/** Summary of the messages in a Channel. */
export interface ChannelMessageSummary {
  Content?: string;
  CreatedTimestamp?: EpochSeconds;
  LastEditedTimestamp?: EpochSeconds;
  LastUpdatedTimestamp?: EpochSeconds;
  MessageId: string;
  Metadata?: string;
  Redacted?: boolean;
  Sender?: Identity;
  Type?: ChannelMessageType;
}
