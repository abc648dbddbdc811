import {
  GetVoiceConnectorLoggingConfigurationCommand,
  GetVoiceConnectorOriginationCommand,
  GetVoiceConnectorStreamingConfigurationCommand,
  GetVoiceConnectorTerminationCommand,
  ListPhoneNumbersCommand,
  ListProxySessionsCommand,
  ListVoiceConnectorGroupsCommand,
  ListVoiceConnectorsCommand,
  NotFoundException,
  paginateListPhoneNumbers,
  paginateListProxySessions,
  type VoiceConnector,
} from '@aws-sdk/client-chime-sdk-voice';
import { beforeAll, describe, expect, it } from 'vitest';
import { startChimeLocal } from '../../src/chime-local/server.ts';
import { rejection, useVoiceLocal, voiceClient } from './voice-helpers.ts';

const chime = useVoiceLocal('demo');
let connectors: Record<string, VoiceConnector>;

beforeAll(async () => {
  const { VoiceConnectors = [] } = await chime.voice.send(new ListVoiceConnectorsCommand({}));
  connectors = Object.fromEntries(VoiceConnectors.map((connector) => [connector.Name, connector]));
});

const idOf = (name: string) => connectors[name]?.VoiceConnectorId as string;

/** Every page of a connector's numbers, as a client walks them. */
async function numberPages(voiceConnectorId: string): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of paginateListPhoneNumbers(
    { client: chime.voice },
    { FilterName: 'VoiceConnectorId', FilterValue: voiceConnectorId },
  ))
    pages.push((page.PhoneNumbers ?? []).map((number) => number.E164PhoneNumber as string));
  return pages;
}

describe('the voice demo seed', () => {
  it('has Main Trunk, Backup Trunk and Lab', () => {
    expect(Object.keys(connectors).sort()).toEqual(['Backup Trunk', 'Lab', 'Main Trunk']);
    expect(connectors['Backup Trunk']?.AwsRegion).toBe('us-west-2');
  });

  it('gives Main Trunk 120 numbers (more than one page of 99) and Backup Trunk 10', async () => {
    const main = await numberPages(idOf('Main Trunk'));
    expect(main.map((page) => page.length)).toEqual([99, 21]);
    expect(new Set(main.flat()).size).toBe(120);
    const backup = await numberPages(idOf('Backup Trunk'));
    expect(backup.flat()).toHaveLength(10);
    const { PhoneNumbers } = await chime.voice.send(
      new ListPhoneNumbersCommand({ FilterName: 'VoiceConnectorId', FilterValue: idOf('Lab') }),
    );
    expect(PhoneNumbers).toEqual([]);
  });

  it('configures Main Trunk fully and Backup Trunk’s logging only', async () => {
    const main = idOf('Main Trunk');
    const { Termination } = await chime.voice.send(
      new GetVoiceConnectorTerminationCommand({ VoiceConnectorId: main }),
    );
    expect(Termination).toMatchObject({ CpsLimit: 10, CallingRegions: ['US', 'CA'], Disabled: false });
    const { Origination } = await chime.voice.send(
      new GetVoiceConnectorOriginationCommand({ VoiceConnectorId: main }),
    );
    expect(Origination?.Routes).toHaveLength(3);
    const { StreamingConfiguration } = await chime.voice.send(
      new GetVoiceConnectorStreamingConfigurationCommand({ VoiceConnectorId: main }),
    );
    expect(StreamingConfiguration?.DataRetentionInHours).toBe(24);

    const backup = idOf('Backup Trunk');
    const { LoggingConfiguration } = await chime.voice.send(
      new GetVoiceConnectorLoggingConfigurationCommand({ VoiceConnectorId: backup }),
    );
    expect(LoggingConfiguration).toEqual({ EnableSIPLogs: true, EnableMediaMetricLogs: false });
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorTerminationCommand({ VoiceConnectorId: backup })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('has Primary Group routing to Main Trunk first, then Backup Trunk', async () => {
    const { VoiceConnectorGroups } = await chime.voice.send(new ListVoiceConnectorGroupsCommand({}));
    expect(VoiceConnectorGroups?.map((group) => [group.Name, group.VoiceConnectorItems])).toEqual([
      [
        'Primary Group',
        [
          { VoiceConnectorId: idOf('Main Trunk'), Priority: 1 },
          { VoiceConnectorId: idOf('Backup Trunk'), Priority: 2 },
        ],
      ],
    ]);
  });

  it('has 120 proxy sessions on Main Trunk over more than one page, in mixed statuses', async () => {
    const sessions = [];
    let pages = 0;
    for await (const page of paginateListProxySessions(
      { client: chime.voice },
      { VoiceConnectorId: idOf('Main Trunk') },
    )) {
      pages += 1;
      sessions.push(...(page.ProxySessions ?? []));
    }
    expect(pages).toBe(2);
    expect(new Set(sessions.map((session) => session.ProxySessionId)).size).toBe(120);
    expect([...new Set(sessions.map((session) => session.Status))].sort()).toEqual([
      'Closed',
      'InProgress',
      'Open',
    ]);
    for (const status of ['Open', 'InProgress', 'Closed'] as const) {
      const { ProxySessions } = await chime.voice.send(
        new ListProxySessionsCommand({ VoiceConnectorId: idOf('Main Trunk'), Status: status }),
      );
      expect(ProxySessions).toHaveLength(40);
    }
  });

  it('is the same on every start (ids do not change)', async () => {
    const again = await startChimeLocal({ port: 0, seed: 'demo' });
    try {
      const client = voiceClient(again);
      const { VoiceConnectors = [] } = await client.send(new ListVoiceConnectorsCommand({}));
      expect(VoiceConnectors.map((connector) => connector.VoiceConnectorId)).toEqual(
        Object.values(connectors).map((connector) => connector.VoiceConnectorId),
      );
      client.destroy();
    } finally {
      await again.close();
    }
  });
});
