import {
  type BatchPhoneNumberMutationResult,
  batchDeletePhoneNumber,
  batchUpdatePhoneNumber,
  deletePhoneNumber,
  type PhoneNumberMutationResult,
  restorePhoneNumber,
  updatePhoneNumber,
} from '../../resolvers/phone-numbers/commands.ts';
import { getPhoneNumber } from '../../resolvers/phone-numbers/reads.ts';
import {
  associatePhoneNumberWithUser,
  disassociatePhoneNumberFromUser,
  type UserPhoneNumberResult,
} from '../../resolvers/users/phone-number-commands.ts';
import { getUser } from '../../resolvers/users/reads.ts';
import { builder } from '../builder.ts';
import { writeInAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { PhoneNumberErrorRef } from '../shared/batch-item-errors.ts';
import { PhoneNumberProductTypeEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { UserRef } from '../users/refs.ts';
import { PhoneNumberRef } from './refs.ts';

// Payloads of the mutations added beyond the contract are nullable on purpose, as the
// others' are: a document's mutations run one after the other and stop at the first failed
// non-null field. `updatePhoneNumber` keeps the contract's non-null payload.

/**
 * A payload type with `phoneNumber` (read through the request's loader, which the mutation
 * updated) and `userErrors`; add a mutation's own fields with `builder.objectFields`.
 */
const phoneNumberPayload = <T extends PhoneNumberMutationResult>(name: string, description?: string) => {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      phoneNumber: t.field({
        type: PhoneNumberRef,
        nullable: true,
        description: 'The phone number as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.phoneNumberId === null ? null : getPhoneNumber(ctx, payload.phoneNumberId),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
};

const UpdatePhoneNumberInput = builder.inputType('UpdatePhoneNumberInput', {
  description: 'One detail of a phone number to change: its calling name or its product type, not both.',
  fields: (t) => ({
    phoneNumberId: t.string({ required: true, description: 'The PhoneNumberId, or the E.164 number.' }),
    callingName: t.string({
      description: 'The outbound calling name: empty, or 2-15 letters, digits and spaces.',
    }),
    productType: t.field({
      type: PhoneNumberProductTypeEnum,
      description:
        'Toll-free numbers cannot be BUSINESS_CALLING; numbers outside the US must be SIP_MEDIA_APPLICATION_DIAL_IN.',
    }),
  }),
});

builder.mutationField('updatePhoneNumber', (t) =>
  t.field({
    authScopes: writeInAccounts,
    type: phoneNumberPayload('UpdatePhoneNumberPayload', 'The phone number after UpdatePhoneNumber.'),
    description:
      "Changes a phone number's calling name or product type, one at a time (UpdatePhoneNumber). A calling name update stays UPDATE_IN_PROGRESS for a while and blocks another (CONFLICT).",
    args: { input: t.arg({ type: UpdatePhoneNumberInput, required: true }) },
    resolve: (_root, { input }, ctx) => updatePhoneNumber(ctx, input),
  }),
);

const BatchUpdatePhoneNumberInput = builder.inputType('BatchUpdatePhoneNumberInput', {
  fields: (t) => ({ items: t.field({ type: [UpdatePhoneNumberInput], required: true }) }),
});

/** A batch mutation's payload: the numbers it changed, read back, and per-number errors for the rest. */
const batchPhoneNumberPayload = (name: string) => {
  const ref = builder.objectRef<BatchPhoneNumberMutationResult>(name);
  ref.implement({
    fields: (t) => ({
      phoneNumbers: t.field({
        type: [PhoneNumberRef],
        nullable: true,
        description: 'The numbers that were changed, as they now are.',
        resolve: async (payload, _args, ctx) =>
          payload.phoneNumberIds &&
          (await Promise.all(payload.phoneNumberIds.map((id) => getPhoneNumber(ctx, id)))).flatMap(
            (number) => (number ? [number] : []),
          ),
      }),
      phoneNumberErrors: t.expose('phoneNumberErrors', { type: [PhoneNumberErrorRef], nullable: true }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const BatchDeletePhoneNumberInput = builder.inputType('BatchDeletePhoneNumberInput', {
  fields: (t) => ({
    phoneNumberIds: t.stringList({
      required: true,
      description: 'PhoneNumberIds or E.164 numbers, at least one; each must be associated with nothing.',
    }),
  }),
});

const PhoneNumberIdInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      phoneNumberId: t.string({ required: true, description: 'The PhoneNumberId, or the E.164 number.' }),
    }),
  });

const DisassociatePhoneNumberFromUserInput = builder.inputType('DisassociatePhoneNumberFromUserInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    userId: t.string({ required: true }),
  }),
});

/** A payload with the user and the number a user–number mutation changed, read through their loaders. */
const userPhoneNumberPayload = (name: string) => {
  const ref = phoneNumberPayload<UserPhoneNumberResult>(name);
  builder.objectFields(ref, (t) => ({
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'The user as it now is.',
      resolve: (payload, _args, ctx) => payload.userKey && getUser(ctx, payload.userKey),
    }),
  }));
  return ref;
};

const AssociatePhoneNumberWithUserInput = builder.inputType('AssociatePhoneNumberWithUserInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    userId: t.string({ required: true }),
    e164PhoneNumber: t.string({ required: true, description: 'A BUSINESS_CALLING number of the inventory.' }),
  }),
});

