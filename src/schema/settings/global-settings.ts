import type { GlobalSettingsModel } from '../../loaders/settings.ts';
import { getGlobalSettings, updateGlobalSettings } from '../../resolvers/settings/global-settings.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { outsideAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const CdrSettings = (name: string, description: string) => {
  const ref = builder.objectRef<{ cdrBucket: string | null }>(name);
  ref.implement({
    description,
    fields: (t) => ({ cdrBucket: t.exposeString('cdrBucket', { nullable: true }) }),
  });
  return ref;
};

const BusinessCallingSettingsRef = CdrSettings(
  'BusinessCallingSettings',
  'Where Amazon Chime Business Calling writes call detail records.',
);
const VoiceConnectorSettingsRef = CdrSettings(
  'VoiceConnectorSettings',
  'Where Amazon Chime Voice Connectors write call detail records.',
);

export const GlobalSettingsRef = builder.objectRef<GlobalSettingsModel>('GlobalSettings');
GlobalSettingsRef.implement({
  description: 'Settings of the whole AWS account.',
  fields: (t) => ({
    businessCalling: t.expose('businessCalling', { type: BusinessCallingSettingsRef, nullable: true }),
    voiceConnector: t.expose('voiceConnector', { type: VoiceConnectorSettingsRef, nullable: true }),
  }),
});

builder.queryField('globalSettings', (t) =>
  t.field({
    authScopes: outsideAccounts,
    type: GlobalSettingsRef,
    nullable: true,
    resolve: (_root, _args, ctx) => getGlobalSettings(ctx),
  }),
);

const CdrSettingsInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ cdrBucket: t.string({ description: 'An S3 bucket name.' }) }),
  });

const UpdateGlobalSettingsInput = builder.inputType('UpdateGlobalSettingsInput', {
  fields: (t) => ({
    businessCalling: t.field({ type: CdrSettingsInput('BusinessCallingSettingsInput') }),
    voiceConnector: t.field({ type: CdrSettingsInput('VoiceConnectorSettingsInput') }),
  }),
});

const UpdateGlobalSettingsPayload = builder.objectRef<
  MutationResult<{ globalSettings: GlobalSettingsModel }>
>('UpdateGlobalSettingsPayload');
UpdateGlobalSettingsPayload.implement({
  fields: (t) => ({
    globalSettings: t.expose('globalSettings', { type: GlobalSettingsRef, nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationField('updateGlobalSettings', (t) =>
  t.field({
    authScopes: writeOutsideAccounts,
    type: UpdateGlobalSettingsPayload,
    description:
      'Sets where Business Calling and Voice Connector call detail records go (UpdateGlobalSettings).',
    args: { input: t.arg({ type: UpdateGlobalSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateGlobalSettings(ctx, input),
  }),
);
