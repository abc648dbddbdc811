import type { Route } from '../router.ts';
import { optionalObject, optionalString } from '../validate.ts';
import type { GlobalSettings } from './state.ts';

/** Validates one `{ "CdrBucket" }` member of UpdateGlobalSettings. */
function cdrSettings(value: unknown, name: string): { CdrBucket?: string } | undefined {
  const settings = optionalObject(value, name);
  if (!settings) return undefined;
  const bucket = optionalString(settings.CdrBucket, `${name}.CdrBucket`);
  return bucket === undefined ? {} : { CdrBucket: bucket };
}

/** The AWS account's global settings: GetGlobalSettings and UpdateGlobalSettings (`/settings`). */
export const globalSettingsRoutes: Route[] = [
  {
    operation: 'GetGlobalSettings',
    method: 'GET',
    path: '/settings',
    handle: ({ store }) => {
      const { BusinessCalling, VoiceConnector } = store.admin.globalSettings;
      return { body: { BusinessCalling: { ...BusinessCalling }, VoiceConnector: { ...VoiceConnector } } };
    },
  },
  {
    operation: 'UpdateGlobalSettings',
    method: 'PUT',
    path: '/settings',
    handle: ({ body, store }) => {
      const businessCalling = cdrSettings(body.BusinessCalling, 'BusinessCalling');
      const voiceConnector = cdrSettings(body.VoiceConnector, 'VoiceConnector');
      const current = store.admin.globalSettings;
      // Members left out keep their value; a group sent without CdrBucket keeps its bucket too.
      const next: GlobalSettings = {
        BusinessCalling: { ...current.BusinessCalling, ...businessCalling },
        VoiceConnector: { ...current.VoiceConnector, ...voiceConnector },
      };
      store.admin.globalSettings = next;
      return { status: 204 };
    },
  },
];
