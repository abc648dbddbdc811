import type { License } from './account.ts';
import type { IsoTimestamp } from './timestamps.ts';

export const EMAIL_STATUSES = ['NotSent', 'Sent', 'Failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const INVITE_STATUSES = ['Pending', 'Accepted', 'Failed'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export const REGISTRATION_STATUSES = ['Unregistered', 'Registered', 'Suspended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const USER_TYPES = ['PrivateUser', 'SharedDevice'] as const;
export type UserType = (typeof USER_TYPES)[number];

/** The user on the Amazon Chime account. */
export interface User {
  UserId: string;
  AccountId?: string;
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  DisplayName?: string;
  InvitedOn?: IsoTimestamp;
  LicenseType?: License;
  PersonalPIN?: string;
  PrimaryEmail?: string;
  PrimaryProvisionedNumber?: string;
  RegisteredOn?: IsoTimestamp;
  UserInvitationStatus?: InviteStatus;
  UserRegistrationStatus?: RegistrationStatus;
  UserType?: UserType;
}

/** The Alexa for Business metadata associated with an Amazon Chime user, used to integrate Alexa for Business with a device. */
export interface AlexaForBusinessMetadata {
  AlexaForBusinessRoomArn?: string;
  IsAlexaForBusinessEnabled?: boolean;
}

/** The list of errors returned when errors are encountered during the BatchSuspendUser, BatchUnsuspendUser, or BatchUpdateUser actions. */
export interface UserError {
  ErrorCode?: string;
  ErrorMessage?: string;
  UserId?: string;
}

/** The user ID and user fields to update, used with the BatchUpdateUser action. */
export interface UpdateUserRequestItem {
  UserId: string;
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  LicenseType?: License;
  UserType?: UserType;
}

/** Invitation object returned after emailing users to invite them to join the Amazon Chime Team account. */
export interface Invite {
  EmailAddress?: string;
  EmailStatus?: EmailStatus;
  InviteId?: string;
  Status?: InviteStatus;
}
