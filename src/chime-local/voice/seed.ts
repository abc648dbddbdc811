import { associateNumber } from '../phone-numbers/associations.ts';
import type { PhoneNumber } from '../phone-numbers/state.ts';
import { seedBytes, seedUuid } from '../seed-ids.ts';
import type { Store } from '../store.ts';
import { setConfiguration } from './configuration-routes.ts';
import {
  parseLoggingConfiguration,
  parseOrigination,
  parseStreamingConfiguration,
  parseTermination,
} from './configurations.ts';
import { createVoiceConnectorGroup } from './groups.ts';
import { newVoiceConnectorId } from './ids.ts';
import { configurationsFor } from './lookup.ts';
import { createProxySession } from './proxy-sessions.ts';
import type { ProxySessionStatus, VoiceConnector } from './state.ts';
import { createVoiceConnector } from './voice-connectors.ts';

/** Demo timestamps, fixed so that the data set is the same on every start. */
const CREATED_AT = '2024-01-10T09:00:00.000Z';
const CONFIGURED_AT = '2024-01-10T10:00:00.000Z';
const SESSIONS_FROM = Date.parse('2024-02-01T08:00:00.000Z');

/** The demo connectors' names, for tests and scripts that look them up. */
export const DEMO_VOICE_CONNECTOR_NAMES = {
  main: 'Main Trunk',
  backup: 'Backup Trunk',
  lab: 'Lab',
} as const;

/** The demo group's name. */
export const DEMO_VOICE_CONNECTOR_GROUP_NAME = 'Primary Group';

/** How many numbers each demo connector gets: Main's 120 are more than one ListPhoneNumbers page (99). */
const MAIN_NUMBERS = 120;
const BACKUP_NUMBERS = 10;
/** Proxy sessions on Main: more than one ListProxySessions page (99). */
const PROXY_SESSIONS = 120;
const SESSION_STATUSES: readonly ProxySessionStatus[] = ['Open', 'InProgress', 'Closed'];

function seedConnector(store: Store, name: string, region: VoiceConnector['AwsRegion'], encrypted: boolean) {
  const connector = createVoiceConnector(store, {
    Name: name,
    AwsRegion: region,
    RequireEncryption: encrypted,
    id: newVoiceConnectorId(seedBytes(`voice connector ${name}`)),
  });
  connector.CreatedTimestamp = CREATED_AT;
  connector.UpdatedTimestamp = CREATED_AT;
  return connector;
}

function associateAll(store: Store, numbers: PhoneNumber[], voiceConnectorId: string): void {
  for (const number of numbers) {
    associateNumber(store, number, 'VoiceConnectorId', voiceConnectorId);
    number.UpdatedTimestamp = CONFIGURED_AT;
    for (const association of number.Associations) association.AssociatedTimestamp = CONFIGURED_AT;
  }
}

/**
 * Adds the voice group's demo data (runs after the phone-number seed, which leaves the
 * VoiceConnector numbers unassigned): connectors "Main Trunk" (120 numbers, termination,
 * origination, logging, streaming), "Backup Trunk" (10 numbers, logging) and "Lab"
 * (nothing); the group "Primary Group" routing to Main then Backup; and 120 proxy
 * sessions on Main Trunk, a third each Open, InProgress and Closed.
 */
