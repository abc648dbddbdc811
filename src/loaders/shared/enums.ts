/**
 * The upstream's enum values, as runtime lists: the mappers keep only values they know
 * (a value the upstream adds later becomes null, not a failed request), and the schema
 * builds its SCREAMING_SNAKE_CASE enums from the same lists.
 */
import {
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
  PROXY_SESSION_STATUSES,
  USER_TYPES,
} from '../../chime/parameters.ts';

// The lists that are also query arguments' Valid Values live with the rules of those arguments.
export {
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
  PROXY_SESSION_STATUSES,
  USER_TYPES,
};

export const ACCOUNT_TYPES = ['Team', 'EnterpriseDirectory', 'EnterpriseLWA', 'EnterpriseOIDC'] as const;
export const ACCOUNT_STATUSES = ['Suspended', 'Active'] as const;
export const LICENSES = ['Basic', 'Plus', 'Pro', 'ProTrial'] as const;
export const REGISTRATION_STATUSES = ['Unregistered', 'Registered', 'Suspended'] as const;
export const INVITE_STATUSES = ['Pending', 'Accepted', 'Failed'] as const;
export const EMAIL_STATUSES = ['NotSent', 'Sent', 'Failed'] as const;

export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type License = (typeof LICENSES)[number];
export type UserType = (typeof USER_TYPES)[number];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const CALLING_NAME_STATUSES = [
  'Unassigned',
  'UpdateInProgress',
  'UpdateSucceeded',
  'UpdateFailed',
] as const;
export const PHONE_NUMBER_ASSOCIATION_NAMES = [
  'AccountId',
  'UserId',
  'VoiceConnectorId',
  'VoiceConnectorGroupId',
  'SipRuleId',
] as const;

export type PhoneNumberType = (typeof PHONE_NUMBER_TYPES)[number];
export type PhoneNumberProductType = (typeof PHONE_NUMBER_PRODUCT_TYPES)[number];
export type PhoneNumberStatus = (typeof PHONE_NUMBER_STATUSES)[number];
export type CallingNameStatus = (typeof CALLING_NAME_STATUSES)[number];
export type PhoneNumberAssociationName = (typeof PHONE_NUMBER_ASSOCIATION_NAMES)[number];
export const PHONE_NUMBER_ORDER_STATUSES = ['Processing', 'Successful', 'Failed', 'Partial'] as const;
export const ORDERED_PHONE_NUMBER_STATUSES = ['Processing', 'Acquired', 'Failed'] as const;
export type PhoneNumberOrderStatus = (typeof PHONE_NUMBER_ORDER_STATUSES)[number];
export type OrderedPhoneNumberStatus = (typeof ORDERED_PHONE_NUMBER_STATUSES)[number];

export const CAPABILITIES = ['Voice', 'SMS'] as const;
export const NUMBER_SELECTION_BEHAVIORS = ['PreferSticky', 'AvoidSticky'] as const;
export const GEO_MATCH_LEVELS = ['Country', 'AreaCode'] as const;
export const ORIGINATION_ROUTE_PROTOCOLS = ['TCP', 'UDP'] as const;
export const NOTIFICATION_TARGETS = ['EventBridge', 'SNS', 'SQS'] as const;

export type ProxySessionStatus = (typeof PROXY_SESSION_STATUSES)[number];
export type Capability = (typeof CAPABILITIES)[number];
export type NumberSelectionBehavior = (typeof NUMBER_SELECTION_BEHAVIORS)[number];
export type GeoMatchLevel = (typeof GEO_MATCH_LEVELS)[number];
export type OriginationRouteProtocol = (typeof ORIGINATION_ROUTE_PROTOCOLS)[number];
export type NotificationTarget = (typeof NOTIFICATION_TARGETS)[number];

// The mappers below the resolvers (src/loaders) use these too, so they live there.
export { knownValue, knownValues } from '../../loaders/shared/upstream-values.ts';
