import type { Identity } from './channel.ts';
import type { EpochSeconds } from './timestamps.ts';

export type ChannelMessagePersistence = 'PERSISTENT' | 'NON_PERSISTENT';

export type ChannelMessageType = 'STANDARD' | 'CONTROL';

export type SortOrder = 'ASCENDING' | 'DESCENDING';

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
