/**
 * The messaging and identity groups' records as the Chime SDK returns them. Timestamps
 * are epoch seconds (JSON numbers): that is what these groups' SDK deserializers read.
 */

/** The name and ARN of an app instance user, as other records cite it. */
export interface Identity {
  Arn: string;
  Name?: string;
}

/** An AppInstance: one messaging application. */
export interface AppInstance {
  AppInstanceArn: string;
  Name: string;
  Metadata?: string;
  CreatedTimestamp: number;
  LastUpdatedTimestamp: number;
}

/** A user of an AppInstance; its ARN is what callers send as the chime bearer. */
export interface AppInstanceUser {
  AppInstanceUserArn: string;
  Name: string;
  Metadata?: string;
  CreatedTimestamp: number;
  LastUpdatedTimestamp: number;
}

export const CHANNEL_MODES = ['UNRESTRICTED', 'RESTRICTED'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const CHANNEL_PRIVACIES = ['PUBLIC', 'PRIVATE'] as const;
export type ChannelPrivacy = (typeof CHANNEL_PRIVACIES)[number];

export const EXPIRATION_CRITERIA = ['CREATED_TIMESTAMP', 'LAST_MESSAGE_TIMESTAMP'] as const;

/** When a channel is deleted automatically. */
export interface ExpirationSettings {
  ExpirationDays: number;
  ExpirationCriterion: (typeof EXPIRATION_CRITERIA)[number];
}

/** A channel of an AppInstance. */
export interface Channel {
  ChannelArn: string;
  Name: string;
  Mode: ChannelMode;
  Privacy: ChannelPrivacy;
  Metadata?: string;
  CreatedBy: Identity;
  CreatedTimestamp: number;
  LastMessageTimestamp?: number;
  LastUpdatedTimestamp: number;
  ExpirationSettings?: ExpirationSettings;
}

export const MEMBERSHIP_TYPES = ['DEFAULT', 'HIDDEN'] as const;
export type MembershipType = (typeof MEMBERSHIP_TYPES)[number];

/** A user's membership of a channel. */
export interface ChannelMembership {
  ChannelArn: string;
  Member: Identity;
  InvitedBy: Identity;
  Type: MembershipType;
  CreatedTimestamp: number;
  LastUpdatedTimestamp: number;
}

/** A user's moderator role on a channel. */
export interface ChannelModerator {
  ChannelArn: string;
  Moderator: Identity;
  CreatedBy: Identity;
  CreatedTimestamp: number;
}

/** A user banned from a channel. */
export interface ChannelBan {
  ChannelArn: string;
  Member: Identity;
  CreatedBy: Identity;
  CreatedTimestamp: number;
}

export const MESSAGE_TYPES = ['STANDARD', 'CONTROL'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const MESSAGE_PERSISTENCES = ['PERSISTENT', 'NON_PERSISTENT'] as const;
export type MessagePersistence = (typeof MESSAGE_PERSISTENCES)[number];

/** A message in a channel; a redacted one has no `Content`. */
export interface ChannelMessage {
  ChannelArn: string;
  MessageId: string;
  Content?: string;
  Metadata?: string;
  Type: MessageType;
  Persistence: MessagePersistence;
  Redacted: boolean;
  Sender: Identity;
  CreatedTimestamp: number;
  LastUpdatedTimestamp: number;
  LastEditedTimestamp?: number;
}

/** How long an AppInstance keeps its channels' messages. */
export interface AppInstanceRetentionSettings {
  ChannelRetentionSettings?: { RetentionDays?: number };
}

/** One data type of an AppInstance streamed to a Kinesis data stream (Get/Put/DeleteMessagingStreamingConfigurations). */
export interface StreamingConfiguration {
  DataType: 'Channel' | 'ChannelMessage';
  ResourceArn: string;
}
