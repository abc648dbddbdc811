import { UpdatePhoneNumberSettings } from '../../chime/operations/settings.ts';
import type { RequestContext } from '../../context.ts';
import { type PhoneNumberSettingsModel, toPhoneNumberSettings } from '../../loaders/settings.ts';
import { CALLING_NAME_RULE } from '../phone-numbers/rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/** GetPhoneNumberSettings: the AWS account's default outbound calling name. */
export async function getPhoneNumberSettings(ctx: RequestContext): Promise<PhoneNumberSettingsModel> {
  // A 404 loads as null: no calling name was ever set.
  return (await ctx.loaders.phoneNumberSettings.load('phone-number')) ?? toPhoneNumberSettings(null);
}

/**
 * UpdatePhoneNumberSettings, then the settings as they now are. The calling name follows the
 * rule of a number's own (the reference prints it without the space that seeds/002 keeps).
 * Changes: the phone number settings (forgotten and re-read: the upstream answers 204).
 */
export async function updatePhoneNumberSettings(
  ctx: RequestContext,
  input: { callingName: string },
): Promise<MutationResult<{ phoneNumberSettings: PhoneNumberSettingsModel }>> {
  const field = ['input', 'callingName'];
  return validateThenRun<{ phoneNumberSettings: PhoneNumberSettingsModel }>(
    checkText(input.callingName, field, CALLING_NAME_RULE),
    { phoneNumberSettings: null },
    async () => {
      await ctx.client.send(UpdatePhoneNumberSettings, { CallingName: input.callingName });
      ctx.loaders.forgetPhoneNumberSettings();
      return { phoneNumberSettings: await getPhoneNumberSettings(ctx) };
    },
    field,
  );
}
