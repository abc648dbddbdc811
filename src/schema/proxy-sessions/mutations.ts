import {
  createProxySession,
  type DeleteProxySessionResult,
  deleteProxySession,
  type ProxySessionMutationResult,
  updateProxySession,
} from '../../resolvers/proxy-sessions/commands.ts';
import { getProxySession } from '../../resolvers/proxy-sessions/reads.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { CapabilityEnum, GeoMatchLevelEnum, NumberSelectionBehaviorEnum } from '../shared/enums.ts';
import { compoundId } from '../shared/ids.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { VoiceConnectorRef } from '../voice-connectors/refs.ts';
import { ProxySessionRef } from './refs.ts';

/** A payload whose `proxySession` is read through the request's loader (primed by the mutation). */
const proxySessionPayload = (name: string, description: string) => {
  const ref = builder.objectRef<ProxySessionMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      proxySession: t.field({
        type: ProxySessionRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.proxySessionKey && getProxySession(ctx, payload.proxySessionKey),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const GeoMatchParamsInput = builder.inputType('GeoMatchParamsInput', {
  description: 'The country and area code the proxy number should match.',
  fields: (t) => ({
    country: t.string({ required: true, description: 'Empty or ISO 3166-1 alpha-2, e.g. US.' }),
    areaCode: t.string({ required: true, description: 'Empty or three digits, e.g. 206.' }),
  }),
});

const CreateProxySessionInput = builder.inputType('CreateProxySessionInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    participantPhoneNumbers: t.stringList({
      required: true,
      description: 'The two participants, E.164 (e.g. +12065550100).',
    }),
    capabilities: t.field({ type: [CapabilityEnum], required: true, description: 'At least one.' }),
    expiryMinutes: t.int({ description: 'At least 1; the session closes when it runs out.' }),
    name: t.string({ description: 'Up to 30 letters and digits.' }),
    numberSelectionBehavior: t.field({ type: NumberSelectionBehaviorEnum }),
    geoMatchLevel: t.field({ type: GeoMatchLevelEnum, description: 'Needs geoMatchParams.' }),
    geoMatchParams: t.field({ type: GeoMatchParamsInput }),
  }),
});

const UpdateProxySessionInput = builder.inputType('UpdateProxySessionInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    proxySessionId: t.string({ required: true }),
    capabilities: t.field({ type: [CapabilityEnum], required: true, description: 'At least one.' }),
    expiryMinutes: t.int({ description: 'At least 1.' }),
  }),
});

const DeleteProxySessionInput = builder.inputType('DeleteProxySessionInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    proxySessionId: t.string({ required: true }),
  }),
});

const DeleteProxySessionPayload = builder.objectRef<DeleteProxySessionResult>('DeleteProxySessionPayload');
DeleteProxySessionPayload.implement({
  fields: (t) => ({
    deletedProxySessionId: t.string({
      nullable: true,
      resolve: (payload) => payload.deletedProxySessionKey?.proxySessionId ?? null,
    }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted session, for clients to drop it from their caches.',
      resolve: (payload) => {
        const key = payload.deletedProxySessionKey;
        return key && { type: 'ProxySession', id: compoundId(key.voiceConnectorId, key.proxySessionId) };
      },
    }),
    voiceConnector: t.field({
      type: VoiceConnectorRef,
      nullable: true,
      description: 'The voice connector the session was on.',
      resolve: (payload, _args, ctx) =>
        payload.deletedProxySessionKey &&
        getVoiceConnector(ctx, payload.deletedProxySessionKey.voiceConnectorId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createProxySession: t.field({
    authScopes: writeOutsideAccounts,
    type: proxySessionPayload('CreateProxySessionPayload', 'The session created.'),
    nullable: true,
    description:
      "Opens a proxy session between two numbers through one of the voice connector's numbers (CreateProxySession).",
    args: { input: t.arg({ type: CreateProxySessionInput, required: true }) },
    resolve: (_root, { input }, ctx) => createProxySession(ctx, input),
  }),
  // Non-null, as contract.graphql has it.
  updateProxySession: t.field({
    authScopes: writeOutsideAccounts,
    type: proxySessionPayload('UpdateProxySessionPayload', 'The session as it now is.'),
    description:
      "Changes an open session's capabilities and expiry (UpdateProxySession); closed ones cannot change.",
    args: { input: t.arg({ type: UpdateProxySessionInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateProxySession(ctx, input),
  }),
  deleteProxySession: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteProxySessionPayload,
    nullable: true,
    description: 'Deletes a proxy session (DeleteProxySession).',
    args: { input: t.arg({ type: DeleteProxySessionInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteProxySession(ctx, input),
  }),
}));
