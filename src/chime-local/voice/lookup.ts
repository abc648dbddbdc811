import { notFound } from '../errors.ts';
import type { LocalRequest } from '../router.ts';
import type { Store } from '../store.ts';
import { requiredString } from '../validate.ts';
import type {
  ProxySession,
  SipMediaApplication,
  SipRule,
  VoiceConnector,
  VoiceConnectorConfigurations,
  VoiceConnectorGroup,
} from './state.ts';

/** The pattern every voice id in a path must match (`.*\S.*`: not blank). */
export const NOT_BLANK = /.*\S.*/;

/** The E.164 pattern of the API reference (the leading `+` is optional on the wire). */
export const E164 = /^\+?[1-9]\d{1,14}$/;

/** A path label, checked against the reference's pattern and length. */
export function pathId(request: LocalRequest, name: string, max?: number): string {
  return requiredString(request.params[name], name, { pattern: NOT_BLANK, min: 1, max });
}

/** The voice connector `{VoiceConnectorId}` names, or 404. */
export function voiceConnectorOf(request: LocalRequest, max?: number): VoiceConnector {
  const id = pathId(request, 'VoiceConnectorId', max);
  const connector = request.store.voice.connectors.get(id);
  if (!connector) throw notFound(`Voice connector ${id} not found`);
  return connector;
}

/** The configurations of the voice connector `{VoiceConnectorId}` names (404 if it does not exist). */
export function configurationsOf(request: LocalRequest): {
  connector: VoiceConnector;
  configurations: VoiceConnectorConfigurations;
} {
  const connector = voiceConnectorOf(request);
  return { connector, configurations: configurationsFor(request.store, connector.VoiceConnectorId) };
}

/** A connector's configuration record, created empty on first use. */
export function configurationsFor(store: Store, voiceConnectorId: string): VoiceConnectorConfigurations {
  let configurations = store.voice.configurations.get(voiceConnectorId);
  if (!configurations) {
    configurations = {};
    store.voice.configurations.set(voiceConnectorId, configurations);
  }
  return configurations;
}

/** The group `{VoiceConnectorGroupId}` names, or 404. */
export function voiceConnectorGroupOf(request: LocalRequest): VoiceConnectorGroup {
  const id = pathId(request, 'VoiceConnectorGroupId');
  const group = request.store.voice.groups.get(id);
  if (!group) throw notFound(`Voice connector group ${id} not found`);
  return group;
}

/** The proxy session `{ProxySessionId}` names on the connector `{VoiceConnectorId}` names, or 404. */
export function proxySessionOf(request: LocalRequest): ProxySession {
  const connector = voiceConnectorOf(request, 128);
  const id = pathId(request, 'ProxySessionId', 128);
  const session = request.store.voice.proxySessions.get(id);
  if (!session || session.VoiceConnectorId !== connector.VoiceConnectorId)
    throw notFound(`Proxy session ${id} not found on voice connector ${connector.VoiceConnectorId}`);
  return session;
}

/** The SIP media application `{SipMediaApplicationId}` names, or 404. */
export function sipMediaApplicationOf(request: LocalRequest): SipMediaApplication {
  const id = pathId(request, 'SipMediaApplicationId');
  const application = request.store.voice.sipMediaApplications.get(id);
  if (!application) throw notFound(`SIP media application ${id} not found`);
  return application;
}

/** The SIP rule `{SipRuleId}` names, or 404. */
export function sipRuleOf(request: LocalRequest): SipRule {
  const id = pathId(request, 'SipRuleId');
  const rule = request.store.voice.sipRules.get(id);
  if (!rule) throw notFound(`SIP rule ${id} not found`);
  return rule;
}
