import type { ChimeCaller } from '../chime/client.ts';
import { GetProxySession, ListProxySessions } from '../chime/operations/proxy-sessions.ts';
import type { ProxySession, ProxySessionStatus } from '../chime/shapes/proxy-session.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';

/** A proxy session is addressed by its voice connector and its own id. */
export interface ProxySessionKey {
  voiceConnectorId: string;
  proxySessionId: string;
}

/** A proxy session whose VoiceConnectorId is always set (the upstream may leave it out). */
export type ProxySessionRecord = ProxySession & { VoiceConnectorId: string };

export const proxySessionCacheKey = ({ voiceConnectorId, proxySessionId }: ProxySessionKey) =>
  `${voiceConnectorId}/${proxySessionId}`;

/** The session with the voice connector it was read under. */
const onConnector = (voiceConnectorId: string, session: ProxySession): ProxySessionRecord => ({
  ...session,
  VoiceConnectorId: session.VoiceConnectorId ?? voiceConnectorId,
});

/** Per-request loaders for proxy sessions. */
export function createProxySessionLoaders(client: ChimeCaller, cursors: Cursors) {
  const proxySession = getLoader(
    ({ voiceConnectorId, proxySessionId }: ProxySessionKey) =>
      client
        .send(GetProxySession, { VoiceConnectorId: voiceConnectorId, ProxySessionId: proxySessionId })
        .then((out) => onConnector(voiceConnectorId, out.ProxySession)),
    proxySessionCacheKey,
  );
  return {
    proxySession,
    /** A page of a voice connector's proxy sessions, optionally by status; each one read primes `proxySession`. */
    listProxySessions: (voiceConnectorId: string, page: ForwardPage, status: ProxySessionStatus | null) =>
      readConnection<ProxySessionRecord>(page, {
        cursors,
        scope: ['proxySessions', voiceConnectorId, status],
        maxResults: ListProxySessions.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListProxySessions, {
            VoiceConnectorId: voiceConnectorId,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            Status: status ?? undefined,
          });
          const sessions = out.ProxySessions.map((session) => onConnector(voiceConnectorId, session));
          for (const session of sessions)
            proxySession.prime({ voiceConnectorId, proxySessionId: session.ProxySessionId }, session);
          return { items: sessions, nextToken: out.NextToken };
        },
      }),
  };
}
