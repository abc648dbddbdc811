import { brokenRule, PARAMETERS, shown } from '../../chime/parameters.ts';
import type { Capability } from '../../chime/shapes/proxy-session.ts';
import type {
  NotificationTarget,
  OriginationRouteProtocol,
} from '../../chime/shapes/voice-connector-configuration.ts';
import { COUNTRY_RULE, E164_RULE } from '../phone-numbers/rules.ts';
import { checkEach, checkItemCount, checkRange, checkText, fieldName, type TextRule } from './input-rules.ts';
import { invalid, type UserErrorModel } from './user-errors.ts';

/*
 * The API reference's rules for voice connectors, their configurations, groups and proxy
 * sessions, SIP media applications and SIP rules (seeds 001 and 003), checked by the gateway
 * before it spends an upstream call.
 */

/** Voice connector, group, SIP media application and SIP rule names: 1-256 characters. */
export const VOICE_NAME_RULE: TextRule = { min: 1, max: 256 };
/** CreateProxySession's Name. */
export const PROXY_SESSION_NAME_RULE: TextRule = {
  pattern: /^$|^[a-zA-Z0-9]{0,30}$/,
  patternText: '^$|^[a-zA-Z0-9]{0,30}$ (up to 30 letters and digits)',
};
/** GeoMatchParams' Country and PutVoiceConnectorProxy's PhoneNumberPoolCountries: empty or ISO 3166-1 alpha-2. */
const EMPTY_OR_COUNTRY_RULE: TextRule = {
  pattern: /^$|^[A-Z]{2}$/,
  patternText: '^$|^[A-Z]{2,2}$ (empty or ISO 3166-1 alpha-2)',
};
/** GeoMatchParams' AreaCode: empty or three digits. */
const GEO_AREA_CODE_RULE: TextRule = {
  pattern: /^$|^[0-9]{3}$/,
  patternText: '^$|^[0-9]{3,3}$ (empty or three digits)',
};
/** Termination's CidrAllowedList members: IPv4 ranges in CIDR notation. */
const CIDR_RULE: TextRule = {
  pattern: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/,
  patternText: 'an IPv4 range in CIDR notation, e.g. 203.0.113.0/24',
};
/** The Regions CreateVoiceConnector's AwsRegion may name. */
export const VOICE_CONNECTOR_REGIONS = ['us-east-1', 'us-west-2'] as const;

/** The user error for an AwsRegion the reference does not list. */
export function checkAwsRegion(value: string | null | undefined, field: string[]): UserErrorModel[] {
  return value == null || (VOICE_CONNECTOR_REGIONS as readonly string[]).includes(value)
    ? []
    : [
        invalid(
          field,
          `${fieldName(field)} must be one of ${VOICE_CONNECTOR_REGIONS.join(', ')}, got ${JSON.stringify(value)}`,
        ),
      ];
}

/** Capabilities of a proxy session: required, at least one (VOICE, SMS). */
export const checkCapabilities = (capabilities: readonly Capability[], field: string[]) =>
  checkItemCount(capabilities, field, { min: 1 });

/** ExpiryMinutes of a proxy session: at least 1. */
export const checkExpiryMinutes = (value: number | null | undefined, field: string[]) =>
  checkRange(value, field, { min: 1 });

/** Termination, as `putVoiceConnectorTermination` takes it. */
export interface TerminationInput {
  cpsLimit?: number | null;
  defaultPhoneNumber?: string | null;
  callingRegions: string[];
  cidrAllowedList: string[];
  disabled?: boolean | null;
}

/** Termination: CpsLimit ≥ 1, an E.164 default number, ISO country codes and IPv4 CIDR ranges. */
export function checkTermination(termination: TerminationInput, field: string[]): UserErrorModel[] {
  return [
    ...checkRange(termination.cpsLimit, [...field, 'cpsLimit'], { min: 1 }),
    ...checkText(termination.defaultPhoneNumber, [...field, 'defaultPhoneNumber'], E164_RULE),
    ...checkEach(termination.callingRegions, [...field, 'callingRegions'], COUNTRY_RULE),
    ...checkEach(termination.cidrAllowedList, [...field, 'cidrAllowedList'], CIDR_RULE),
  ];
}

