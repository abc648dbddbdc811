import type { ProxySessionKey, ProxySessionModel } from '../../loaders/proxy-sessions.ts';
import { getProxySession } from '../../resolvers/proxy-sessions/reads.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import {
  CapabilityEnum,
  GeoMatchLevelEnum,
  NumberSelectionBehaviorEnum,
  ProxySessionStatusEnum,
} from '../shared/enums.ts';
import { compoundId, splitCompoundId } from '../shared/ids.ts';
import { byIdOfParent } from '../shared/look-ahead.ts';
import { VoiceConnectorRef } from '../voice-connectors/refs.ts';
import { ProxySessionRef } from './refs.ts';

/** The upstream key behind a ProxySession node id; null when the id is not one. */
const toProxySessionKey = (id: string): ProxySessionKey | null => {
  const [voiceConnectorId, proxySessionId] = splitCompoundId(id, 2) ?? [];
  return voiceConnectorId && proxySessionId ? { voiceConnectorId, proxySessionId } : null;
};

const ParticipantRef = builder.objectRef<ProxySessionModel['participants'][number]>('Participant');
ParticipantRef.implement({
  description: 'A participant of a proxy session and the proxy number they dial.',
  fields: (t) => ({
    phoneNumber: t.exposeString('phoneNumber', { nullable: true }),
    proxyPhoneNumber: t.exposeString('proxyPhoneNumber', { nullable: true }),
  }),
});

const GeoMatchParamsRef = builder.objectRef<{ country: string; areaCode: string }>('GeoMatchParams');
GeoMatchParamsRef.implement({
  description: 'The country and area code the proxy number is chosen to match.',
  fields: (t) => ({
    country: t.exposeString('country'),
    areaCode: t.exposeString('areaCode'),
  }),
});

builder.node(ProxySessionRef, {
  description: 'A proxy session: two participants calling and texting each other through a proxy number.',
  id: { resolve: (session) => compoundId(session.voiceConnectorId, session.proxySessionId) },
  loadMany: (ids, ctx) =>
    Promise.all(
      ids.map((id) => {
        const key = toProxySessionKey(id);
        return key && getProxySession(ctx, key);
      }),
    ),
  fields: (t) => ({
    proxySessionId: t.exposeString('proxySessionId'),
    voiceConnectorId: t.exposeString('voiceConnectorId'),
    voiceConnector: t.field({
      type: VoiceConnectorRef,
      nullable: true,
      ...byIdOfParent(
        (session: ProxySessionModel) => session.voiceConnectorId,
        (voiceConnectorId, ctx) => getVoiceConnector(ctx, voiceConnectorId),
      ),
    }),
    name: t.exposeString('name', { nullable: true }),
    status: t.expose('status', { type: ProxySessionStatusEnum, nullable: true }),
    capabilities: t.expose('capabilities', { type: [CapabilityEnum] }),
    expiryMinutes: t.exposeInt('expiryMinutes', { nullable: true }),
    participants: t.expose('participants', { type: [ParticipantRef] }),
    numberSelectionBehavior: t.expose('numberSelectionBehavior', {
      type: NumberSelectionBehaviorEnum,
      nullable: true,
    }),
    geoMatchLevel: t.expose('geoMatchLevel', { type: GeoMatchLevelEnum, nullable: true }),
    geoMatchParams: t.expose('geoMatchParams', { type: GeoMatchParamsRef, nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    endedTimestamp: t.expose('endedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});
