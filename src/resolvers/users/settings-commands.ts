import { UpdateUserSettings } from '../../chime/operations/settings.ts';
import type { RequestContext } from '../../context.ts';
import { validateThenRun } from '../shared/input-rules.ts';
import { checkUserKey, noUser, type UserKeyInput, type UserMutationResult } from './commands.ts';

/** Input of `updateUserSettings`: every telephony permission is required, as the upstream says. */
export interface UpdateUserSettingsInput extends UserKeyInput {
  settings: { telephony: { inboundCalling: boolean; outboundCalling: boolean; sms: boolean } };
}

/**
 * UpdateUserSettings. Changes: the user's settings (primed with what was written: the
 * upstream takes every telephony permission, so the request knows them all).
 */
export function updateUserSettings(
  ctx: RequestContext,
  input: UpdateUserSettingsInput,
): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(input), noUser, async () => {
    const { telephony } = input.settings;
    const settings = {
      Telephony: {
        InboundCalling: telephony.inboundCalling,
        OutboundCalling: telephony.outboundCalling,
        SMS: telephony.sms,
      },
    };
    await ctx.client.send(UpdateUserSettings, {
      AccountId: input.accountId,
      UserId: input.userId,
      UserSettings: settings,
    });
    const key = { accountId: input.accountId, userId: input.userId };
    ctx.loaders.userSettings.clear(key).prime(key, settings);
    return { userKey: key };
  });
}
