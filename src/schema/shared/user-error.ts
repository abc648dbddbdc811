import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input.',
  values: {
    INVALID: { description: 'A value breaks a rule of the API (pattern, length, range, enum, combination).' },
    NOT_FOUND: { description: 'A resource the input names does not exist.' },
    CONFLICT: { description: "The change conflicts with the resource's current state." },
    FORBIDDEN: { description: 'The caller may not make this change.' },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserErrorModel>('UserError');
UserErrorRef.implement({
  description: 'A problem with the input that the caller can fix; the mutation changed nothing.',
  fields: (t) => ({
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path to the input field at fault, e.g. ["input", "callingName"].',
    }),
    message: t.exposeString('message'),
    code: t.expose('code', { type: UserErrorCodeEnum }),
  }),
});
