import { UpdateGlobalSettings } from '../../chime/operations/settings.ts';
import type { RequestContext } from '../../context.ts';
import { type GlobalSettingsModel, toGlobalSettings } from '../../loaders/settings.ts';
import { invalid, type MutationResult, runMutation } from '../shared/user-errors.ts';

/** GetGlobalSettings. */
export async function getGlobalSettings(ctx: RequestContext): Promise<GlobalSettingsModel> {
  // A 404 loads as null: the settings are then all unset.
  return (await ctx.loaders.globalSettings.load('global')) ?? toGlobalSettings(null);
}

/** S3's bucket naming rule, which a CDR bucket must follow. */
const S3_BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Input of `updateGlobalSettings`. */
export interface UpdateGlobalSettingsInput {
  businessCalling?: { cdrBucket?: string | null } | null;
  voiceConnector?: { cdrBucket?: string | null } | null;
}

/**
 * UpdateGlobalSettings, then the settings as they now are. Changes: the global settings
 * (forgotten and re-read, since the upstream answers 204 with no body).
 */
export async function updateGlobalSettings(
  ctx: RequestContext,
  input: UpdateGlobalSettingsInput,
): Promise<MutationResult<{ globalSettings: GlobalSettingsModel }>> {
  const userErrors = (['businessCalling', 'voiceConnector'] as const).flatMap((group) => {
    const bucket = input[group]?.cdrBucket;
    return bucket != null && !S3_BUCKET.test(bucket)
      ? [
          invalid(
            ['input', group, 'cdrBucket'],
            `cdrBucket must be an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit), got ${JSON.stringify(bucket)}`,
          ),
        ]
      : [];
  });
  if (userErrors.length > 0) return { globalSettings: null, userErrors };
  const settings = (group: UpdateGlobalSettingsInput['businessCalling']) =>
    group ? { CdrBucket: group.cdrBucket ?? undefined } : undefined;
  return runMutation<{ globalSettings: GlobalSettingsModel }>(
    async () => {
      await ctx.client.send(UpdateGlobalSettings, {
        BusinessCalling: settings(input.businessCalling),
        VoiceConnector: settings(input.voiceConnector),
      });
      ctx.loaders.forgetGlobalSettings();
      return { globalSettings: await getGlobalSettings(ctx) };
    },
    { globalSettings: null },
  );
}
