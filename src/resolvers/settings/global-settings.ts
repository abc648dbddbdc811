import { type GetGlobalSettingsOutput, UpdateGlobalSettings } from '../../chime/operations/settings.ts';
import type { RequestContext } from '../../context.ts';
import { invalid, type MutationResult, runMutation } from '../shared/user-errors.ts';

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

/** GetGlobalSettings. */
export async function getGlobalSettings(ctx: RequestContext): Promise<GlobalSettingsModel> {
  return toGlobalSettings(await ctx.loaders.globalSettings.load('global'));
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
 * (re-read, since the upstream answers 204 with no body).
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
      ctx.loaders.globalSettings.clear('global');
      return { globalSettings: await getGlobalSettings(ctx) };
    },
    { globalSettings: null },
  );
}