/** An origination route, as `putVoiceConnectorOrigination` takes it. */
export interface OriginationRouteInput {
  host?: string | null;
  port?: number | null;
  protocol?: OriginationRouteProtocol | null;
  priority?: number | null;
  weight?: number | null;
}

/** Origination, as `putVoiceConnectorOrigination` takes it. */
export interface OriginationInput {
  routes?: OriginationRouteInput[] | null;
  disabled?: boolean | null;
}

/**
 * Origination: routes or disabled (the reference: "you must use at least one"), 1-20
 * routes, each with at least one member, port 0-65535, priority and weight 1-100.
 */
export function checkOrigination(origination: OriginationInput, field: string[]): UserErrorModel[] {
  if (origination.routes == null && origination.disabled == null)
    return [invalid(field, `${fieldName(field)} must set routes or disabled (or both), got neither`)];
  const routes = origination.routes ?? [];
  return [
    ...checkItemCount(origination.routes, [...field, 'routes'], { min: 1, max: 20 }),
    ...routes.flatMap((route, index) => {
      const at = [...field, 'routes', String(index)];
      if (Object.values(route).every((value) => value == null))
        return [
          invalid(at, `${fieldName(at)} must set at least one of host, port, protocol, priority, weight`),
        ];
      return [
        ...checkRange(route.port, [...at, 'port'], { min: 0, max: 65535 }),
        ...checkRange(route.priority, [...at, 'priority'], { min: 1, max: 100 }),
        ...checkRange(route.weight, [...at, 'weight'], { min: 1, max: 100 }),
      ];
    }),
  ];
}

/** A streaming configuration, as `putVoiceConnectorStreamingConfiguration` takes it. */
export interface StreamingConfigurationInput {
  dataRetentionInHours: number;
  disabled?: boolean | null;
  streamingNotificationTargets?: { notificationTarget: NotificationTarget }[] | null;
}

/** Streaming: DataRetentionInHours ≥ 0, 1-3 notification targets. */
export function checkStreamingConfiguration(
  streaming: StreamingConfigurationInput,
  field: string[],
): UserErrorModel[] {
  return [
    ...checkRange(streaming.dataRetentionInHours, [...field, 'dataRetentionInHours'], { min: 0 }),
    ...checkItemCount(streaming.streamingNotificationTargets, [...field, 'streamingNotificationTargets'], {
      min: 1,
      max: 3,
    }),
  ];
}

/** An emergency calling configuration, as `putVoiceConnectorEmergencyCallingConfiguration` takes it. */
export interface EmergencyCallingConfigurationInput {
  dnis: { callingCountry: string; emergencyPhoneNumber: string; testPhoneNumber?: string | null }[];
}

/** Emergency calling: each DNIS entry an ISO country and E.164 numbers. */
export function checkEmergencyCallingConfiguration(
  emergency: EmergencyCallingConfigurationInput,
  field: string[],
): UserErrorModel[] {
  return emergency.dnis.flatMap((dnis, index) => {
    const at = [...field, 'dnis', String(index)];
    return [
      ...checkText(dnis.callingCountry, [...at, 'callingCountry'], COUNTRY_RULE),
      ...checkText(dnis.emergencyPhoneNumber, [...at, 'emergencyPhoneNumber'], E164_RULE),
      ...checkText(dnis.testPhoneNumber, [...at, 'testPhoneNumber'], E164_RULE),
    ];
  });
}

/** A voice connector a group routes to, as the group mutations take it. */
export interface VoiceConnectorItemInput {
  voiceConnectorId: string;
  priority: number;
}

/** A group's VoiceConnectorItems: at most 3, each a voice connector id and a priority 1-99. */
export function checkVoiceConnectorItems(
  items: readonly VoiceConnectorItemInput[] | null | undefined,
  field: string[],
): UserErrorModel[] {
  return [
    ...checkItemCount(items, field, { max: 3 }),
    ...(items ?? []).flatMap((item, index) => [
      ...checkText(
        item.voiceConnectorId,
        [...field, String(index), 'voiceConnectorId'],
        PARAMETERS.VoiceConnectorId,
      ),
      ...checkRange(item.priority, [...field, String(index), 'priority'], { min: 1, max: 99 }),
    ]),
  ];
}

