import {
  type ChimeSDKVoiceClient,
  ListProxySessionsCommand,
  PutVoiceConnectorEmergencyCallingConfigurationCommand,
  PutVoiceConnectorLoggingConfigurationCommand,
  PutVoiceConnectorOriginationCommand,
  PutVoiceConnectorStreamingConfigurationCommand,
  PutVoiceConnectorTerminationCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import {
  connectorWithNumbers,
  e164s,
  groupWithNumbers,
  newProxySession,
  voiceClient,
} from './voice-setup.ts';

let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
/** Alpha: 4 numbers, every configuration, 6 proxy sessions (2 closed). Bravo: 2 numbers, nothing set. */
let alpha: string;
let bravo: string;
let charlie: string;
let group: string;
const alphaNumbers = e164s('301', 4);
const bravoNumbers = e164s('302', 2);
const groupNumbers = e164s('303', 2);
const alphaSessions: string[] = [];
const closedSessions: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
  voice = voiceClient(gateway.local);
  alpha = await connectorWithNumbers(voice, 'alpha', alphaNumbers);
  bravo = await connectorWithNumbers(voice, 'bravo', bravoNumbers);
  charlie = await connectorWithNumbers(voice, 'charlie', []);
  group = await groupWithNumbers(
    voice,
    'routing',
    [
      { VoiceConnectorId: alpha, Priority: 1 },
      { VoiceConnectorId: bravo, Priority: 2 },
    ],
    groupNumbers,
  );
  await voice.send(
    new PutVoiceConnectorTerminationCommand({
      VoiceConnectorId: alpha,
      Termination: { CpsLimit: 5, CallingRegions: ['US', 'CA'], CidrAllowedList: ['10.0.0.0/24'] },
    }),
  );
  await voice.send(
    new PutVoiceConnectorOriginationCommand({
      VoiceConnectorId: alpha,
      Origination: { Routes: [{ Host: 'sip.example.com', Protocol: 'TCP', Priority: 1, Weight: 10 }] },
    }),
  );
  await voice.send(
    new PutVoiceConnectorLoggingConfigurationCommand({
      VoiceConnectorId: alpha,
      LoggingConfiguration: { EnableSIPLogs: true },
    }),
  );
  await voice.send(
    new PutVoiceConnectorStreamingConfigurationCommand({
      VoiceConnectorId: alpha,
      StreamingConfiguration: {
        DataRetentionInHours: 12,
        Disabled: false,
        StreamingNotificationTargets: [{ NotificationTarget: 'SQS' }],
      },
    }),
  );
  await voice.send(
    new PutVoiceConnectorEmergencyCallingConfigurationCommand({
      VoiceConnectorId: alpha,
      EmergencyCallingConfiguration: {
        DNIS: [{ CallingCountry: 'US', EmergencyPhoneNumber: '+12065550911' }],
      },
    }),
  );
  for (let index = 0; index < 6; index += 1) {
    const expires = index === 1 || index === 4;
    const id = await newProxySession(voice, alpha, index, expires ? { ExpiryMinutes: 1 } : {});
    alphaSessions.push(id);
    if (expires) closedSessions.push(id);
  }
  // Two sessions run out: chime-local closes them when it is next asked (its clock is this process's).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 2 * 60_000);
  await voice.send(new ListProxySessionsCommand({ VoiceConnectorId: alpha }));
  vi.useRealTimers();
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const calls = async () => (await gateway.stats()).calls;

describe('voice connectors in the graph', () => {
  it('fetches a voice connector once however often a request names it', async () => {
    const first = await gateway.query(
      `query ($id: String!) {
        a: voiceConnector(voiceConnectorId: $id) { id name }
        b: voiceConnector(voiceConnectorId: $id) { outboundHostName requireEncryption awsRegion }
      }`,
      { id: alpha },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.a.name).toBe('alpha');
    expect(first.data!.b).toMatchObject({ requireEncryption: true, awsRegion: 'us-east-1' });
    expect(await calls()).toEqual({ GetVoiceConnector: 1 });

    await gateway.resetStats();
    const again = await gateway.query(
      `query ($id: String!, $nodeId: ID!) {
        voiceConnector(voiceConnectorId: $id) {
          proxySessions(first: 10) { nodes { voiceConnectorId voiceConnector { name } } }
        }
        node(id: $nodeId) { ... on VoiceConnector { name } }
        nodes(ids: [$nodeId, $nodeId]) { id }
      }`,
      { id: alpha, nodeId: first.data!.a.id },
    );
    expect(again.errors).toBeUndefined();
    const sessions = again.data!.voiceConnector.proxySessions.nodes;
    expect(sessions).toHaveLength(6);
    expect(sessions.every((session: any) => session.voiceConnector.name === 'alpha')).toBe(true);
    expect(again.data!.node.name).toBe('alpha');
    expect(await calls()).toEqual({ GetVoiceConnector: 1, ListProxySessions: 1 });
  });

  it('resolves the inventory’s voice connectors and groups with one call per kind, not one per number', async () => {
    const result = await gateway.query(`{
      phoneNumbers(first: 100) {
        nodes { e164PhoneNumber voiceConnector { voiceConnectorId name } voiceConnectorGroup { name } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const byNumber = new Map(
      result.data!.phoneNumbers.nodes.map((node: any) => [
        node.e164PhoneNumber,
        [node.voiceConnector?.name ?? null, node.voiceConnectorGroup?.name ?? null],
      ]),
    );
    const owners = (numbers: string[], owner: (string | null)[]) =>
      numbers.map((e164): [string, (string | null)[]] => [e164, owner]);
    expect(byNumber).toEqual(
      new Map([
        ...owners(alphaNumbers, ['alpha', null]),
        ...owners(bravoNumbers, ['bravo', null]),
        ...owners(groupNumbers, [null, 'routing']),
      ]),
    );
    // alpha and bravo in one batch: one ListVoiceConnectors page answers both.
    expect(await calls()).toEqual({ ListPhoneNumbers: 1, ListVoiceConnectors: 1, GetVoiceConnectorGroup: 1 });
  });

  it('answers a voice connector with its numbers, configurations and proxy sessions in one request', async () => {
    const result = await gateway.query(
      `query ($id: String!) {
        voiceConnector(voiceConnectorId: $id) {
          name
          phoneNumbers(first: 10) { nodes { e164PhoneNumber voiceConnector { name } } }
          termination { cpsLimit callingRegions cidrAllowedList defaultPhoneNumber disabled }
          terminationHealth { source timestamp }
          origination { disabled routes { host port protocol priority weight } }
          loggingConfiguration { enableSipLogs enableMediaMetricLogs }
          streamingConfiguration { dataRetentionInHours disabled streamingNotificationTargets { notificationTarget } }
          emergencyCallingConfiguration { dnis { callingCountry emergencyPhoneNumber testPhoneNumber } }
          proxySessions(first: 3) {
            nodes { name status capabilities participants { phoneNumber proxyPhoneNumber } voiceConnector { name } }
            pageInfo { hasNextPage }
          }
        }
      }`,
      { id: alpha },
    );
    expect(result.errors).toBeUndefined();
    const connector = result.data!.voiceConnector;
    expect(connector.phoneNumbers.nodes.map((node: any) => node.e164PhoneNumber)).toEqual(alphaNumbers);
    expect(connector.termination).toEqual({
      cpsLimit: 5,
      callingRegions: ['US', 'CA'],
      cidrAllowedList: ['10.0.0.0/24'],
      defaultPhoneNumber: null,
      disabled: null,
    });
    expect(connector.terminationHealth.source).toBe('10.0.0.0');
    expect(connector.origination).toEqual({
      disabled: null,
      routes: [{ host: 'sip.example.com', port: 5060, protocol: 'TCP', priority: 1, weight: 10 }],
    });
    expect(connector.loggingConfiguration).toEqual({ enableSipLogs: true, enableMediaMetricLogs: null });
    expect(connector.streamingConfiguration).toEqual({
      dataRetentionInHours: 12,
      disabled: false,
      streamingNotificationTargets: [{ notificationTarget: 'SQS' }],
    });
    expect(connector.emergencyCallingConfiguration).toEqual({
      dnis: [{ callingCountry: 'US', emergencyPhoneNumber: '+12065550911', testPhoneNumber: null }],
    });
    expect(connector.proxySessions.nodes[0]).toMatchObject({
      name: 'session0',
      status: 'OPEN',
      capabilities: ['SMS', 'VOICE'],
      participants: [
        { phoneNumber: '+12065551000', proxyPhoneNumber: alphaNumbers[0] },
        { phoneNumber: '+14255551000', proxyPhoneNumber: alphaNumbers[0] },
      ],
      voiceConnector: { name: 'alpha' },
    });
    expect(connector.proxySessions.pageInfo.hasNextPage).toBe(true);
    expect(await calls()).toEqual({
      GetVoiceConnector: 1,
      ListPhoneNumbers: 1,
      GetVoiceConnectorTermination: 1,
      GetVoiceConnectorTerminationHealth: 1,
      GetVoiceConnectorOrigination: 1,
      GetVoiceConnectorLoggingConfiguration: 1,
      GetVoiceConnectorStreamingConfiguration: 1,
      GetVoiceConnectorEmergencyCallingConfiguration: 1,
      ListProxySessions: 1,
    });
  });

  it('answers null for configurations never set, and for unknown voice connectors', async () => {
    const result = await gateway.query(
      `query ($id: String!) {
        voiceConnector(voiceConnectorId: $id) {
          termination { cpsLimit } terminationHealth { source } origination { disabled }
          loggingConfiguration { enableSipLogs } streamingConfiguration { disabled }
          emergencyCallingConfiguration { dnis { callingCountry } }
        }
        missing: voiceConnector(voiceConnectorId: "abcdefghijklmnopqrstuv") { name }
        missingGroup: voiceConnectorGroup(voiceConnectorGroupId: "00000000-0000-0000-0000-000000000000") { name }
      }`,
      { id: bravo },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      voiceConnector: {
        termination: null,
        terminationHealth: null,
        origination: null,
        loggingConfiguration: null,
        streamingConfiguration: null,
        emergencyCallingConfiguration: null,
      },
      missing: null,
      missingGroup: null,
    });
  });

  it('reads a group with its voice connectors (one list for both) and its numbers', async () => {
    const result = await gateway.query(
      `query ($id: String!) {
        voiceConnectorGroup(voiceConnectorGroupId: $id) {
          name
          voiceConnectorItems { voiceConnectorId priority voiceConnector { name } }
          phoneNumbers { nodes { e164PhoneNumber voiceConnectorGroup { name } } }
        }
      }`,
      { id: group },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.voiceConnectorGroup).toEqual({
      name: 'routing',
      voiceConnectorItems: [
        { voiceConnectorId: alpha, priority: 1, voiceConnector: { name: 'alpha' } },
        { voiceConnectorId: bravo, priority: 2, voiceConnector: { name: 'bravo' } },
      ],
      phoneNumbers: {
        nodes: groupNumbers.map((e164) => ({
          e164PhoneNumber: e164,
          voiceConnectorGroup: { name: 'routing' },
        })),
      },
    });
    expect(await calls()).toEqual({
      GetVoiceConnectorGroup: 1,
      ListVoiceConnectors: 1,
      ListPhoneNumbers: 1,
    });
  });

  it('resolves node ids of every voice type, and null for ids that are not', async () => {
    const listed = await gateway.query(
      `query ($id: String!) {
        voiceConnectors { nodes { id voiceConnectorId } }
        voiceConnectorGroups { nodes { id voiceConnectorGroupId } }
        voiceConnector(voiceConnectorId: $id) { proxySessions(first: 1) { nodes { id proxySessionId } } }
      }`,
      { id: alpha },
    );
    expect(listed.errors).toBeUndefined();
    const connectorId = listed.data!.voiceConnectors.nodes.find(
      (node: any) => node.voiceConnectorId === bravo,
    ).id;
    const groupId = listed.data!.voiceConnectorGroups.nodes[0].id;
    const sessionId = listed.data!.voiceConnector.proxySessions.nodes[0].id;

    await gateway.resetStats();
    const proxyOfBravo = Buffer.from(`ProxySession:${bravo}|${alphaSessions[0]}`).toString('base64');
    const malformed = Buffer.from('ProxySession:no-separator').toString('base64');
    const result = await gateway.query(
      `query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          __typename
          ... on VoiceConnector { name }
          ... on VoiceConnectorGroup { name }
          ... on ProxySession { proxySessionId voiceConnectorId voiceConnector { name } }
        }
      }`,
      {
        ids: [
          connectorId,
          groupId,
          sessionId,
          proxyOfBravo,
          malformed,
          Buffer.from('VoiceConnector:nope').toString('base64'),
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { __typename: 'VoiceConnector', name: 'bravo' },
      { __typename: 'VoiceConnectorGroup', name: 'routing' },
      {
        __typename: 'ProxySession',
        proxySessionId: alphaSessions[0],
        voiceConnectorId: alpha,
        voiceConnector: { name: 'alpha' },
      },
      null,
      null,
      null,
    ]);
  });

  it('walks voice connectors and proxy sessions to the end, each item once, in upstream order', async () => {
    const walk = async (document: string, pick: (data: any) => any, variables = {}) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: GraphQLResponse = await gateway.query(document, { ...variables, after });
        expect(result.errors).toBeUndefined();
        const connection = pick(result.data);
        seen.push(...connection.nodes.map((node: { key: string }) => node.key));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor;
      }
    };
    const connectors = await walk(
      `query ($after: String) {
        voiceConnectors(first: 1, after: $after) { nodes { key: voiceConnectorId } pageInfo { hasNextPage endCursor } }
      }`,
      (data) => data.voiceConnectors,
    );
    expect(connectors).toEqual([alpha, bravo, charlie]);
    const sessions = await walk(
      `query ($id: String!, $after: String) {
        voiceConnector(voiceConnectorId: $id) {
          proxySessions(first: 4, after: $after) { nodes { key: proxySessionId } pageInfo { hasNextPage endCursor } }
        }
      }`,
      (data) => data.voiceConnector.proxySessions,
      { id: alpha },
    );
    expect(sessions).toEqual(alphaSessions);
  });

  it('filters proxy sessions by status, and refuses a cursor made for another status', async () => {
    const result = await gateway.query(
      `query ($id: String!) {
        voiceConnector(voiceConnectorId: $id) {
          closed: proxySessions(status: CLOSED) { nodes { proxySessionId status endedTimestamp } }
          open: proxySessions(status: OPEN, first: 1) { nodes { status } pageInfo { endCursor } }
        }
      }`,
      { id: alpha },
    );
    expect(result.errors).toBeUndefined();
    const { closed, open } = result.data!.voiceConnector;
    expect(closed.nodes.map((node: any) => node.proxySessionId)).toEqual(closedSessions);
    expect(closed.nodes.every((node: any) => node.status === 'CLOSED' && node.endedTimestamp)).toBe(true);
    expect(open.nodes).toEqual([{ status: 'OPEN' }]);
    const requests = (await gateway.stats()).requests;
    expect(
      requests
        .map((request) => request.query.status)
        .filter(Boolean)
        .sort(),
    ).toEqual(['Closed', 'Open']);

    const foreign = await gateway.query(
      `query ($id: String!, $after: String) {
        voiceConnector(voiceConnectorId: $id) { proxySessions(status: CLOSED, after: $after) { nodes { name } } }
      }`,
      { id: alpha, after: open.pageInfo.endCursor },
    );
    expect(foreign.errors![0]).toMatchObject({
      message: expect.stringMatching(/another connection or other filters/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('keeps sibling data when one configuration read fails upstream', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetVoiceConnectorTermination'] });
    try {
      const result = await gateway.query(
        `query ($id: String!) { voiceConnector(voiceConnectorId: $id) { name termination { cpsLimit } origination { disabled } } }`,
        { id: alpha },
      );
      expect(result.data!.voiceConnector).toEqual({
        name: 'alpha',
        termination: null,
        origination: { disabled: null },
      });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({
        path: ['voiceConnector', 'termination'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'GetVoiceConnectorTermination' } },
      });
    } finally {
      await gateway.faults({});
    }
  });
});
