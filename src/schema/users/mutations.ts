import {
  createUser,
  logoutUser,
  resetPersonalPin,
  type UserMutationResult,
  updateUser,
} from '../../resolvers/users/commands.ts';
import { getUser } from '../../resolvers/users/reads.ts';
import { builder } from '../builder.ts';
import { LicenseEnum, UserTypeEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { UserRef } from './user.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the
// other and stops at the first failed non-null field, so a payload that can be null lets
// an upstream outage in one mutation leave the next ones running.

/**
 * A payload whose `user` is read through the request's loaders (primed or cleared by the
 * mutation); add a mutation's own fields with `builder.objectField`.
 */
export const userPayload = (name: string, description: string) => {
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
export const userChangeFields = (t: InputFieldBuilder) => ({
  licenseType: t.field({ type: LicenseEnum, description: "One of the account's supportedLicenses." }),
  userType: t.field({ type: UserTypeEnum }),
  alexaForBusinessMetadata: t.field({ type: AlexaForBusinessMetadataInput }),
});

/** The account and user every single-user mutation starts from. */
export const userKeyFields = (t: InputFieldBuilder) => ({
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
    type: userPayload('CreateUserPayload', 'The user created.'),
    nullable: true,
    description: 'Creates a registered user in an account (CreateUser).',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => createUser(ctx, input),
  }),
  updateUser: t.field({
    type: userPayload('UpdateUserPayload', 'The user as it now is.'),
    nullable: true,
    description: "Changes a user's license, type or Alexa for Business metadata (UpdateUser).",
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateUser(ctx, input),
  }),
  resetPersonalPin: t.field({
    type: userPayload('ResetPersonalPinPayload', 'The user whose PIN was reset.'),
    nullable: true,
    description:
      "Gives a user a new personal meeting PIN (ResetPersonalPIN); the PIN itself stays the user's.",
    args: { input: t.arg({ type: UserKeyInput('ResetPersonalPinInput'), required: true }) },
    resolve: (_root, { input }, ctx) => resetPersonalPin(ctx, input),
  }),
  logoutUser: t.field({
    type: userPayload('LogoutUserPayload', 'The user signed out.'),
    nullable: true,
    description: 'Signs a user out of every device (LogoutUser).',
    args: { input: t.arg({ type: UserKeyInput('LogoutUserInput'), required: true }) },
    resolve: (_root, { input }, ctx) => logoutUser(ctx, input),
  }),
}));
