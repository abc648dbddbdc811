import type { PhoneNumberSettingsModel } from '../../loaders/settings.ts';
import {
  getPhoneNumberSettings,
  updatePhoneNumberSettings,
} from '../../resolvers/settings/phone-number-settings.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { outsideAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const PhoneNumberSettingsRef = builder.objectRef<PhoneNumberSettingsModel>('PhoneNumberSettings');
PhoneNumberSettingsRef.implement({
  description: 'Phone number settings of the whole AWS account.',
  fields: (t) => ({
    callingName: t.exposeString('callingName', {
      nullable: true,
      description: 'The default outbound calling name; null until one is set, empty when set to none.',
    }),
    callingNameUpdatedTimestamp: t.expose('callingNameUpdatedTimestamp', {
      type: 'DateTime',
      nullable: true,
    }),
  }),
});

builder.queryField('phoneNumberSettings', (t) =>
  t.field({
    authScopes: outsideAccounts,
    type: PhoneNumberSettingsRef,
    nullable: true,
    description: "The AWS account's default outbound calling name (GetPhoneNumberSettings).",
    resolve: (_root, _args, ctx) => getPhoneNumberSettings(ctx),
  }),
);

const UpdatePhoneNumberSettingsInput = builder.inputType('UpdatePhoneNumberSettingsInput', {
  fields: (t) => ({
    callingName: t.string({
      required: true,
      description: 'Empty (none), or 2-15 letters, digits and spaces.',
    }),
  }),
});

const UpdatePhoneNumberSettingsPayload = builder.objectRef<
  MutationResult<{ phoneNumberSettings: PhoneNumberSettingsModel }>
>('UpdatePhoneNumberSettingsPayload');
UpdatePhoneNumberSettingsPayload.implement({
  fields: (t) => ({
    phoneNumberSettings: t.expose('phoneNumberSettings', { type: PhoneNumberSettingsRef, nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationField('updatePhoneNumberSettings', (t) =>
  t.field({
    authScopes: writeOutsideAccounts,
    type: UpdatePhoneNumberSettingsPayload,
    nullable: true,
    description:
      "Sets the AWS account's default outbound calling name (UpdatePhoneNumberSettings). The upstream allows one change every seven days and takes up to 72 hours to apply it.",
    args: { input: t.arg({ type: UpdatePhoneNumberSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updatePhoneNumberSettings(ctx, input),
  }),
);
