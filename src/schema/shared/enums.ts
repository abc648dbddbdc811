import { ACCOUNT_STATUSES, ACCOUNT_TYPES, LICENSES } from '../../chime/shapes/account.ts';
import { STREAMING_DATA_TYPES } from '../../chime/shapes/app-instance.ts';
import { BOT_TYPES } from '../../chime/shapes/bot.ts';
import {
  CALLING_NAME_STATUSES,
  PHONE_NUMBER_ASSOCIATION_NAMES,
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
} from '../../chime/shapes/phone-number.ts';
import {
  CAPABILITIES,
  GEO_MATCH_LEVELS,
  NUMBER_SELECTION_BEHAVIORS,
  PROXY_SESSION_STATUSES,
} from '../../chime/shapes/proxy-session.ts';
import { INVITE_STATUSES, REGISTRATION_STATUSES, USER_TYPES } from '../../chime/shapes/user.ts';
import {
  NOTIFICATION_TARGETS,
  ORIGINATION_ROUTE_PROTOCOLS,
} from '../../chime/shapes/voice-connector-configuration.ts';
import { builder } from '../builder.ts';

/**
 * `BusinessCalling` → `BUSINESS_CALLING`, `EnterpriseLWA` → `ENTERPRISE_LWA`, `en-US` → `EN_US`;
 * already-upper values stay.
 */
export function toEnumName(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();
}

/**
 * A GraphQL enum over upstream values: clients see SCREAMING_SNAKE_CASE names, resolvers
 * and mutations work with the upstream's own values.
 */
export function upstreamEnum<T extends string>(name: string, values: readonly T[], description?: string) {
  return builder.enumType(name, {
    ...(description ? { description } : {}),
    values: Object.fromEntries(values.map((value) => [toEnumName(value), { value }])) as Record<
      string,
      { value: T }
    >,
  });
}

export const AccountTypeEnum = upstreamEnum('AccountType', ACCOUNT_TYPES);
export const AccountStatusEnum = upstreamEnum('AccountStatus', ACCOUNT_STATUSES);
export const LicenseEnum = upstreamEnum('License', LICENSES);
export const UserTypeEnum = upstreamEnum('UserType', USER_TYPES);
export const RegistrationStatusEnum = upstreamEnum('RegistrationStatus', REGISTRATION_STATUSES);
export const InviteStatusEnum = upstreamEnum('InviteStatus', INVITE_STATUSES);
export const PhoneNumberTypeEnum = upstreamEnum('PhoneNumberType', PHONE_NUMBER_TYPES);
export const PhoneNumberProductTypeEnum = upstreamEnum('PhoneNumberProductType', PHONE_NUMBER_PRODUCT_TYPES);
export const PhoneNumberStatusEnum = upstreamEnum('PhoneNumberStatus', PHONE_NUMBER_STATUSES);
export const CallingNameStatusEnum = upstreamEnum('CallingNameStatus', CALLING_NAME_STATUSES);
export const PhoneNumberAssociationNameEnum = upstreamEnum(
  'PhoneNumberAssociationName',
  PHONE_NUMBER_ASSOCIATION_NAMES,
);
export const ProxySessionStatusEnum = upstreamEnum('ProxySessionStatus', PROXY_SESSION_STATUSES);
export const CapabilityEnum = upstreamEnum('Capability', CAPABILITIES);
export const NumberSelectionBehaviorEnum = upstreamEnum(
  'NumberSelectionBehavior',
  NUMBER_SELECTION_BEHAVIORS,
);
export const GeoMatchLevelEnum = upstreamEnum('GeoMatchLevel', GEO_MATCH_LEVELS);
export const OriginationRouteProtocolEnum = upstreamEnum(
  'OriginationRouteProtocol',
  ORIGINATION_ROUTE_PROTOCOLS,
);
export const NotificationTargetEnum = upstreamEnum('NotificationTarget', NOTIFICATION_TARGETS);
export const BotTypeEnum = upstreamEnum('BotType', BOT_TYPES);
export const StreamingDataTypeEnum = upstreamEnum(
  'StreamingDataType',
  STREAMING_DATA_TYPES,
  'The data of an app instance that is streamed.',
);
