import {
  AssociatePhoneNumberWithUser,
  DisassociatePhoneNumberFromUser,
} from '../../chime/operations/users.ts';
import type { RequestContext } from '../../context.ts';
import type { UserKey } from '../../loaders/users.ts';
import { E164_RULE } from '../phone-numbers/rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import { type MutationResult, runMutation, type UserErrorCode } from '../shared/user-errors.ts';
import { checkUserKey } from './commands.ts';

/**
 * What a user–number mutation answers: the user and the number it changed. The payload
 * reads both through the request's loaders, which the mutation has updated.
 */
export type UserPhoneNumberResult = MutationResult<{ userKey: UserKey; phoneNumberId: string }>;

type Changed = { userKey: UserKey; phoneNumberId: string };
const nothingChanged = { userKey: null, phoneNumberId: null };

/**
 * AssociatePhoneNumberWithUser: the number becomes the user's primary provisioned number
 * (`ASSIGNED`, with UserId and AccountId associations). Changes: the number and the user
 * (both forgotten: the upstream answers with an empty body). No one else changes: the
 * upstream refuses a number held elsewhere, and a user who holds another number (CONFLICT).
 */
export function associatePhoneNumberWithUser(
  ctx: RequestContext,
  input: UserKey & { e164PhoneNumber: string },
): Promise<UserPhoneNumberResult> {
  return validateThenRun<Changed>(
    [
      ...checkUserKey(ctx, input),
      ...checkText(input.e164PhoneNumber, ['input', 'e164PhoneNumber'], E164_RULE),
    ],
    nothingChanged,
    async () => {
      const userKey = { accountId: input.accountId, userId: input.userId };
      await ctx.client.send(AssociatePhoneNumberWithUser, {
        AccountId: input.accountId,
        UserId: input.userId,
        E164PhoneNumber: input.e164PhoneNumber,
      });
      ctx.loaders.forgetUser(userKey);
      return { userKey, phoneNumberId: ctx.loaders.forgetPhoneNumber(input.e164PhoneNumber) };
    },
  );
}

/**
 * DisassociatePhoneNumberFromUser: frees the user's primary provisioned number
 * (`UNASSIGNED`, no associations). The user is read first (through its loader) to know
 * which number that is; a user who does not exist or holds no number is a user error
 * without the write. Changes: the user (replaced without its primary number, the only
 * member the upstream changes) and the number (forgotten).
 */
export async function disassociatePhoneNumberFromUser(
  ctx: RequestContext,
  input: UserKey,
): Promise<UserPhoneNumberResult> {
  const inputErrors = checkUserKey(ctx, input);
  if (inputErrors.length > 0) return { ...nothingChanged, userErrors: inputErrors };
  const userKey = { accountId: input.accountId, userId: input.userId };
  const user = await ctx.loaders.user.load(userKey);
  const refused = (code: UserErrorCode, message: string) => ({
    ...nothingChanged,
    userErrors: [{ field: ['input', 'userId'], message, code }],
  });
  if (!user) return refused('NOT_FOUND', `User ${input.userId} does not exist in account ${input.accountId}`);
  const e164 = user.primaryProvisionedNumber;
  if (!e164)
    return refused('INVALID', `User ${input.userId} has no primary provisioned number to disassociate`);
  return runMutation<Changed>(async () => {
    await ctx.client.send(DisassociatePhoneNumberFromUser, {
      AccountId: input.accountId,
      UserId: input.userId,
    });
    ctx.loaders.replaceUser(userKey, { ...user, primaryProvisionedNumber: null });
    return { userKey, phoneNumberId: ctx.loaders.forgetPhoneNumber(e164) };
  }, nothingChanged);
}
