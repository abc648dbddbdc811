import type { RequestContext } from '../../context.ts';
import type { ProxySessionKey, ProxySessionRecord } from '../../loaders/proxy-sessions.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import {
  CAPABILITIES,
  type Capability,
  GEO_MATCH_LEVELS,
  type GeoMatchLevel,
  knownValue,
  knownValues,
  NUMBER_SELECTION_BEHAVIORS,
  type NumberSelectionBehavior,
  PROXY_SESSION_STATUSES,
  type ProxySessionStatus,
} from '../shared/enums.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

/** A proxy session of a voice connector: two participants talking through a proxy number. */
export interface ProxySessionModel {
  proxySessionId: string;
  voiceConnectorId: string;
  name: string | null;
  status: ProxySessionStatus | null;
  capabilities: Capability[];
  expiryMinutes: number | null;
  participants: { phoneNumber: string | null; proxyPhoneNumber: string | null }[];
  numberSelectionBehavior: NumberSelectionBehavior | null;
  geoMatchLevel: GeoMatchLevel | null;
  geoMatchParams: { country: string; areaCode: string } | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
  endedTimestamp: string | null;
}

/** Maps an upstream proxy session (read under its voice connector). */
export function toProxySession(session: ProxySessionRecord): ProxySessionModel {
  return {
    proxySessionId: session.ProxySessionId,
    voiceConnectorId: session.VoiceConnectorId,
    name: session.Name ?? null,
    status: knownValue(PROXY_SESSION_STATUSES, session.Status),
    capabilities: knownValues(CAPABILITIES, session.Capabilities),
    expiryMinutes: session.ExpiryMinutes ?? null,
    participants: (session.Participants ?? []).map((participant) => ({
      phoneNumber: participant.PhoneNumber ?? null,
      proxyPhoneNumber: participant.ProxyPhoneNumber ?? null,
    })),
    numberSelectionBehavior: knownValue(NUMBER_SELECTION_BEHAVIORS, session.NumberSelectionBehavior),
    geoMatchLevel: knownValue(GEO_MATCH_LEVELS, session.GeoMatchLevel),
    geoMatchParams: session.GeoMatchParams
      ? { country: session.GeoMatchParams.Country, areaCode: session.GeoMatchParams.AreaCode }
      : null,
    createdTimestamp: isoTimestamp(session.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(session.UpdatedTimestamp),
    endedTimestamp: isoTimestamp(session.EndedTimestamp),
  };
}

/** GetProxySession; null when there is no such session on that voice connector. */
export async function getProxySession(
  ctx: RequestContext,
  key: ProxySessionKey,
): Promise<ProxySessionModel | null> {
  const session = await ctx.loaders.proxySession.load(key);
  return session && toProxySession(session);
}

/** ListProxySessions of one voice connector, optionally by status, as a connection. */
export async function listProxySessions(
  ctx: RequestContext,
  voiceConnectorId: string,
  page: ForwardPage,
  status: ProxySessionStatus | null,
) {
  return mapConnection(await ctx.loaders.listProxySessions(voiceConnectorId, page, status), toProxySession);
}
