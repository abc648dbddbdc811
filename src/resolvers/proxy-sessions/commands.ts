import {
  CreateProxySession,
  DeleteProxySession,
  UpdateProxySession,
} from '../../chime/operations/proxy-sessions.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type {
  Capability,
  GeoMatchLevel,
  NumberSelectionBehavior,
  ProxySession,
} from '../../chime/shapes/proxy-session.ts';
import type { RequestContext } from '../../context.ts';
import { type ProxySessionKey, toProxySession } from '../../loaders/proxy-sessions.ts';
import { checkItemCount, checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import {
  checkCapabilities,
  checkE164s,
  checkExpiryMinutes,
  checkGeoMatchParams,
  PROXY_SESSION_NAME_RULE,
} from '../shared/voice-rules.ts';

/**
 * What a proxy session mutation answers: the session it changed. The payload's
 * `proxySession` is read through the request's loader, which the mutation has updated.
 */
export type ProxySessionMutationResult = MutationResult<{ proxySessionKey: ProxySessionKey }>;

/** Input of `createProxySession`. */
export interface CreateProxySessionInput {
  voiceConnectorId: string;
  participantPhoneNumbers: string[];
  capabilities: Capability[];
  expiryMinutes?: number | null;
  name?: string | null;
  numberSelectionBehavior?: NumberSelectionBehavior | null;
  geoMatchLevel?: GeoMatchLevel | null;
  geoMatchParams?: { country: string; areaCode: string } | null;
}

/** Input of `updateProxySession` (contract.graphql). */
export interface UpdateProxySessionInput {
  voiceConnectorId: string;
  proxySessionId: string;
  capabilities: Capability[];
  expiryMinutes?: number | null;
}

/** Input of `deleteProxySession`. */
export interface DeleteProxySessionInput {
  voiceConnectorId: string;
  proxySessionId: string;
}

const noSession = { proxySessionKey: null };

/** The session as the upstream just answered it replaces whatever the request had loaded. */
function replaceSession(
  ctx: RequestContext,
  voiceConnectorId: string,
  session: ProxySession,
): ProxySessionKey {
  const model = toProxySession(voiceConnectorId, session);
  ctx.loaders.replaceProxySession(model);
  return { voiceConnectorId: model.voiceConnectorId, proxySessionId: model.proxySessionId };
}

/** The path ids of a proxy session mutation. */
const checkPathIds = (input: { voiceConnectorId: string; proxySessionId?: string }) => [
  ...checkText(input.voiceConnectorId, ['input', 'voiceConnectorId'], PARAMETERS.VoiceConnectorId),
  ...checkText(input.proxySessionId, ['input', 'proxySessionId'], PARAMETERS.ProxySessionId),
];

/**
 * CreateProxySession: two participants, capabilities, and how the proxy number is chosen
 * (the upstream picks one of the voice connector's numbers). Changes: the new session (replaced).
 */
export function createProxySession(
  ctx: RequestContext,
  input: CreateProxySessionInput,
): Promise<ProxySessionMutationResult> {
  const { voiceConnectorId } = input;
  return validateThenRun(
    [
      ...checkPathIds(input),
      ...checkItemCount(input.participantPhoneNumbers, ['input', 'participantPhoneNumbers'], {
        min: 2,
        max: 2,
      }),
      ...checkE164s(input.participantPhoneNumbers, ['input', 'participantPhoneNumbers']),
      ...checkCapabilities(input.capabilities, ['input', 'capabilities']),
      ...checkExpiryMinutes(input.expiryMinutes, ['input', 'expiryMinutes']),
      ...checkText(input.name, ['input', 'name'], PROXY_SESSION_NAME_RULE),
      ...checkGeoMatchParams(input.geoMatchParams, ['input', 'geoMatchParams']),
    ],
    noSession,
    async () => {
      const { ProxySession } = await ctx.client.send(CreateProxySession, {
        VoiceConnectorId: voiceConnectorId,
        ParticipantPhoneNumbers: input.participantPhoneNumbers,
        Capabilities: input.capabilities,
        ExpiryMinutes: input.expiryMinutes ?? undefined,
        Name: input.name ?? undefined,
        NumberSelectionBehavior: input.numberSelectionBehavior ?? undefined,
        GeoMatchLevel: input.geoMatchLevel ?? undefined,
        GeoMatchParams: input.geoMatchParams
          ? { Country: input.geoMatchParams.country, AreaCode: input.geoMatchParams.areaCode }
          : undefined,
      });
      return { proxySessionKey: replaceSession(ctx, voiceConnectorId, ProxySession) };
    },
  );
}

/**
 * UpdateProxySession (seeds/003): capabilities (required, at least one of VOICE and SMS)
 * and expiry minutes (at least 1). A closed session cannot be updated: the upstream
 * refuses it (400), which comes back as a user error. Changes: the session (replaced with
 * the upstream's answer).
 */
export function updateProxySession(
  ctx: RequestContext,
  input: UpdateProxySessionInput,
): Promise<ProxySessionMutationResult> {
  return validateThenRun(
    [
      ...checkPathIds(input),
      ...checkCapabilities(input.capabilities, ['input', 'capabilities']),
      ...checkExpiryMinutes(input.expiryMinutes, ['input', 'expiryMinutes']),
    ],
    noSession,
    async () => {
      const { ProxySession } = await ctx.client.send(UpdateProxySession, {
        VoiceConnectorId: input.voiceConnectorId,
        ProxySessionId: input.proxySessionId,
        Capabilities: input.capabilities,
        ExpiryMinutes: input.expiryMinutes ?? undefined,
      });
      return { proxySessionKey: replaceSession(ctx, input.voiceConnectorId, ProxySession) };
    },
  );
}

/** What `deleteProxySession` answers: the session that is gone. */
export type DeleteProxySessionResult = MutationResult<{ deletedProxySessionKey: ProxySessionKey }>;

/** DeleteProxySession. Changes: the session (now known not to exist). */
export function deleteProxySession(
  ctx: RequestContext,
  input: DeleteProxySessionInput,
): Promise<DeleteProxySessionResult> {
  const key = { voiceConnectorId: input.voiceConnectorId, proxySessionId: input.proxySessionId };
  return validateThenRun(checkPathIds(input), { deletedProxySessionKey: null }, async () => {
    await ctx.client.send(DeleteProxySession, {
      VoiceConnectorId: key.voiceConnectorId,
      ProxySessionId: key.proxySessionId,
    });
    ctx.loaders.forgetProxySession(key);
    return { deletedProxySessionKey: key };
  });
}