/** GeoMatchParams of a new proxy session: empty or an ISO country, empty or a three-digit area code. */
export function checkGeoMatchParams(
  params: { country: string; areaCode: string } | null | undefined,
  field: string[],
): UserErrorModel[] {
  if (params == null) return [];
  return [
    ...checkText(params.country, [...field, 'country'], EMPTY_OR_COUNTRY_RULE),
    ...checkText(params.areaCode, [...field, 'areaCode'], GEO_AREA_CODE_RULE),
  ];
}

/** The E.164 numbers of a request (participants, numbers to associate). */
export const checkE164s = (numbers: readonly string[], field: string[]) =>
  checkEach(numbers, field, E164_RULE);

/** A proxy configuration, as `putVoiceConnectorProxy` takes it. */
export interface ProxyInput {
  defaultSessionExpiryMinutes: number;
  phoneNumberCountries: string[];
  fallbackPhoneNumber?: string | null;
  disabled?: boolean | null;
}

/**
 * Proxy: 1-100 pool countries (each empty or ISO), an E.164 fallback number, and a default
 * session expiry of at least 1 minute (the reference bounds it nowhere; it defaults a proxy
 * session's ExpiryMinutes, which is at least 1).
 */
export function checkProxy(proxy: ProxyInput, field: string[]): UserErrorModel[] {
  return [
    ...checkExpiryMinutes(proxy.defaultSessionExpiryMinutes, [...field, 'defaultSessionExpiryMinutes']),
    ...checkItemCount(proxy.phoneNumberCountries, [...field, 'phoneNumberCountries'], { min: 1, max: 100 }),
    ...checkEach(proxy.phoneNumberCountries, [...field, 'phoneNumberCountries'], EMPTY_OR_COUNTRY_RULE),
    ...checkText(proxy.fallbackPhoneNumber, [...field, 'fallbackPhoneNumber'], E164_RULE),
  ];
}

/** RFC 2617 SIP credentials, as the reference asks them: US-ASCII (printable), at least one character. */
const SIP_CREDENTIAL_RULE: TextRule = {
  min: 1,
  pattern: /^[\x20-\x7E]*$/,
  patternText: 'printable US-ASCII (RFC 2617)',
};

/** A SIP credential, as `putVoiceConnectorTerminationCredentials` takes it. */
export interface TerminationCredentialInput {
  username: string;
  password: string;
}

/**
 * Termination credentials: at least one, distinct usernames, each username and password
 * printable US-ASCII. A password broken is named by its field alone: no message repeats it.
 */
export function checkTerminationCredentials(
  credentials: readonly TerminationCredentialInput[],
  field: string[],
): UserErrorModel[] {
  return [
    ...checkItemCount(credentials, field, { min: 1 }),
    ...checkDistinct(
      credentials.map(({ username }) => username),
      field,
      'username',
    ),
    ...credentials.flatMap(({ username, password }, index) => {
      const at = [...field, String(index)];
      const passwordBroken = brokenRule(SIP_CREDENTIAL_RULE, password) !== null;
      return [
        ...checkText(username, [...at, 'username'], SIP_CREDENTIAL_RULE),
        ...(passwordBroken
          ? [
              invalid(
                [...at, 'password'],
                `${fieldName([...at, 'password'])} must be printable US-ASCII (RFC 2617), at least one character`,
              ),
            ]
          : []),
      ];
    }),
  ];
}

/** Usernames of termination credentials to delete: at least one, each printable US-ASCII. */
export const checkUsernames = (usernames: readonly string[], field: string[]) => [
  ...checkItemCount(usernames, field, { min: 1 }),
  ...checkEach(usernames, field, SIP_CREDENTIAL_RULE),
];

/** The user error for a `member` repeated across a list's items, or none. */
function checkDistinct(values: readonly string[], field: string[], member: string): UserErrorModel[] {
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  return repeated === undefined
    ? []
    : [invalid(field, `${fieldName(field)} must not repeat a ${member}, got ${shown(repeated)} twice`)];
}

/** A SIP media application's endpoint, as `createSipMediaApplication` takes it. */
export interface SipMediaApplicationEndpointInput {
  lambdaArn: string;
}

