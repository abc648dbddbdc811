import type { IsoTimestamp } from './timestamps.ts';

export const ACCOUNT_STATUSES = ['Suspended', 'Active'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ACCOUNT_TYPES = ['Team', 'EnterpriseDirectory', 'EnterpriseLWA', 'EnterpriseOIDC'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const LICENSES = ['Basic', 'Plus', 'Pro', 'ProTrial'] as const;
export type License = (typeof LICENSES)[number];

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
