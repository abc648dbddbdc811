import type { ChimeCaller } from '../chime/client.ts';
import { GetGlobalSettings } from '../chime/operations/settings.ts';
import { getLoader } from './shared/get-loader.ts';

/** Per-request loader for the AWS account's global settings (one key: there is one set). */
export function createGlobalSettingsLoaders(client: ChimeCaller) {
  return {
    globalSettings: getLoader(
      (_key: 'global') => client.send(GetGlobalSettings, {}),
      () => 'global',
    ),
  };
}
