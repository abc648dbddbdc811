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
