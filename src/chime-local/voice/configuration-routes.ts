import { badRequest, notFound } from '../errors.ts';
import type { Route } from '../router.ts';
import {
  parseEmergencyCallingConfiguration,
  parseLoggingConfiguration,
  parseOrigination,
  parseProxy,
  parseStreamingConfiguration,
  parseTermination,
} from './configurations.ts';
import { configurationsOf } from './lookup.ts';
import type { VoiceConnectorConfigurations } from './state.ts';

export type ConfigurationMember = Exclude<
  keyof VoiceConnectorConfigurations,
  'TerminationHealth' | 'TerminationCredentials'
>;

/** One configuration of a voice connector and the rules its operations follow. */
interface ConfigurationSpec<K extends ConfigurationMember> {
  /** The wire member that wraps it; also the operations' suffix (`GetVoiceConnector${member}`). */
  member: K;
  /** The path under `/voice-connectors/{VoiceConnectorId}/`. */
  segment: string;
  parse(body: Record<string, unknown>): NonNullable<VoiceConnectorConfigurations[K]>;
  /** Whether the service has a Delete operation for it (logging has none). */
  deletable: boolean;
}

/** Termination and origination carry emergency calling: they stay on while it is configured. */
const EMERGENCY_PREREQUISITES = ['Termination', 'Origination'] as const;
type EmergencyPrerequisite = (typeof EMERGENCY_PREREQUISITES)[number];
const isPrerequisite = (member: ConfigurationMember): member is EmergencyPrerequisite =>
  (EMERGENCY_PREREQUISITES as readonly string[]).includes(member);

/**
 * The reference: emergency calling needs termination and origination enabled, and
 * must be deleted before either is deleted or turned off.
 */
function checkEmergencyCallingRules<K extends ConfigurationMember>(
  member: K,
  configurations: VoiceConnectorConfigurations,
  next: VoiceConnectorConfigurations[K] | undefined,
  voiceConnectorId: string,
): void {
  if (member === 'EmergencyCallingConfiguration' && next !== undefined) {
    const missing = EMERGENCY_PREREQUISITES.filter((name) => {
      const prerequisite = configurations[name];
      return !prerequisite || prerequisite.Disabled === true;
    });
    if (missing.length > 0)
      throw badRequest(
        `EmergencyCallingConfiguration needs ${missing.join(' and ')} enabled on voice connector ${voiceConnectorId}`,
      );
  }
  if (isPrerequisite(member) && configurations.EmergencyCallingConfiguration) {
    const turnedOff = next === undefined || (next as { Disabled?: boolean }).Disabled === true;
    if (turnedOff)
      throw badRequest(
        `${member} cannot be deleted or disabled while voice connector ${voiceConnectorId} has an EmergencyCallingConfiguration; delete that first`,
      );
  }
}

/**
 * Sets (or, with `next` undefined, removes) one configuration of a connector, with the
 * change's side effects on its other records (termination health follows termination).
 */
export function setConfiguration<K extends ConfigurationMember>(
  configurations: VoiceConnectorConfigurations,
  member: K,
  next: VoiceConnectorConfigurations[K] | undefined,
  now: string,
): void {
  if (next === undefined) delete configurations[member];
  else configurations[member] = next;
  if (member !== 'Termination') return;
  // chime-local has no SIP traffic: the health it reports is an OPTIONS ping from the
  // first allowed CIDR at the time termination was configured.
  const termination = configurations.Termination;
  const source = termination?.CidrAllowedList[0]?.split('/')[0];
  if (source === undefined) delete configurations.TerminationHealth;
  else configurations.TerminationHealth = { Source: source, Timestamp: now };
}

function configurationRoutes<K extends ConfigurationMember>(spec: ConfigurationSpec<K>): Route[] {
  const { member, segment } = spec;
  const path = `/voice-connectors/{VoiceConnectorId}/${segment}`;
  const configured = (configurations: VoiceConnectorConfigurations, voiceConnectorId: string) => {
    const value = configurations[member];
    if (value === undefined) throw notFound(`Voice connector ${voiceConnectorId} has no ${member}`);
    return value;
  };
  const routes: Route[] = [
    {
      operation: `GetVoiceConnector${member}`,
      method: 'GET',
      path,
      handle: (request) => {
        const { connector, configurations } = configurationsOf(request);
        return { body: { [member]: configured(configurations, connector.VoiceConnectorId) } };
      },
    },
    {
      operation: `PutVoiceConnector${member}`,
      method: 'PUT',
      path,
      handle: (request) => {
        const { connector, configurations } = configurationsOf(request);
        const next = spec.parse(request.body);
        checkEmergencyCallingRules(member, configurations, next, connector.VoiceConnectorId);
        setConfiguration(configurations, member, next, request.store.now());
        return { body: { [member]: next } };
      },
    },
  ];
  if (spec.deletable)
    routes.push({
      operation: `DeleteVoiceConnector${member}`,
      method: 'DELETE',
      path,
      handle: (request) => {
        const { connector, configurations } = configurationsOf(request);
        configured(configurations, connector.VoiceConnectorId);
        checkEmergencyCallingRules(member, configurations, undefined, connector.VoiceConnectorId);
        setConfiguration(configurations, member, undefined, request.store.now());
        return { status: 204 };
      },
    });
  return routes;
}

/** Get/Put/Delete of a voice connector's configurations, and its termination health. */
export const voiceConnectorConfigurationRoutes: Route[] = [
  ...configurationRoutes({
    member: 'Termination',
    segment: 'termination',
    parse: parseTermination,
    deletable: true,
  }),
  ...configurationRoutes({
    member: 'Origination',
    segment: 'origination',
    parse: parseOrigination,
    deletable: true,
  }),
  ...configurationRoutes({
    member: 'LoggingConfiguration',
    segment: 'logging-configuration',
    parse: parseLoggingConfiguration,
    deletable: false,
  }),
  ...configurationRoutes({
    member: 'StreamingConfiguration',
    segment: 'streaming-configuration',
    parse: parseStreamingConfiguration,
    deletable: true,
  }),
  ...configurationRoutes({
    member: 'EmergencyCallingConfiguration',
    segment: 'emergency-calling-configuration',
    parse: parseEmergencyCallingConfiguration,
    deletable: true,
  }),
  ...configurationRoutes({
    member: 'Proxy',
    segment: 'programmable-numbers/proxy',
    parse: parseProxy,
    deletable: true,
  }),
  {
    operation: 'GetVoiceConnectorTerminationHealth',
    method: 'GET',
    path: '/voice-connectors/{VoiceConnectorId}/termination/health',
    handle: (request) => {
      const { connector, configurations } = configurationsOf(request);
      const health = configurations.TerminationHealth;
      if (!health) throw notFound(`Voice connector ${connector.VoiceConnectorId} has no Termination`);
      return { body: { TerminationHealth: health } };
    },
  },
];
