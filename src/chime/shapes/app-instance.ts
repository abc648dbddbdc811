import type { Identity } from './channel.ts';
import type { EpochSeconds } from './timestamps.ts';

/** The details of an AppInstance, an instance of an Amazon Chime SDK messaging application. */
export interface AppInstance {
  AppInstanceArn: string;
  CreatedTimestamp?: EpochSeconds;
  LastUpdatedTimestamp?: EpochSeconds;
  Metadata?: string;
  Name?: string;
}

/** Summary of the data for an AppInstance. */
export interface AppInstanceSummary {
  AppInstanceArn: string;
  Metadata?: string;
  Name?: string;
}

/** The details of an AppInstanceUser. */
export interface AppInstanceUser {
  AppInstanceUserArn: string;
  CreatedTimestamp?: EpochSeconds;
  LastUpdatedTimestamp?: EpochSeconds;
  Metadata?: string;
  Name?: string;
}

/** Summary of the details of an AppInstanceUser. */
export interface AppInstanceUserSummary {
  AppInstanceUserArn: string;
  Metadata?: string;
  Name?: string;
}

/** The details of an AppInstanceAdmin. */
export interface AppInstanceAdmin {
  Admin?: Identity;
  AppInstanceArn?: string;
  CreatedTimestamp?: EpochSeconds;
}

/** Summary of the details of an AppInstanceAdmin. */
export interface AppInstanceAdminSummary {
  Admin?: Identity;
}

/** How long an AppInstance keeps its channels' messages: RetentionDays from 1 to 5475. */
export interface AppInstanceRetentionSettings {
  ChannelRetentionSettings?: { RetentionDays?: number };
}

export const STREAMING_DATA_TYPES = ['Channel', 'ChannelMessage'] as const;
export type StreamingDataType = (typeof STREAMING_DATA_TYPES)[number];

/**
 * One data type of an AppInstance streamed to a Kinesis data stream. The reference's legacy
 * namespace calls these members AppInstanceDataType and the list AppInstanceStreamingConfigurations;
 * Chime SDK Messaging, which serves the action today at the same path, calls them DataType and
 * StreamingConfigurations.
 */
export interface StreamingConfiguration {
  DataType: StreamingDataType;
  ResourceArn: string;
}
