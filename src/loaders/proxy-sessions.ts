import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetProxySession, ListProxySessions } from '../chime/operations/proxy-sessions.ts';
import {
  CAPABILITIES,
  type Capability,
  GEO_MATCH_LEVELS,
  type GeoMatchLevel,
  NUMBER_SELECTION_BEHAVIORS,
  type NumberSelectionBehavior,
  PROXY_SESSION_STATUSES,
  type ProxySession,
  type ProxySessionStatus,
} from '../chime/shapes/proxy-session.ts';
import { type ForwardPage, listPages, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue, knownValues } from './shared/upstream-values.ts';

/** A proxy session is addressed by its voice connector and its own id. */
export interface ProxySessionKey {
  voiceConnectorId: string;
  proxySessionId: string;
}

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

/**
 * Maps an upstream proxy session read or written under `voiceConnectorId` (the upstream
 * may leave its VoiceConnectorId out; the path it was read under says it).
 */
export function toProxySession(voiceConnectorId: string, session: ProxySession): ProxySessionModel {
  return {
    proxySessionId: session.ProxySessionId,
    voiceConnectorId: session.VoiceConnectorId ?? voiceConnectorId,
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

/** One string for a session key: the loader's cache key, and its id in the shared cache. */
const idOf = ({ voiceConnectorId, proxySessionId }: ProxySessionKey) =>
  `${voiceConnectorId}/${proxySessionId}`;

/** The key a session model is cached under. */
const keyOf = (session: ProxySessionModel): ProxySessionKey => ({
  voiceConnectorId: session.voiceConnectorId,
  proxySessionId: session.proxySessionId,
});

/**
 * Per-request loaders for proxy sessions, and the writes that keep them true after a
 * mutation. No request keeps a list, so a write forgets its session alone; in the shared
 * cache it also makes every list of sessions stale.
 */
export function createProxySessionLoaders(client: CachingCaller, cursors: Cursors) {
  const proxySession = getLoader(
    (key: ProxySessionKey) =>
      client
        .send(
          GetProxySession,
          { VoiceConnectorId: key.voiceConnectorId, ProxySessionId: key.proxySessionId },
          cachedAs('proxy-sessions', idOf(key)),
        )
        .then((out) => toProxySession(key.voiceConnectorId, out.ProxySession)),
    idOf,
  );
  return {
    proxySession,
    /** A page of a voice connector's proxy sessions, optionally by status; each one read primes `proxySession`. */
    listProxySessions: (voiceConnectorId: string, page: ForwardPage, status: ProxySessionStatus | null) =>
      readConnection<ProxySessionModel>(page, {
        cursors,
        scope: ['proxySessions', voiceConnectorId, status],
        maxResults: ListProxySessions.maxResults!,
        read: listPages(
          client,
          ListProxySessions,
          { VoiceConnectorId: voiceConnectorId, Status: status ?? undefined },
          (out) => {
            const sessions = out.ProxySessions.map((session) => toProxySession(voiceConnectorId, session));
            for (const session of sessions) proxySession.prime(keyOf(session), session);
            return sessions;
          },
          cachedAs('proxy-sessions'),
        ),
      }),
    /** Records a session as the upstream just answered it (created or updated). */
    replaceProxySession: (session: ProxySessionModel) => {
      proxySession.clear(keyOf(session)).prime(keyOf(session), session);
      client.changed('proxy-sessions', idOf(session));
    },
    /** Records that a session no longer exists. */
    forgetProxySession: (key: ProxySessionKey) => {
      proxySession.clear(key).prime(key, null);
      client.changed('proxy-sessions', idOf(key));
    },
    /**
     * Forgets every session read so far: a deleted voice connector takes its sessions with
     * it, and the loader's keys cannot be listed by connector, so each is read again.
     */
    forgetAllProxySessions: () => {
      proxySession.clearAll();
      client.changedAll('proxy-sessions');
    },
  };
}
