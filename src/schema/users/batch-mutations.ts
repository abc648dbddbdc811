import {
  type BatchUserErrorModel,
  type BatchUserMutationResult,
  batchSuspendUsers,
  batchUnsuspendUsers,
  batchUpdateUser,
} from '../../resolvers/users/batch-commands.ts';
import { getUser } from '../../resolvers/users/reads.ts';
import { builder } from '../builder.ts';
import { UserErrorCodeEnum, UserErrorRef } from '../shared/user-error.ts';
import { userChangeFields } from './mutations.ts';
import { UserRef } from './user.ts';

// Payloads are nullable for the reason given in user-mutations.ts: a failed batch must not
// stop the mutations that follow it in the document.

const BatchUserErrorRef = builder.objectRef<BatchUserErrorModel>('BatchUserError');
BatchUserErrorRef.implement({
  description: 'One user a batch mutation could not change; the others were changed.',
  fields: (t) => ({
    userId: t.exposeString('userId', { nullable: true }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path to the input item at fault, e.g. ["input", "userIds", "3"].',
    }),
    code: t.expose('code', {
      type: UserErrorCodeEnum,
      nullable: true,
      description: 'Null when the reason is not one the caller can fix (the upstream failed; try again).',
    }),
    upstreamCode: t.exposeString('upstreamCode', {
      nullable: true,
      description: 'The upstream ErrorCode, e.g. NotFound or BadRequest.',
    }),
    message: t.exposeString('message'),
  }),
});

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
    type: batchPayload('BatchUpdateUserPayload', 'The users changed, and why the others were not.'),
    nullable: true,
    description: 'Changes up to 20 users of one account at once (BatchUpdateUser).',
    args: { input: t.arg({ type: BatchUpdateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchUpdateUser(ctx, input),
  }),
  batchSuspendUsers: t.field({
    type: batchPayload('BatchSuspendUsersPayload', 'The users suspended, and why the others were not.'),
    nullable: true,
    description: 'Suspends up to 50 users of a Team or EnterpriseLWA account (BatchSuspendUser).',
    args: {
      input: t.arg({ type: UserIdsInput('BatchSuspendUsersInput', 'At most 50 user ids.'), required: true }),
    },
    resolve: (_root, { input }, ctx) => batchSuspendUsers(ctx, input),
  }),
  batchUnsuspendUsers: t.field({
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
