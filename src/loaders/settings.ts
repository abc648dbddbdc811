import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  GetGlobalSettings,
  type GetGlobalSettingsOutput,
  GetPhoneNumberSettings,
  type GetPhoneNumberSettingsOutput,
} from '../chime/operations/settings.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp } from './shared/upstream-values.ts';

/** The AWS account's Business Calling and Voice Connector settings. */
export interface GlobalSettingsModel {
  businessCalling: { cdrBucket: string | null } | null;
  voiceConnector: { cdrBucket: string | null } | null;
}

/** Maps the upstream's global settings. */
export function toGlobalSettings(settings: Partial<GetGlobalSettingsOutput> | null): GlobalSettingsModel {
  return {
    businessCalling: settings?.BusinessCalling
      ? { cdrBucket: settings.BusinessCalling.CdrBucket ?? null }
      : null,
    voiceConnector: settings?.VoiceConnector
      ? { cdrBucket: settings.VoiceConnector.CdrBucket ?? null }
      : null,
  };
}

/** The AWS account's phone number settings: the default outbound calling name. */
export interface PhoneNumberSettingsModel {
  /** Null until one is set; empty when set to none. */
  callingName: string | null;
  callingNameUpdatedTimestamp: string | null;
}

/** Maps the upstream's phone number settings. */
export function toPhoneNumberSettings(
  settings: GetPhoneNumberSettingsOutput | null,
): PhoneNumberSettingsModel {
  return {
    callingName: settings?.CallingName ?? null,
    callingNameUpdatedTimestamp: isoTimestamp(settings?.CallingNameUpdatedTimestamp),
  };
}

/**
 * Per-request loaders for the settings of the whole AWS account: its global settings and its
 * phone number settings (one key each: there is one set of each).
 */
export function createGlobalSettingsLoaders(client: CachingCaller) {
  const globalSettings = getLoader(
    (_key: 'global') =>
      client.send(GetGlobalSettings, {}, cachedAs('settings', 'global')).then(toGlobalSettings),
    () => 'global',
  );
  const phoneNumberSettings = getLoader(
    (_key: 'phone-number') =>
      client
        .send(GetPhoneNumberSettings, {}, cachedAs('settings', 'phone-number'))
        .then(toPhoneNumberSettings),
    () => 'phone-number',
  );
  return {
    globalSettings,
    phoneNumberSettings,
    /** Settings the upstream changed without answering them are read again when next asked for. */
    forgetGlobalSettings(): void {
      globalSettings.clear('global');
      client.changed('settings', 'global');
    },
    /** Phone number settings the upstream changed without answering them are read again when next asked for. */
    forgetPhoneNumberSettings(): void {
      phoneNumberSettings.clear('phone-number');
      client.changed('settings', 'phone-number');
    },
  };
}