export function seedVoice(store: Store): void {
  const main = seedConnector(store, DEMO_VOICE_CONNECTOR_NAMES.main, 'us-east-1', true);
  const backup = seedConnector(store, DEMO_VOICE_CONNECTOR_NAMES.backup, 'us-west-2', true);
  seedConnector(store, DEMO_VOICE_CONNECTOR_NAMES.lab, 'us-east-1', false);

  // Local numbers only: toll-free ones stay in the inventory for people to try associating.
  const available = [...store.phoneNumbers.numbers.values()].filter(
    (number) =>
      number.ProductType === 'VoiceConnector' && number.Status === 'Unassigned' && number.Type === 'Local',
  );
  const mainNumbers = available.slice(0, MAIN_NUMBERS);
  associateAll(store, mainNumbers, main.VoiceConnectorId);
  associateAll(store, available.slice(MAIN_NUMBERS, MAIN_NUMBERS + BACKUP_NUMBERS), backup.VoiceConnectorId);

  const configure = (connector: VoiceConnector, body: Record<string, unknown>) => {
    const configurations = configurationsFor(store, connector.VoiceConnectorId);
    if (body.Termination)
      setConfiguration(configurations, 'Termination', parseTermination(body), CONFIGURED_AT);
    if (body.Origination)
      setConfiguration(configurations, 'Origination', parseOrigination(body), CONFIGURED_AT);
    if (body.LoggingConfiguration)
      setConfiguration(
        configurations,
        'LoggingConfiguration',
        parseLoggingConfiguration(body),
        CONFIGURED_AT,
      );
    if (body.StreamingConfiguration)
      setConfiguration(
        configurations,
        'StreamingConfiguration',
        parseStreamingConfiguration(body),
        CONFIGURED_AT,
      );
  };
  configure(main, {
    Termination: {
      CpsLimit: 10,
      CallingRegions: ['US', 'CA'],
      CidrAllowedList: ['203.0.113.0/24', '198.51.100.16/28'],
      DefaultPhoneNumber: mainNumbers[0]?.E164PhoneNumber,
      Disabled: false,
    },
    Origination: {
      Disabled: false,
      Routes: [
        { Host: 'sip1.pbx.example.com', Port: 5060, Protocol: 'TCP', Priority: 1, Weight: 50 },
        { Host: 'sip2.pbx.example.com', Port: 5060, Protocol: 'TCP', Priority: 1, Weight: 50 },
        { Host: '198.51.100.20', Port: 5080, Protocol: 'UDP', Priority: 2, Weight: 10 },
      ],
    },
    LoggingConfiguration: { EnableSIPLogs: true, EnableMediaMetricLogs: true },
    StreamingConfiguration: {
      DataRetentionInHours: 24,
      Disabled: false,
      StreamingNotificationTargets: [{ NotificationTarget: 'EventBridge' }],
    },
  });
  configure(backup, { LoggingConfiguration: { EnableSIPLogs: true, EnableMediaMetricLogs: false } });

  const group = createVoiceConnectorGroup(store, {
    id: seedUuid(`voice connector group ${DEMO_VOICE_CONNECTOR_GROUP_NAME}`),
    Name: DEMO_VOICE_CONNECTOR_GROUP_NAME,
    VoiceConnectorItems: [
      { VoiceConnectorId: main.VoiceConnectorId, Priority: 1 },
      { VoiceConnectorId: backup.VoiceConnectorId, Priority: 2 },
    ],
  });
  group.CreatedTimestamp = CREATED_AT;
  group.UpdatedTimestamp = CREATED_AT;

  // A proxy number comes from Main's numbers; without the phone-number seed there are none.
  if (mainNumbers.length > 0) seedProxySessions(store, main.VoiceConnectorId);
}

/**
 * 120 sessions between 12 drivers and one rider each: a driver's unclosed sessions
 * need distinct proxy numbers, so the allocation rules show in the data.
 */
function seedProxySessions(store: Store, voiceConnectorId: string): void {
  for (let index = 0; index < PROXY_SESSIONS; index += 1) {
    const status = SESSION_STATUSES[index % SESSION_STATUSES.length] as ProxySessionStatus;
    const driver = `+1206555${String(2000 + (index % 12)).padStart(4, '0')}`;
    const rider = `+1425555${String(3000 + index).padStart(4, '0')}`;
    const session = createProxySession(store, {
      id: seedUuid(`proxy session ${index}`),
      VoiceConnectorId: voiceConnectorId,
      participants: [driver, rider],
      Capabilities: index % 4 === 0 ? ['Voice'] : ['SMS', 'Voice'],
      Name: `ride${index + 1}`,
      NumberSelectionBehavior: 'PreferSticky',
    });
    const created = new Date(SESSIONS_FROM + index * 15 * 60_000).toISOString();
    const ended = new Date(SESSIONS_FROM + (index * 15 + 30) * 60_000).toISOString();
    Object.assign(session, {
      Status: status,
      CreatedTimestamp: created,
      UpdatedTimestamp: status === 'Closed' ? ended : created,
      ...(status === 'Closed' ? { EndedTimestamp: ended } : {}),
    });
  }
}
