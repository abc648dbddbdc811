import type { Identity } from './channel.ts';
import type { EpochSeconds } from './timestamps.ts';

export const CHANNEL_MEMBERSHIP_TYPES = ['DEFAULT', 'HIDDEN'] as const;
export type ChannelMembershipType = (typeof CHANNEL_MEMBERSHIP_TYPES)[number];

/** The details of a channel member. */
export interface ChannelMembership {
  ChannelArn?: string;
  CreatedTimestamp?: EpochSeconds;
  InvitedBy?: Identity;
  LastUpdatedTimestamp?: EpochSeconds;
  Member?: Identity;
  Type?: ChannelMembershipType;
}

/** Summary of the details of a ChannelMembership. */
export interface ChannelMembershipSummary {
  Member?: Identity;
}

/** The details of a channel moderator. */
export interface ChannelModerator {
  ChannelArn?: string;
  CreatedBy?: Identity;
  CreatedTimestamp?: EpochSeconds;
  Moderator?: Identity;
}

/** Summary of the details of a ChannelModerator. */
export interface ChannelModeratorSummary {
  Moderator?: Identity;
}
