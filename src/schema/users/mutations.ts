import { EMAIL_STATUSES } from '../../chime/shapes/user.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import {
  type BatchUserMutationResult,
  batchSuspendUsers,
  batchUnsuspendUsers,
  batchUpdateUser,
  createUser,
  type InviteModel,
  type InviteUsersResult,
  inviteUsers,
  logoutUser,
  resetPersonalPin,
  type UserMutationResult,
  updateUser,
  updateUserSettings,
} from '../../resolvers/users/commands.ts';
import { getUser, getUserSettings } from '../../resolvers/users/reads.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { writeInAccounts } from '../shared/access.ts';
import { BatchUserErrorRef } from '../shared/batch-item-errors.ts';
import { InviteStatusEnum, LicenseEnum, UserTypeEnum, upstreamEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { UserRef } from './refs.ts';
import { UserSettingsRef } from './user.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the
// other and stops at the first failed non-null field, so a payload that can be null lets
// an upstream outage in one mutation leave the next ones running.

/**
 * A payload whose `user` is read through the request's loaders (updated by the
 * mutation); add a mutation's own fields with `builder.objectField`.
 */
const userPayload = (name: string, description: string) => {
  const ref = builder.objectRef<UserMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      user: t.field({
        type: UserRef,
        nullable: true,
        resolve: (payload, _args, ctx) => payload.userKey && getUser(ctx, payload.userKey),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const AlexaForBusinessMetadataInput = builder.inputType('AlexaForBusinessMetadataInput', {
  fields: (t) => ({
    isAlexaForBusinessEnabled: t.boolean(),
    alexaForBusinessRoomArn: t.string({ description: 'The ARN of the room resource.' }),
  }),
});

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never,
  'InputObject'
>;

/** What UpdateUser and each BatchUpdateUser item may change. */
const userChangeFields = (t: InputFieldBuilder) => ({
  licenseType: t.field({ type: LicenseEnum, description: "One of the account's supportedLicenses." }),
  userType: t.field({ type: UserTypeEnum }),
  alexaForBusinessMetadata: t.field({ type: AlexaForBusinessMetadataInput }),
});

/** The account and user every single-user mutation starts from. */
const userKeyFields = (t: InputFieldBuilder) => ({
  accountId: t.string({ required: true }),
  userId: t.string({ required: true }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    email: t.string({ description: 'An email address (pattern .*@.*\\..*), unique across accounts.' }),
    username: t.string(),
    userType: t.field({ type: UserTypeEnum }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  fields: (t) => ({ ...userKeyFields(t), ...userChangeFields(t) }),
});

const UserKeyInput = (name: string) => builder.inputType(name, { fields: (t) => userKeyFields(t) });

builder.mutationFields((t) => ({
  createUser: t.field({
    authScopes: writeInAccounts,
    type: userPayload('CreateUserPayload', 'The user created.'),
    nullable: true,
    description: 'Creates a registered user in an account (CreateUser).',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => createUser(ctx, input),
  }),
  updateUser: t.field({
    authScopes: writeInAccounts,
    type: userPayload('UpdateUserPayload', 'The user as it now is.'),
    nullable: true,
    description: "Changes a user's license, type or Alexa for Business metadata (UpdateUser).",
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateUser(ctx, input),
  }),
  resetPersonalPin: t.field({
    authScopes: writeInAccounts,
    type: userPayload('ResetPersonalPinPayload', 'The user whose PIN was reset.'),
    nullable: true,
    description:
      "Gives a user a new personal meeting PIN (ResetPersonalPIN); the PIN itself stays the user's.",
    args: { input: t.arg({ type: UserKeyInput('ResetPersonalPinInput'), required: true }) },
    resolve: (_root, { input }, ctx) => resetPersonalPin(ctx, input),
  }),
  logoutUser: t.field({
    authScopes: writeInAccounts,
    type: userPayload('LogoutUserPayload', 'The user signed out.'),
    nullable: true,
    description: 'Signs a user out of every device (LogoutUser).',
    args: { input: t.arg({ type: UserKeyInput('LogoutUserInput'), required: true }) },
    resolve: (_root, { input }, ctx) => logoutUser(ctx, input),
  }),
}));

const UpdateUserSettingsPayload = userPayload(
  'UpdateUserSettingsPayload',
  'The user and its settings as they now are.',
);
builder.objectField(UpdateUserSettingsPayload, 'settings', (t) =>
  t.field({
    type: UserSettingsRef,
    nullable: true,
    description: 'The user settings as they now are.',
    resolve: (payload, _args, ctx) => payload.userKey && getUserSettings(ctx, payload.userKey),
  }),
);

const TelephonySettingsInput = builder.inputType('TelephonySettingsInput', {
  fields: (t) => ({
    inboundCalling: t.boolean({ required: true }),
    outboundCalling: t.boolean({ required: true }),
    sms: t.boolean({ required: true }),
  }),
});

const UserSettingsInput = builder.inputType('UserSettingsInput', {
  fields: (t) => ({ telephony: t.field({ type: TelephonySettingsInput, required: true }) }),
});

const UpdateUserSettingsInput = builder.inputType('UpdateUserSettingsInput', {
  fields: (t) => ({
    ...userKeyFields(t),
    settings: t.field({ type: UserSettingsInput, required: true }),
  }),
});

builder.mutationFields((t) => ({
  updateUserSettings: t.field({
    authScopes: writeInAccounts,
    type: UpdateUserSettingsPayload,
    nullable: true,
    description: "Sets a user's telephony permissions (UpdateUserSettings).",
    args: { input: t.arg({ type: UpdateUserSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateUserSettings(ctx, input),
  }),
}));

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
    authScopes: writeInAccounts,
    type: InviteUsersPayload,
    nullable: true,
    description: 'Invites up to 50 people by email to a Team account (InviteUsers).',
    args: { input: t.arg({ type: InviteUsersInput, required: true }) },
    resolve: (_root, { input }, ctx) => inviteUsers(ctx, input),
  }),
}));

/** A batch payload: the users changed (read through the loaders) and per-user errors. */
const batchPayload = (name: string, description: string) => {
  const ref = builder.objectRef<BatchUserMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      users: t.field({
        type: [UserRef],
        nullable: true,
        description: 'The users that were changed, as they now are.',
        resolve: async (payload, _args, ctx) =>
          payload.userKeys &&
          (await Promise.all(payload.userKeys.map((key) => getUser(ctx, key)))).flatMap((user) =>
            user ? [user] : [],
          ),
      }),
      itemErrors: t.expose('itemErrors', { type: [BatchUserErrorRef], nullable: true }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const UpdateUserItemInput = builder.inputType('UpdateUserItemInput', {
  fields: (t) => ({ userId: t.string({ required: true }), ...userChangeFields(t) }),
});

const BatchUpdateUserInput = builder.inputType('BatchUpdateUserInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    items: t.field({ type: [UpdateUserItemInput], required: true, description: 'At most 20 users.' }),
  }),
});

const UserIdsInput = (name: string, description: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      accountId: t.string({ required: true }),
      userIds: t.stringList({ required: true, description }),
    }),
  });