builder.mutationFields((t) => ({
  batchUpdatePhoneNumber: t.field({
    authScopes: writeInAccounts,
    type: batchPhoneNumberPayload('BatchUpdatePhoneNumberPayload'),
    nullable: true,
    description:
      'Changes one detail of each of several phone numbers (BatchUpdatePhoneNumber); a number the upstream refuses is a phoneNumberError and the others still change.',
    args: { input: t.arg({ type: BatchUpdatePhoneNumberInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchUpdatePhoneNumber(ctx, input),
  }),
  deletePhoneNumber: t.field({
    authScopes: writeOutsideAccounts,
    type: phoneNumberPayload('DeletePhoneNumberPayload', 'The phone number, now in the deletion queue.'),
    nullable: true,
    description:
      'Moves an unassociated phone number into the deletion queue (DeletePhoneNumber); restorePhoneNumber brings it back.',
    args: { input: t.arg({ type: PhoneNumberIdInput('DeletePhoneNumberInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deletePhoneNumber(ctx, input),
  }),
  batchDeletePhoneNumber: t.field({
    authScopes: writeOutsideAccounts,
    type: batchPhoneNumberPayload('BatchDeletePhoneNumberPayload'),
    nullable: true,
    description:
      'Moves several unassociated phone numbers into the deletion queue (BatchDeletePhoneNumber); a number the upstream refuses is a phoneNumberError and the others are still queued.',
    args: { input: t.arg({ type: BatchDeletePhoneNumberInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchDeletePhoneNumber(ctx, input),
  }),
  restorePhoneNumber: t.field({
    authScopes: writeOutsideAccounts,
    type: phoneNumberPayload('RestorePhoneNumberPayload', 'The phone number, back in the inventory.'),
    nullable: true,
    description: 'Moves a phone number from the deletion queue back into the inventory (RestorePhoneNumber).',
    args: { input: t.arg({ type: PhoneNumberIdInput('RestorePhoneNumberInput'), required: true }) },
    resolve: (_root, { input }, ctx) => restorePhoneNumber(ctx, input),
  }),
  associatePhoneNumberWithUser: t.field({
    authScopes: writeInAccounts,
    type: userPhoneNumberPayload('AssociatePhoneNumberWithUserPayload'),
    nullable: true,
    description: "Makes a phone number the user's primary provisioned number (AssociatePhoneNumberWithUser).",
    args: { input: t.arg({ type: AssociatePhoneNumberWithUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => associatePhoneNumberWithUser(ctx, input),
  }),
  disassociatePhoneNumberFromUser: t.field({
    authScopes: writeInAccounts,
    type: userPhoneNumberPayload('DisassociatePhoneNumberFromUserPayload'),
    nullable: true,
    description: "Frees the user's primary provisioned number (DisassociatePhoneNumberFromUser).",
    args: { input: t.arg({ type: DisassociatePhoneNumberFromUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => disassociatePhoneNumberFromUser(ctx, input),
  }),
}));
