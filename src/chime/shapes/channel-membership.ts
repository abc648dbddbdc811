import type { ChannelSummary, Identity } from './channel.ts';
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

/** A user's membership summary as the channel lists of that user tell it. */
export interface AppInstanceUserMembershipSummary {
  ReadMarkerTimestamp?: EpochSeconds;
  Type?: ChannelMembershipType;
}

/** A channel a user is a member of, with that user's membership. */
export interface ChannelMembershipForAppInstanceUserSummary {
  AppInstanceUserMembershipSummary?: AppInstanceUserMembershipSummary;
  ChannelSummary?: ChannelSummary;
}

/** A channel a user moderates. */
export interface ChannelModeratedByAppInstanceUserSummary {
  ChannelSummary?: ChannelSummary;
}

/** The members a BatchCreateChannelMembership added. */
export interface BatchChannelMemberships {
  ChannelArn?: string;
  InvitedBy?: Identity;
  Members?: Identity[];
  Type?: ChannelMembershipType;
}

/** A member BatchCreateChannelMembership could not add, and why. */
export interface BatchCreateChannelMembershipError {
  ErrorCode?: string;
  ErrorMessage?: string;
  MemberArn?: string;
}
