import { badRequest } from '../errors.ts';
import {
  optionalBoolean,
  optionalEnum,
  optionalInt,
  optionalString,
  requiredArray,
  requiredEnum,
  requiredInt,
  requiredObject,
  requiredString,
} from '../validate.ts';
import { E164 } from './lookup.ts';
import type {
  EmergencyCallingConfiguration,
  LoggingConfiguration,
  Origination,
  OriginationRoute,
  StreamingConfiguration,
  Termination,
  VoiceConnectorProxy,
} from './state.ts';

/*
 * Parsers for the bodies of the Put…Configuration operations: each checks one
 * configuration against the API reference's data type and returns it in wire shape,
 * with the service's defaults filled in and unknown members dropped.
 */

const ISO_COUNTRY = /^[A-Z]{2}$/;
const EMPTY_OR_ISO_COUNTRY = /^$|^[A-Z]{2}$/;
const IPV4_CIDR =
  /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/;

/** A list of strings, each checked by `rule`; `name` is the list's parameter name. */
function stringList(value: unknown, name: string, rule: { pattern: RegExp }): string[] {
  return requiredArray(value, name).map((item) => requiredString(item, name, rule));
}

/** `Termination` (PutVoiceConnectorTermination): CpsLimit defaults to 1. */
export function parseTermination(body: Record<string, unknown>): Termination {
  const input = requiredObject(body.Termination, 'Termination');
  const defaultPhoneNumber = optionalString(input.DefaultPhoneNumber, 'DefaultPhoneNumber', {
    pattern: E164,
  });
  const disabled = optionalBoolean(input.Disabled, 'Disabled');
  return {
    CpsLimit: optionalInt(input.CpsLimit, 'CpsLimit', { min: 1 }) ?? 1,
    ...(defaultPhoneNumber === undefined ? {} : { DefaultPhoneNumber: defaultPhoneNumber }),
    CallingRegions: stringList(input.CallingRegions, 'CallingRegions', { pattern: ISO_COUNTRY }),
    CidrAllowedList: stringList(input.CidrAllowedList, 'CidrAllowedList', { pattern: IPV4_CIDR }),
    ...(disabled === undefined ? {} : { Disabled: disabled }),
  };
}

/** `Origination` (PutVoiceConnectorOrigination): Routes or Disabled, at most 20 routes. */
export function parseOrigination(body: Record<string, unknown>): Origination {
  const input = requiredObject(body.Origination, 'Origination');
  const disabled = optionalBoolean(input.Disabled, 'Disabled');
  const routes =
    input.Routes === undefined || input.Routes === null
      ? undefined
      : requiredArray(input.Routes, 'Routes', { min: 1, max: 20 }).map(parseOriginationRoute);
  if (routes === undefined && disabled === undefined)
    throw badRequest('Origination must have Routes or Disabled, got neither');
  return {
    ...(routes === undefined ? {} : { Routes: routes }),
    ...(disabled === undefined ? {} : { Disabled: disabled }),
  };
}

function parseOriginationRoute(value: unknown): OriginationRoute {
  const input = requiredObject(value, 'Routes');
  const route: OriginationRoute = {
    Host: optionalString(input.Host, 'Host', { min: 1 }),
    Port: optionalInt(input.Port, 'Port', { min: 0, max: 65535 }),
    Protocol: optionalEnum(input.Protocol, 'Protocol', ['TCP', 'UDP'] as const),
    Priority: optionalInt(input.Priority, 'Priority', { min: 1, max: 100 }),
    Weight: optionalInt(input.Weight, 'Weight', { min: 1, max: 100 }),
  };
  const given = Object.entries(route).filter(([, member]) => member !== undefined);
  if (given.length === 0)
    throw badRequest('Routes members must set at least one of Host, Port, Protocol, Priority, Weight');
  // The reference: "Port … Defaults to 5060."
  return { ...Object.fromEntries(given), Port: route.Port ?? 5060 };
}

