import type { EpochSeconds } from './timestamps.ts';

export const CHANNEL_MODES = ['UNRESTRICTED', 'RESTRICTED'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const CHANNEL_PRIVACIES = ['PUBLIC', 'PRIVATE'] as const;
export type ChannelPrivacy = (typeof CHANNEL_PRIVACIES)[number];

export const EXPIRATION_CRITERIA = ['CREATED_TIMESTAMP', 'LAST_MESSAGE_TIMESTAMP'] as const;
export type ExpirationCriterion = (typeof EXPIRATION_CRITERIA)[number];

/** The details of a channel. */
export interface Channel {
  ChannelArn: string;
  CreatedBy?: Identity;
  CreatedTimestamp?: EpochSeconds;
  LastMessageTimestamp?: EpochSeconds;
  LastUpdatedTimestamp?: EpochSeconds;
  Metadata?: string;
  Mode?: ChannelMode;
  Name?: string;
  Privacy?: ChannelPrivacy;
  ExpirationSettings?: ExpirationSettings;
}

/** Summary of the details of a Channel. */
export interface ChannelSummary {
  ChannelArn: string;
  LastMessageTimestamp?: EpochSeconds;
  Metadata?: string;
  Mode?: ChannelMode;
  Name?: string;
  Privacy?: ChannelPrivacy;
}

/** The details of a user. */
export interface Identity {
  Arn?: string;
  Name?: string;
}

/** When a channel is deleted automatically: ExpirationDays after its ExpirationCriterion. */
export interface ExpirationSettings {
  ExpirationDays: number;
  ExpirationCriterion: ExpirationCriterion;
}
