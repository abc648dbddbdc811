import {
  AssociatePhoneNumberWithUser,
  DisassociatePhoneNumberFromUser,
} from '../../chime/operations/users.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import type { UserKey } from '../../loaders/users.ts';
import { forgetPhoneNumber } from '../phone-numbers/commands.ts';
import { E164_RULE } from '../phone-numbers/rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import {
  type MutationResult,
  runMutation,
  type UserErrorCode,
  type UserErrorModel,
} from '../shared/user-errors.ts';

/**
 * What a user–number mutation answers: the user and the number it changed. The payload
 * reads both through the request's loaders, which the mutation has primed or cleared.
 */
export type UserPhoneNumberResult = MutationResult<{ userKey: UserKey; phoneNumberId: string }>;

type Changed = { userKey: UserKey; phoneNumberId: string };
const nothingChanged = { userKey: null, phoneNumberId: null };

const checkUserKey = (input: UserKey): UserErrorModel[] => [
  ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
  ...checkText(input.userId, ['input', 'userId'], PARAMETERS.UserId),
];

/**
 * AssociatePhoneNumberWithUser: the number becomes the user's primary provisioned number
 * (`ASSIGNED`, with UserId and AccountId associations). Changes: the number and the user
 * (both cleared: the upstream answers with an empty body). No one else changes: the
 * upstream refuses a number held elsewhere, and a user who holds another number (CONFLICT).
 */
export function associatePhoneNumberWithUser(
  ctx: RequestContext,
  input: UserKey & { e164PhoneNumber: string },
): Promise<UserPhoneNumberResult> {
  return validateThenRun<Changed>(
    [...checkUserKey(input), ...checkText(input.e164PhoneNumber, ['input', 'e164PhoneNumber'], E164_RULE)],
    nothingChanged,
    async () => {
      const userKey = { accountId: input.accountId, userId: input.userId };
      await ctx.client.send(AssociatePhoneNumberWithUser, {
        AccountId: input.accountId,
        UserId: input.userId,
        E164PhoneNumber: input.e164PhoneNumber,
      });
      ctx.loaders.user.clear(userKey);
      return { userKey, phoneNumberId: forgetPhoneNumber(ctx, input.e164PhoneNumber) };
    },
  );
}

/**
 * DisassociatePhoneNumberFromUser: frees the user's primary provisioned number
 * (`UNASSIGNED`, no associations). The user is read first (through its loader) to know
 * which number that is; a user who does not exist or holds no number is a user error
 * without the write. Changes: the user (primed without its primary number, the only
 * member the upstream changes) and the number (cleared).
 */
export async function disassociatePhoneNumberFromUser(
  ctx: RequestContext,
  input: UserKey,
): Promise<UserPhoneNumberResult> {
  const inputErrors = checkUserKey(input);
  if (inputErrors.length > 0) return { ...nothingChanged, userErrors: inputErrors };
  const userKey = { accountId: input.accountId, userId: input.userId };
  const user = await ctx.loaders.user.load(userKey);
  const refused = (code: UserErrorCode, message: string) => ({
    ...nothingChanged,
    userErrors: [{ field: ['input', 'userId'], message, code }],
  });
  if (!user) return refused('NOT_FOUND', `User ${input.userId} does not exist in account ${input.accountId}`);
  const { PrimaryProvisionedNumber: e164, ...freed } = user;
  if (!e164)
    return refused('INVALID', `User ${input.userId} has no primary provisioned number to disassociate`);
  return runMutation<Changed>(async () => {
    await ctx.client.send(DisassociatePhoneNumberFromUser, {
      AccountId: input.accountId,
      UserId: input.userId,
    });
    ctx.loaders.user.clear(userKey).prime(userKey, freed);
    return { userKey, phoneNumberId: forgetPhoneNumber(ctx, e164) };
  }, nothingChanged);
}
