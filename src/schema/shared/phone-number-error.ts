import type { PhoneNumberErrorModel } from '../../resolvers/shared/phone-number-errors.ts';
import { builder } from '../builder.ts';
import { UserErrorCodeEnum } from './user-error.ts';

/** The per-number errors of every mutation over several phone numbers (the upstream's PhoneNumberErrors). */
export const PhoneNumberErrorRef = builder.objectRef<PhoneNumberErrorModel>('PhoneNumberError');
PhoneNumberErrorRef.implement({
  description: 'One phone number a batch mutation could not change; the others were changed.',
  fields: (t) => ({
    phoneNumberId: t.exposeString('phoneNumberId', { nullable: true }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path to the input item at fault, e.g. ["input", "e164PhoneNumbers", "3"].',
    }),
    code: t.expose('code', {
      type: UserErrorCodeEnum,
      nullable: true,
      description: 'Null when the reason is not one the caller can fix (the upstream failed; try again).',
    }),
    upstreamCode: t.exposeString('upstreamCode', {
      nullable: true,
      description: 'The upstream ErrorCode, e.g. NotFound or Conflict.',
    }),
    message: t.exposeString('message'),
  }),
});
