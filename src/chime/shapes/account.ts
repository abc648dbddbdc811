import type { IsoTimestamp } from './timestamps.ts';

export type AccountStatus = 'Suspended' | 'Active';

export type AccountType = 'Team' | 'EnterpriseDirectory' | 'EnterpriseLWA' | 'EnterpriseOIDC';

export type License = 'Basic' | 'Plus' | 'Pro' | 'ProTrial';

/** The Amazon Chime account details. */
export interface Account {
  AccountId: string;
  AwsAccountId: string;
  Name: string;
  AccountStatus?: AccountStatus;
  AccountType?: AccountType;
  CreatedTimestamp?: IsoTimestamp;
  DefaultLicense?: License;
  SigninDelegateGroups?: SigninDelegateGroup[];
  SupportedLicenses?: License[];
}

/** An Active Directory group whose members are granted permission to act as delegates. */
export interface SigninDelegateGroup {
  GroupName?: string;
}