builder.mutationFields((t) => ({
  batchUpdateUser: t.field({
    authScopes: writeInAccounts,
    type: batchPayload('BatchUpdateUserPayload', 'The users changed, and why the others were not.'),
    nullable: true,
    description: 'Changes up to 20 users of one account at once (BatchUpdateUser).',
    args: { input: t.arg({ type: BatchUpdateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchUpdateUser(ctx, input),
  }),
  batchSuspendUsers: t.field({
    authScopes: writeInAccounts,
    type: batchPayload('BatchSuspendUsersPayload', 'The users suspended, and why the others were not.'),
    nullable: true,
    description: 'Suspends up to 50 users of a Team or EnterpriseLWA account (BatchSuspendUser).',
    args: {
      input: t.arg({ type: UserIdsInput('BatchSuspendUsersInput', 'At most 50 user ids.'), required: true }),
    },
    resolve: (_root, { input }, ctx) => batchSuspendUsers(ctx, input),
  }),
  batchUnsuspendUsers: t.field({
    authScopes: writeInAccounts,
    type: batchPayload('BatchUnsuspendUsersPayload', 'The users listed, and why some could not be.'),
    nullable: true,
    description:
      'Lifts the suspension of up to 50 users of an EnterpriseLWA account (BatchUnsuspendUser); users that are not suspended are left as they are. Team users come back through inviteUsers.',
    args: {
      input: t.arg({
        type: UserIdsInput('BatchUnsuspendUsersInput', 'At most 50 user ids.'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => batchUnsuspendUsers(ctx, input),
  }),
}));
