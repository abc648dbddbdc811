import { getUserSettings } from '../../resolvers/users/reads.ts';
import { updateUserSettings } from '../../resolvers/users/settings-commands.ts';
import { builder } from '../builder.ts';
import { userKeyFields, userPayload } from './mutations.ts';
import { UserSettingsRef } from './user.ts';

// The payload is nullable for the reason given in user-mutations.ts: a failed settings write
// must not stop the mutations that follow it in the document.

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
    type: UpdateUserSettingsPayload,
    nullable: true,
    description: "Sets a user's telephony permissions (UpdateUserSettings).",
    args: { input: t.arg({ type: UpdateUserSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateUserSettings(ctx, input),
  }),
}));
