import { InviteUsers } from '../../chime/operations/users.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { Invite } from '../../chime/shapes/user.ts';
import type { RequestContext } from '../../context.ts';
import { INVITE_EMAIL_RULE, MAX_INVITE_EMAILS } from '../shared/admin-rules.ts';
import {
  EMAIL_STATUSES,
  type EmailStatus,
  INVITE_STATUSES,
  type InviteStatus,
  knownValue,
  type UserType,
} from '../shared/enums.ts';
import { checkEach, checkListSize, checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/** An invitation InviteUsers sent (or did not). */
export interface InviteModel {
  inviteId: string | null;
  emailAddress: string | null;
  status: InviteStatus | null;
  emailStatus: EmailStatus | null;
}

/** What `inviteUsers` answers: the invitations, and the account they are for. */
export type InviteUsersResult = MutationResult<{ invites: InviteModel[]; accountId: string }>;

/** Input of `inviteUsers`. */
export interface InviteUsersInput {
  accountId: string;
  userEmails: string[];
  userType?: UserType | null;
}

const toInvite = (invite: Invite): InviteModel => ({
  inviteId: invite.InviteId ?? null,
  emailAddress: invite.EmailAddress ?? null,
  status: knownValue(INVITE_STATUSES, invite.Status),
  emailStatus: knownValue(EMAIL_STATUSES, invite.EmailStatus),
});

/**
 * InviteUsers (Team accounts only; the upstream refuses others). Changes: the invited
 * users, new or pending again. Its answer names addresses, not user ids, so every loaded
 * user is dropped rather than guessing which ones the invitations touched.
 */
export function inviteUsers(ctx: RequestContext, input: InviteUsersInput): Promise<InviteUsersResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkListSize(input.userEmails, ['input', 'userEmails'], MAX_INVITE_EMAILS),
      ...checkEach(input.userEmails, ['input', 'userEmails'], INVITE_EMAIL_RULE),
    ],
    { invites: null, accountId: null },
    async () => {
      const { Invites } = await ctx.client.send(InviteUsers, {
        AccountId: input.accountId,
        UserEmailList: input.userEmails,
        UserType: input.userType ?? undefined,
      });
      ctx.loaders.user.clearAll();
      return { invites: Invites.map(toInvite), accountId: input.accountId };
    },
  );
}
