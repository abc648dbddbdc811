import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetGlobalSettings, type GetGlobalSettingsOutput } from '../chime/operations/settings.ts';
import { getLoader } from './shared/get-loader.ts';

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

/** Per-request loader for the AWS account's global settings (one key: there is one set). */
export function createGlobalSettingsLoaders(client: CachingCaller) {
  const globalSettings = getLoader(
    (_key: 'global') =>
      client.send(GetGlobalSettings, {}, cachedAs('settings', 'global')).then(toGlobalSettings),
    () => 'global',
  );
  return {
    globalSettings,
    /** Settings the upstream changed without answering them are read again when next asked for. */
    forgetGlobalSettings(): void {
      globalSettings.clear('global');
      client.changed('settings', 'global');
    },
  };
}