/**
 * Endpoints: exactly one (the reference: "Fixed number of 1 item"), a Lambda ARN in the
 * application's Region when it is known ("The function must be created in the same AWS Region").
 */
export function checkEndpoints(
  endpoints: readonly SipMediaApplicationEndpointInput[] | null | undefined,
  field: string[],
  awsRegion: string | null = null,
): UserErrorModel[] {
  const count = checkItemCount(endpoints, field, { min: 1, max: 1 });
  if (count.length > 0 || !endpoints) return count;
  return endpoints.flatMap((endpoint, index) => {
    const at = [...field, String(index), 'lambdaArn'];
    const broken = checkText(endpoint.lambdaArn, at, PARAMETERS.LambdaArn);
    if (broken.length > 0 || awsRegion === null) return broken;
    const region = endpoint.lambdaArn.split(':')[3];
    return region === awsRegion
      ? []
      : [
          invalid(
            at,
            `${fieldName(at)} must name a function in ${awsRegion}, got one in ${shown(region ?? '')}`,
          ),
        ];
  });
}

/** A SIP rule's target, as `createSipRule` and `updateSipRule` take it. */
export interface SipRuleTargetApplicationInput {
  sipMediaApplicationId: string;
  priority: number;
  awsRegion: string;
}

/**
 * TargetApplications: 1-25, each an application id, a Region the reference lists and a
 * priority of at least 1; "only one SIP application per AWS Region can be used".
 */
export function checkTargetApplications(
  targets: readonly SipRuleTargetApplicationInput[] | null | undefined,
  field: string[],
): UserErrorModel[] {
  const count = checkItemCount(targets, field, { min: 1, max: 25 });
  if (count.length > 0 || !targets) return count;
  const each = targets.flatMap((target, index) => {
    const at = [...field, String(index)];
    return [
      ...checkText(
        target.sipMediaApplicationId,
        [...at, 'sipMediaApplicationId'],
        PARAMETERS.SipMediaApplicationId,
      ),
      ...checkAwsRegion(target.awsRegion, [...at, 'awsRegion']),
      ...checkRange(target.priority, [...at, 'priority'], { min: 1 }),
    ];
  });
  if (each.length > 0) return each;
  const regions = targets.map((target) => target.awsRegion);
  const repeated = regions.findIndex((region, index) => regions.indexOf(region) !== index);
  return repeated < 0
    ? []
    : [
        invalid(
          [...field, String(repeated), 'awsRegion'],
          `${fieldName(field)} may have one application per Region, got a second in ${shown(regions[repeated]!)}`,
        ),
      ];
}

/** A SIP rule's TriggerValue for RequestUriHostname: `.*\S.*`. */
const TRIGGER_HOST_RULE: TextRule = {
  pattern: /^.*\S.*$/,
  patternText: '.*\\S.* (at least one character that is not white space)',
};

/** A SIP rule's TriggerValue: an E.164 number for ToPhoneNumber, a host name (not blank) for RequestUriHostname. */
export const checkTriggerValue = (triggerType: string, value: string, field: string[]) =>
  checkText(value, field, triggerType === 'ToPhoneNumber' ? E164_RULE : TRIGGER_HOST_RULE);

/** One entry of a string map (a call's SIP headers, the arguments of a call update). */
export interface StringEntryInput {
  name: string;
  value: string;
}

/** SipHeaders and Arguments: at most 20 entries (the reference's Map Entries), each name once. */
export function checkStringEntries(
  entries: readonly StringEntryInput[] | null | undefined,
  field: string[],
): UserErrorModel[] {
  const count = checkItemCount(entries, field, { max: 20 });
  if (count.length > 0 || !entries) return count;
  const names = entries.map((entry) => entry.name);
  const repeated = names.findIndex((name, index) => names.indexOf(name) !== index);
  return repeated < 0
    ? []
    : [
        invalid(
          [...field, String(repeated), 'name'],
          `${fieldName(field)} must name each entry once, got ${shown(names[repeated]!)} twice`,
        ),
      ];
}

/** String entries as the upstream's map. */
export const toStringMap = (entries: readonly StringEntryInput[]): Record<string, string> =>
  Object.fromEntries(entries.map((entry) => [entry.name, entry.value]));
