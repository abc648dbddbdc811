import { defineOperation } from '../operation.ts';
import type {
  AccountSettings,
  BusinessCallingSettings,
  RetentionSettings,
  UserSettings,
  VoiceConnectorSettings,
} from '../shapes/settings.ts';
import type { IsoTimestamp } from '../shapes/timestamps.ts';

export interface GetAccountSettingsInput {
  AccountId: string;
}

export interface GetAccountSettingsOutput {
  AccountSettings: AccountSettings;
}

/** Retrieves account settings for the specified Amazon Chime account ID, such as remote control and dialout settings. `GET /accounts/{AccountId}/settings` */
export const GetAccountSettings = defineOperation<GetAccountSettingsInput, GetAccountSettingsOutput>({
  name: 'GetAccountSettings',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/settings',
  successStatus: 200,
});

export interface UpdateAccountSettingsInput {
  AccountId: string;
  AccountSettings: AccountSettings;
}

/** Updates the settings for the specified Amazon Chime account. `PUT /accounts/{AccountId}/settings` */
export const UpdateAccountSettings = defineOperation<UpdateAccountSettingsInput, Record<string, never>>({
  name: 'UpdateAccountSettings',
  group: 'admin',
  method: 'PUT',
  path: '/accounts/{AccountId}/settings',
  successStatus: 204,
});

export interface GetUserSettingsInput {
  AccountId: string;
  UserId: string;
}

export interface GetUserSettingsOutput {
  UserSettings: UserSettings;
}

/** Retrieves settings for the specified user ID, such as any associated phone number settings. `GET /accounts/{AccountId}/users/{UserId}/settings` */
export const GetUserSettings = defineOperation<GetUserSettingsInput, GetUserSettingsOutput>({
  name: 'GetUserSettings',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/users/{UserId}/settings',
  successStatus: 200,
});

export interface UpdateUserSettingsInput {
  AccountId: string;
  UserId: string;
  UserSettings: UserSettings;
}

/** Updates the settings for the specified user, such as phone number settings. `PUT /accounts/{AccountId}/users/{UserId}/settings` */
export const UpdateUserSettings = defineOperation<UpdateUserSettingsInput, Record<string, never>>({
  name: 'UpdateUserSettings',
  group: 'admin',
  method: 'PUT',
  path: '/accounts/{AccountId}/users/{UserId}/settings',
  successStatus: 204,
});

export type GetGlobalSettingsInput = Record<string, never>;

export interface GetGlobalSettingsOutput {
  BusinessCalling: BusinessCallingSettings;
  VoiceConnector: VoiceConnectorSettings;
}

/** Retrieves global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings. `GET /settings` */
export const GetGlobalSettings = defineOperation<GetGlobalSettingsInput, GetGlobalSettingsOutput>({
  name: 'GetGlobalSettings',
  group: 'admin',
  method: 'GET',
  path: '/settings',
  successStatus: 200,
});

export interface UpdateGlobalSettingsInput {
  BusinessCalling?: BusinessCallingSettings;
  VoiceConnector?: VoiceConnectorSettings;
}

/** Updates global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings. `PUT /settings` */
export const UpdateGlobalSettings = defineOperation<UpdateGlobalSettingsInput, Record<string, never>>({
  name: 'UpdateGlobalSettings',
  group: 'admin',
  method: 'PUT',
  path: '/settings',
  successStatus: 204,
});

export type GetPhoneNumberSettingsInput = Record<string, never>;

export interface GetPhoneNumberSettingsOutput {
  CallingName?: string;
  CallingNameUpdatedTimestamp?: IsoTimestamp;
}

/** Retrieves the phone number settings for the administrator's AWS account, such as the default outbound calling name. `GET /settings/phone-number` */
export const GetPhoneNumberSettings = defineOperation<
  GetPhoneNumberSettingsInput,
  GetPhoneNumberSettingsOutput
>({
  name: 'GetPhoneNumberSettings',
  group: 'voice',
  method: 'GET',
  path: '/settings/phone-number',
  successStatus: 200,
});

export interface UpdatePhoneNumberSettingsInput {
  CallingName: string;
}

/** Updates the phone number settings for the administrator's AWS account, such as the default outbound calling name. `PUT /settings/phone-number` */
export const UpdatePhoneNumberSettings = defineOperation<
  UpdatePhoneNumberSettingsInput,
  Record<string, never>
>({
  name: 'UpdatePhoneNumberSettings',
  group: 'voice',
  method: 'PUT',
  path: '/settings/phone-number',
  successStatus: 204,
});

export interface GetRetentionSettingsInput {
  AccountId: string;
}

export interface GetRetentionSettingsOutput {
  /** When the items past their retention are deleted for good, in ISO 8601. */
  InitiateDeletionTimestamp?: string;
  RetentionSettings?: RetentionSettings;
}

/** Gets the retention settings of an account. `GET /accounts/{AccountId}/retention-settings` */
export const GetRetentionSettings = defineOperation<GetRetentionSettingsInput, GetRetentionSettingsOutput>({
  name: 'GetRetentionSettings',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/retention-settings',
  successStatus: 200,
});

export interface PutRetentionSettingsInput {
  AccountId: string;
  RetentionSettings: RetentionSettings;
}

/**
 * Puts the retention settings of an account; a RetentionDays left out turns that retention off.
 * `PUT /accounts/{AccountId}/retention-settings` (204, as the SDK binds it: no body to read).
 */
export const PutRetentionSettings = defineOperation<PutRetentionSettingsInput, Record<string, never>>({
  name: 'PutRetentionSettings',
  group: 'admin',
  method: 'PUT',
  path: '/accounts/{AccountId}/retention-settings',
  successStatus: 204,
});