/** `LoggingConfiguration` (PutVoiceConnectorLoggingConfiguration). */
export function parseLoggingConfiguration(body: Record<string, unknown>): LoggingConfiguration {
  const input = requiredObject(body.LoggingConfiguration, 'LoggingConfiguration');
  const sip = optionalBoolean(input.EnableSIPLogs, 'EnableSIPLogs');
  const mediaMetrics = optionalBoolean(input.EnableMediaMetricLogs, 'EnableMediaMetricLogs');
  return {
    ...(sip === undefined ? {} : { EnableSIPLogs: sip }),
    ...(mediaMetrics === undefined ? {} : { EnableMediaMetricLogs: mediaMetrics }),
  };
}

/** `StreamingConfiguration` (PutVoiceConnectorStreamingConfiguration): 1–3 notification targets. */
export function parseStreamingConfiguration(body: Record<string, unknown>): StreamingConfiguration {
  const input = requiredObject(body.StreamingConfiguration, 'StreamingConfiguration');
  const disabled = optionalBoolean(input.Disabled, 'Disabled');
  const targets =
    input.StreamingNotificationTargets === undefined || input.StreamingNotificationTargets === null
      ? undefined
      : requiredArray(input.StreamingNotificationTargets, 'StreamingNotificationTargets', {
          min: 1,
          max: 3,
        }).map((target) => ({
          NotificationTarget: requiredEnum(
            requiredObject(target, 'StreamingNotificationTargets').NotificationTarget,
            'NotificationTarget',
            ['EventBridge', 'SNS', 'SQS'] as const,
          ),
        }));
  return {
    DataRetentionInHours: requiredInt(input.DataRetentionInHours, 'DataRetentionInHours', { min: 0 }),
    ...(disabled === undefined ? {} : { Disabled: disabled }),
    ...(targets === undefined ? {} : { StreamingNotificationTargets: targets }),
  };
}

/** `EmergencyCallingConfiguration` (PutVoiceConnectorEmergencyCallingConfiguration). */
export function parseEmergencyCallingConfiguration(
  body: Record<string, unknown>,
): EmergencyCallingConfiguration {
  const input = requiredObject(body.EmergencyCallingConfiguration, 'EmergencyCallingConfiguration');
  if (input.DNIS === undefined || input.DNIS === null) return {};
  return {
    DNIS: requiredArray(input.DNIS, 'DNIS').map((value) => {
      const dnis = requiredObject(value, 'DNIS');
      const test = optionalString(dnis.TestPhoneNumber, 'TestPhoneNumber', { pattern: E164 });
      return {
        CallingCountry: requiredString(dnis.CallingCountry, 'CallingCountry', { pattern: ISO_COUNTRY }),
        EmergencyPhoneNumber: requiredString(dnis.EmergencyPhoneNumber, 'EmergencyPhoneNumber', {
          pattern: E164,
        }),
        ...(test === undefined ? {} : { TestPhoneNumber: test }),
      };
    }),
  };
}

/**
 * The body of PutVoiceConnectorProxy, which is not wrapped in a member, as the `Proxy` it
 * sets: the pool countries are answered as `PhoneNumberCountries`, Disabled defaults to false.
 * The reference bounds DefaultSessionExpiryMinutes nowhere; it defaults a session's
 * ExpiryMinutes, which is at least 1.
 */
export function parseProxy(body: Record<string, unknown>): VoiceConnectorProxy {
  const fallBack = optionalString(body.FallBackPhoneNumber, 'FallBackPhoneNumber', { pattern: E164 });
  return {
    DefaultSessionExpiryMinutes: requiredInt(
      body.DefaultSessionExpiryMinutes,
      'DefaultSessionExpiryMinutes',
      {
        min: 1,
      },
    ),
    Disabled: optionalBoolean(body.Disabled, 'Disabled') ?? false,
    ...(fallBack === undefined ? {} : { FallBackPhoneNumber: fallBack }),
    PhoneNumberCountries: requiredArray(body.PhoneNumberPoolCountries, 'PhoneNumberPoolCountries', {
      min: 1,
      max: 100,
    }).map((country) =>
      requiredString(country, 'PhoneNumberPoolCountries', { pattern: EMPTY_OR_ISO_COUNTRY }),
    ),
  };
}
