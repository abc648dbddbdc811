/** An Amazon Chime account, as the service returns it. */
export interface Account {
  AwsAccountId: string;
  AccountId: string;
  Name: string;
  AccountType: 'Team' | 'EnterpriseDirectory' | 'EnterpriseLWA' | 'EnterpriseOIDC';
  CreatedTimestamp: string;
  DefaultLicense: License;
  SupportedLicenses: License[];
  AccountStatus: 'Suspended' | 'Active';
  SigninDelegateGroups: { GroupName?: string }[];
}

export type License = 'Basic' | 'Plus' | 'Pro' | 'ProTrial';

/** An Amazon Chime user, as the service returns it. */
export interface User {
  UserId: string;
  AccountId: string;
  PrimaryEmail?: string;
  PrimaryProvisionedNumber?: string;
  DisplayName?: string;
  LicenseType?: License;
  UserType?: 'PrivateUser' | 'SharedDevice';
  UserRegistrationStatus?: 'Unregistered' | 'Registered' | 'Suspended';
  UserInvitationStatus?: 'Pending' | 'Accepted' | 'Failed';
  RegisteredOn?: string;
  InvitedOn?: string;
  PersonalPIN?: string;
}

/** The admin group's collections in chime-local's store. */
export class AdminState {
  readonly accounts = new Map<string, Account>();
  /** Every user of every account, by UserId (user ids are unique across accounts). */
  readonly users = new Map<string, User>();
}
