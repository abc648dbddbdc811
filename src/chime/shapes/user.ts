import type { License } from './account.ts';
import type { IsoTimestamp } from './timestamps.ts';

export type EmailStatus = 'NotSent' | 'Sent' | 'Failed';

export type InviteStatus = 'Pending' | 'Accepted' | 'Failed';

export type RegistrationStatus = 'Unregistered' | 'Registered' | 'Suspended';

export type UserType = 'PrivateUser' | 'SharedDevice';

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
