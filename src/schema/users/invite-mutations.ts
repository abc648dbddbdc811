import { getAccount } from '../../resolvers/accounts/reads.ts';
import { EMAIL_STATUSES } from '../../resolvers/shared/enums.ts';
import {
  type InviteModel,
  type InviteUsersResult,
  inviteUsers,
} from '../../resolvers/users/invite-commands.ts';
import { AccountRef } from '../accounts/account.ts';
import { builder } from '../builder.ts';
import { InviteStatusEnum, UserTypeEnum, upstreamEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';

// The payload is nullable for the reason given in user-mutations.ts: a failed invitation must
// not stop the mutations that follow it in the document.

const EmailStatusEnum = upstreamEnum('EmailStatus', EMAIL_STATUSES, 'Whether the invitation email went out.');

const InviteRef = builder.objectRef<InviteModel>('Invite');
InviteRef.implement({
  description: 'An invitation to join a Team account.',
  fields: (t) => ({
    inviteId: t.exposeString('inviteId', { nullable: true }),
    emailAddress: t.exposeString('emailAddress', { nullable: true }),
    status: t.expose('status', { type: InviteStatusEnum, nullable: true }),
    emailStatus: t.expose('emailStatus', { type: EmailStatusEnum, nullable: true }),
  }),
});

const InviteUsersPayload = builder.objectRef<InviteUsersResult>('InviteUsersPayload');
InviteUsersPayload.implement({
  fields: (t) => ({
    invites: t.expose('invites', { type: [InviteRef], nullable: true }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: 'The account the users are invited to; its users include them now.',
      resolve: (payload, _args, ctx) =>
        payload.accountId === null ? null : getAccount(ctx, payload.accountId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const InviteUsersInput = builder.inputType('InviteUsersInput', {
  fields: (t) => ({
    accountId: t.string({ required: true, description: 'A Team account: only those take invitations.' }),
    userEmails: t.stringList({ required: true, description: 'At most 50 email addresses.' }),
    userType: t.field({ type: UserTypeEnum }),
  }),
});

builder.mutationFields((t) => ({
  inviteUsers: t.field({
    type: InviteUsersPayload,
    nullable: true,
    description: 'Invites up to 50 people by email to a Team account (InviteUsers).',
    args: { input: t.arg({ type: InviteUsersInput, required: true }) },
    resolve: (_root, { input }, ctx) => inviteUsers(ctx, input),
  }),
}));
