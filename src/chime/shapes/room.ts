import type { IsoTimestamp } from './timestamps.ts';

export const ROOM_MEMBERSHIP_ROLES = ['Administrator', 'Member'] as const;
export type RoomMembershipRole = (typeof ROOM_MEMBERSHIP_ROLES)[number];

export const MEMBER_TYPES = ['User', 'Bot', 'Webhook'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

/** The Amazon Chime chat room details. */
export interface Room {
  RoomId: string;
  AccountId?: string;
  CreatedBy?: string;
  CreatedTimestamp?: IsoTimestamp;
  Name?: string;
  UpdatedTimestamp?: IsoTimestamp;
}

/** The member details, such as email address, name, member ID, and member type. */
export interface Member {
  MemberId?: string;
  AccountId?: string;
  Email?: string;
  FullName?: string;
  MemberType?: MemberType;
}

/** The room membership details. */
export interface RoomMembership {
  RoomId?: string;
  Member?: Member;
  Role?: RoomMembershipRole;
  InvitedBy?: string;
  UpdatedTimestamp?: IsoTimestamp;
}

/** Membership details, such as member ID and member role. */
export interface MembershipItem {
  MemberId?: string;
  Role?: RoomMembershipRole;
}

/** The list of errors returned when a member action results in an error. */
export interface MemberError {
  MemberId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}
