import {
  type ChimeSDKVoiceClient,
  GetVoiceConnectorCommand,
  GetVoiceConnectorEmergencyCallingConfigurationCommand,
  GetVoiceConnectorLoggingConfigurationCommand,
  GetVoiceConnectorOriginationCommand,
  GetVoiceConnectorStreamingConfigurationCommand,
  GetVoiceConnectorTerminationCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../chime-local/voice-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import {
  connectorWithNumbers,
  e164s,
  newProxySession,
  newVoiceConnector,
  voiceClient,
} from './voice-setup.ts';

let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;

beforeAll(async () => {
  gateway = await startTestGateway();
  voice = voiceClient(gateway.local);
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const sdkConnector = async (id: string) =>
  (await voice.send(new GetVoiceConnectorCommand({ VoiceConnectorId: id }))).VoiceConnector!;

/** One mutation's payload, failing the test on GraphQL errors. */
async function mutate(document: string, input: Record<string, unknown>) {
  const result = await gateway.query(document, { input });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, any>;
}

describe('voice connector mutations', () => {
  it('creates, updates (keeping what the input leaves out) and deletes a voice connector', async () => {
    const created = await mutate(
      `mutation ($input: CreateVoiceConnectorInput!) {
        createVoiceConnector(input: $input) { voiceConnector { id voiceConnectorId name awsRegion requireEncryption } userErrors { code } }
      }`,
      { name: 'edge', requireEncryption: false, awsRegion: 'us-west-2' },
    );
    const connector = created.voiceConnector;
    expect(connector).toMatchObject({ name: 'edge', awsRegion: 'us-west-2', requireEncryption: false });
    expect((await gateway.stats()).calls).toEqual({ CreateVoiceConnector: 1 });
    expect(await sdkConnector(connector.voiceConnectorId)).toMatchObject({
      Name: 'edge',
      AwsRegion: 'us-west-2',
    });

    await gateway.resetStats();
    const updated = await mutate(
      `mutation ($input: UpdateVoiceConnectorInput!) {
        updateVoiceConnector(input: $input) { voiceConnector { name requireEncryption } userErrors { code } }
      }`,
      { voiceConnectorId: connector.voiceConnectorId, name: 'edge-2' },
    );
    expect(updated).toEqual({ voiceConnector: { name: 'edge-2', requireEncryption: false }, userErrors: [] });
    // requireEncryption was left out: the connector's own value, read once, goes with the update.
    expect((await gateway.stats()).calls).toEqual({ GetVoiceConnector: 1, UpdateVoiceConnector: 1 });
    const fresh = await gateway.query(
      `query ($id: ID!) { node(id: $id) { ... on VoiceConnector { name } } }`,
      {
        id: connector.id,
      },
    );
    expect(fresh.data!.node).toEqual({ name: 'edge-2' });
    expect(await sdkConnector(connector.voiceConnectorId)).toMatchObject({
      Name: 'edge-2',
      RequireEncryption: false,
    });

    const deleted = await mutate(
      `mutation ($input: DeleteVoiceConnectorInput!) {
        deleteVoiceConnector(input: $input) { deletedVoiceConnectorId deletedId userErrors { code } }
      }`,
      { voiceConnectorId: connector.voiceConnectorId },
    );
    expect(deleted).toEqual({
      deletedVoiceConnectorId: connector.voiceConnectorId,
      deletedId: connector.id,
      userErrors: [],
    });
    const gone = await gateway.query(
      `query ($id: String!) { voiceConnector(voiceConnectorId: $id) { name } }`,
      {
        id: connector.voiceConnectorId,
      },
    );
    expect(gone).toEqual({ data: { voiceConnector: null } });
    expect(await rejection(sdkConnector(connector.voiceConnectorId))).toBeInstanceOf(NotFoundException);
  });

  it('forgets a deleted connector, its configurations and sessions for the rest of the document', async () => {
    const id = await newVoiceConnector(voice, 'doomed');
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($id: String!) {
        put: putVoiceConnectorLoggingConfiguration(input: { voiceConnectorId: $id, loggingConfiguration: { enableSipLogs: true } }) {
          voiceConnector { name loggingConfiguration { enableSipLogs } }
        }
        deleteVoiceConnector(input: { voiceConnectorId: $id }) { deletedVoiceConnectorId }
        after: updateVoiceConnector(input: { voiceConnectorId: $id, requireEncryption: true }) {
          voiceConnector { name } userErrors { field code message }
        }
      }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.put.voiceConnector).toEqual({
      name: 'doomed',
      loggingConfiguration: { enableSipLogs: true },
    });
    // The update needs the name the input left out: the loader knows the connector is gone, no Get is spent.
    expect(result.data!.after).toEqual({
      voiceConnector: null,
      userErrors: [
        {
          field: ['input', 'voiceConnectorId'],
          code: 'NOT_FOUND',
          message: `Voice connector ${id} not found`,
        },
      ],
    });
    const { calls } = await gateway.stats();
    expect(calls).toEqual({
      PutVoiceConnectorLoggingConfiguration: 1,
      GetVoiceConnector: 1,
      DeleteVoiceConnector: 1,
    });
  });

  it('refuses to delete a connector that still has numbers, as a conflict', async () => {
    const id = await connectorWithNumbers(voice, 'busy', e164s('501', 1));
    const result = await mutate(
      'mutation ($input: DeleteVoiceConnectorInput!) { deleteVoiceConnector(input: $input) { deletedVoiceConnectorId userErrors { code message } } }',
      { voiceConnectorId: id },
    );
    expect(result).toEqual({
      deletedVoiceConnectorId: null,
      userErrors: [{ code: 'CONFLICT', message: expect.stringContaining('associated phone numbers') }],
    });
  });

  it.each([
    [
      'createVoiceConnector',
      'CreateVoiceConnectorInput',
      { name: '', requireEncryption: true },
      ['input', 'name'],
      'name must be at least 1 character long, got 0',
    ],
    [
      'createVoiceConnector',
      'CreateVoiceConnectorInput',
      { name: 'x'.repeat(257), requireEncryption: true },
      ['input', 'name'],
      'name must be at most 256 characters long, got 257',
    ],
    [
      'createVoiceConnector',
      'CreateVoiceConnectorInput',
      { name: 'eu', requireEncryption: true, awsRegion: 'eu-west-1' },
      ['input', 'awsRegion'],
      'awsRegion must be one of us-east-1, us-west-2, got "eu-west-1"',
    ],
    [
      'updateVoiceConnector',
      'UpdateVoiceConnectorInput',
      { voiceConnectorId: ' ', name: 'x' },
      ['input', 'voiceConnectorId'],
      'voiceConnectorId must match the pattern .*\\S.*',
    ],
    [
      'deleteVoiceConnector',
      'DeleteVoiceConnectorInput',
      { voiceConnectorId: '' },
      ['input', 'voiceConnectorId'],
      'voiceConnectorId must be at least 1 character long, got 0',
    ],
  ])('%s (%s) refuses %j before any upstream call', async (mutation, inputType, input, field, message) => {
    const result = await mutate(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { field message code } } }`,
      input,
    );
    expect(result.userErrors).toEqual([
      { field, message: expect.stringContaining(message), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('voice connector configuration mutations', () => {
  it('puts every configuration, answers each from the upstream’s reply, and deletes them', async () => {
    const id = await newVoiceConnector(voice, 'configured');
    await gateway.resetStats();
    const put = await gateway.query(
      `mutation ($id: String!) {
        t: putVoiceConnectorTermination(input: { voiceConnectorId: $id, termination: {
          cpsLimit: 3, callingRegions: ["US"], cidrAllowedList: ["198.51.100.0/24"], defaultPhoneNumber: "+12065550100"
        } }) { termination { cpsLimit callingRegions cidrAllowedList defaultPhoneNumber } userErrors { code } }
        o: putVoiceConnectorOrigination(input: { voiceConnectorId: $id, origination: {
          routes: [{ host: "pbx.example.com", protocol: UDP, priority: 1, weight: 5 }]
        } }) { origination { routes { host port protocol priority weight } disabled } userErrors { code } }
        l: putVoiceConnectorLoggingConfiguration(input: { voiceConnectorId: $id, loggingConfiguration: {
          enableSipLogs: true, enableMediaMetricLogs: false
        } }) { loggingConfiguration { enableSipLogs enableMediaMetricLogs } }
        s: putVoiceConnectorStreamingConfiguration(input: { voiceConnectorId: $id, streamingConfiguration: {
          dataRetentionInHours: 0, disabled: false, streamingNotificationTargets: [{ notificationTarget: SNS }]
        } }) { streamingConfiguration { dataRetentionInHours disabled streamingNotificationTargets { notificationTarget } } }
        e: putVoiceConnectorEmergencyCallingConfiguration(input: { voiceConnectorId: $id, emergencyCallingConfiguration: {
          dnis: [{ callingCountry: "US", emergencyPhoneNumber: "+12065550911", testPhoneNumber: "+12065550912" }]
        } }) { emergencyCallingConfiguration { dnis { callingCountry emergencyPhoneNumber testPhoneNumber } } voiceConnector { name } }
      }`,
      { id },
    );
    expect(put.errors).toBeUndefined();
    expect(put.data).toEqual({
      t: {
        termination: {
          cpsLimit: 3,
          callingRegions: ['US'],
          cidrAllowedList: ['198.51.100.0/24'],
          defaultPhoneNumber: '+12065550100',
        },
        userErrors: [],
      },
      o: {
        origination: {
          routes: [{ host: 'pbx.example.com', port: 5060, protocol: 'UDP', priority: 1, weight: 5 }],
          disabled: null,
        },
        userErrors: [],
      },
      l: { loggingConfiguration: { enableSipLogs: true, enableMediaMetricLogs: false } },
      s: {
        streamingConfiguration: {
          dataRetentionInHours: 0,
          disabled: false,
          streamingNotificationTargets: [{ notificationTarget: 'SNS' }],
        },
      },
      e: {
        emergencyCallingConfiguration: {
          dnis: [
            { callingCountry: 'US', emergencyPhoneNumber: '+12065550911', testPhoneNumber: '+12065550912' },
          ],
        },
        voiceConnector: { name: 'configured' },
      },
    });
    // Each payload came from its Put's answer; only the connector itself was read.
    expect((await gateway.stats()).calls).toEqual({
      PutVoiceConnectorTermination: 1,
      PutVoiceConnectorOrigination: 1,
      PutVoiceConnectorLoggingConfiguration: 1,
      PutVoiceConnectorStreamingConfiguration: 1,
      PutVoiceConnectorEmergencyCallingConfiguration: 1,
      GetVoiceConnector: 1,
    });

    const fresh = await gateway.query(
      `query ($id: String!) { voiceConnector(voiceConnectorId: $id) {
        termination { cpsLimit } terminationHealth { source } origination { routes { host } }
        loggingConfiguration { enableSipLogs } streamingConfiguration { dataRetentionInHours }
        emergencyCallingConfiguration { dnis { callingCountry } }
      } }`,
      { id },
    );
    expect(fresh.data!.voiceConnector).toEqual({
      termination: { cpsLimit: 3 },
      terminationHealth: { source: '198.51.100.0' },
      origination: { routes: [{ host: 'pbx.example.com' }] },
      loggingConfiguration: { enableSipLogs: true },
      streamingConfiguration: { dataRetentionInHours: 0 },
      emergencyCallingConfiguration: { dnis: [{ callingCountry: 'US' }] },
    });
    const sdk = { VoiceConnectorId: id };
    expect((await voice.send(new GetVoiceConnectorTerminationCommand(sdk))).Termination).toMatchObject({
      CpsLimit: 3,
    });
    expect(
      (await voice.send(new GetVoiceConnectorOriginationCommand(sdk))).Origination?.Routes?.[0],
    ).toMatchObject({
      Host: 'pbx.example.com',
      Protocol: 'UDP',
    });
    expect(
      (await voice.send(new GetVoiceConnectorLoggingConfigurationCommand(sdk))).LoggingConfiguration,
    ).toEqual({
      EnableSIPLogs: true,
      EnableMediaMetricLogs: false,
    });
    expect(
      (await voice.send(new GetVoiceConnectorStreamingConfigurationCommand(sdk))).StreamingConfiguration,
    ).toMatchObject({
      DataRetentionInHours: 0,
      StreamingNotificationTargets: [{ NotificationTarget: 'SNS' }],
    });

    expect(
      (await voice.send(new GetVoiceConnectorEmergencyCallingConfigurationCommand(sdk)))
        .EmergencyCallingConfiguration,
    ).toEqual({
      DNIS: [{ CallingCountry: 'US', EmergencyPhoneNumber: '+12065550911', TestPhoneNumber: '+12065550912' }],
    });

    // Termination cannot go while emergency calling needs it: the upstream's rule, as a user error.
    const blocked = await gateway.query(
      `mutation ($id: String!) { deleteVoiceConnectorTermination(input: { voiceConnectorId: $id }) { userErrors { code message } } }`,
      { id },
    );
    expect(blocked.data!.deleteVoiceConnectorTermination.userErrors).toEqual([
      { code: 'INVALID', message: expect.stringContaining('EmergencyCallingConfiguration') },
    ]);

    const deleted = await gateway.query(
      `mutation ($id: String!) {
        e: deleteVoiceConnectorEmergencyCallingConfiguration(input: { voiceConnectorId: $id }) { userErrors { code } }
        t: deleteVoiceConnectorTermination(input: { voiceConnectorId: $id }) {
          voiceConnector { termination { cpsLimit } terminationHealth { source } emergencyCallingConfiguration { dnis { callingCountry } } }
        }
        o: deleteVoiceConnectorOrigination(input: { voiceConnectorId: $id }) { voiceConnector { origination { disabled } } }
        s: deleteVoiceConnectorStreamingConfiguration(input: { voiceConnectorId: $id }) {
          voiceConnector { streamingConfiguration { disabled } }
        }
      }`,
      { id },
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({
      e: { userErrors: [] },
      t: {
        voiceConnector: { termination: null, terminationHealth: null, emergencyCallingConfiguration: null },
      },
      o: { voiceConnector: { origination: null } },
      s: { voiceConnector: { streamingConfiguration: null } },
    });
    for (const command of [
      new GetVoiceConnectorTerminationCommand(sdk),
      new GetVoiceConnectorOriginationCommand(sdk),
      new GetVoiceConnectorStreamingConfigurationCommand(sdk),
      new GetVoiceConnectorEmergencyCallingConfigurationCommand(sdk),
    ])
      expect(await rejection(voice.send(command as never))).toBeInstanceOf(NotFoundException);
    const afterDeletes = await gateway.query(
      `query ($id: String!) { voiceConnector(voiceConnectorId: $id) {
        termination { cpsLimit } origination { disabled } loggingConfiguration { enableSipLogs }
        streamingConfiguration { disabled } emergencyCallingConfiguration { dnis { callingCountry } }
      } }`,
      { id },
    );
    // Logging has no delete upstream: it stays.
    expect(afterDeletes.data!.voiceConnector).toEqual({
      termination: null,
      origination: null,
      loggingConfiguration: { enableSipLogs: true },
      streamingConfiguration: null,
      emergencyCallingConfiguration: null,
    });
  });

  it.each([
    [
      'putVoiceConnectorTermination',
      'PutVoiceConnectorTerminationInput',
      { termination: { cpsLimit: 0, callingRegions: ['US'], cidrAllowedList: ['10.0.0.0/8'] } },
      ['input', 'termination', 'cpsLimit'],
      'termination.cpsLimit must be at least 1, got 0',
    ],
    [
      'putVoiceConnectorTermination',
      'PutVoiceConnectorTerminationInput',
      { termination: { callingRegions: ['USA'], cidrAllowedList: ['10.0.0.0/8'] } },
      ['input', 'termination', 'callingRegions', '0'],
      'termination.callingRegions[0] must match the pattern [A-Z]{2}',
    ],
    [
      'putVoiceConnectorTermination',
      'PutVoiceConnectorTerminationInput',
      { termination: { callingRegions: ['US'], cidrAllowedList: ['10.0.0.0/33'] } },
      ['input', 'termination', 'cidrAllowedList', '0'],
      'termination.cidrAllowedList[0] must match the pattern an IPv4 range in CIDR notation',
    ],
    [
      'putVoiceConnectorTermination',
      'PutVoiceConnectorTerminationInput',
      { termination: { callingRegions: ['US'], cidrAllowedList: [], defaultPhoneNumber: '555-0100' } },
      ['input', 'termination', 'defaultPhoneNumber'],
      'termination.defaultPhoneNumber must match the pattern ^\\+?[1-9]\\d{1,14}$',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: {} },
      ['input', 'origination'],
      'origination must set routes or disabled (or both), got neither',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: [] } },
      ['input', 'origination', 'routes'],
      'origination.routes must have at least 1 item, got 0',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: Array.from({ length: 21 }, () => ({ host: 'h' })) } },
      ['input', 'origination', 'routes'],
      'origination.routes must have at most 20 items, got 21',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: [{}] } },
      ['input', 'origination', 'routes', '0'],
      'origination.routes[0] must set at least one of host, port, protocol, priority, weight',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: [{ host: 'h', port: 70000 }] } },
      ['input', 'origination', 'routes', '0', 'port'],
      'origination.routes[0].port must be from 0 to 65535, got 70000',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: [{ host: 'h', priority: 0 }] } },
      ['input', 'origination', 'routes', '0', 'priority'],
      'origination.routes[0].priority must be from 1 to 100, got 0',
    ],
    [
      'putVoiceConnectorOrigination',
      'PutVoiceConnectorOriginationInput',
      { origination: { routes: [{ host: 'h', weight: 101 }] } },
      ['input', 'origination', 'routes', '0', 'weight'],
      'origination.routes[0].weight must be from 1 to 100, got 101',
    ],
    [
      'putVoiceConnectorStreamingConfiguration',
      'PutVoiceConnectorStreamingConfigurationInput',
      { streamingConfiguration: { dataRetentionInHours: -1 } },
      ['input', 'streamingConfiguration', 'dataRetentionInHours'],
      'streamingConfiguration.dataRetentionInHours must be at least 0, got -1',
    ],
    [
      'putVoiceConnectorStreamingConfiguration',
      'PutVoiceConnectorStreamingConfigurationInput',
      {
        streamingConfiguration: {
          dataRetentionInHours: 1,
          streamingNotificationTargets: ['SNS', 'SQS', 'SNS', 'EVENT_BRIDGE'].map((target) => ({
            notificationTarget: target,
          })),
        },
      },
      ['input', 'streamingConfiguration', 'streamingNotificationTargets'],
      'streamingConfiguration.streamingNotificationTargets must have at most 3 items, got 4',
    ],
    [
      'putVoiceConnectorEmergencyCallingConfiguration',
      'PutVoiceConnectorEmergencyCallingConfigurationInput',
      {
        emergencyCallingConfiguration: {
          dnis: [{ callingCountry: 'us', emergencyPhoneNumber: '+12065550911' }],
        },
      },
      ['input', 'emergencyCallingConfiguration', 'dnis', '0', 'callingCountry'],
      'emergencyCallingConfiguration.dnis[0].callingCountry must match the pattern [A-Z]{2}',
    ],
    [
      'putVoiceConnectorEmergencyCallingConfiguration',
      'PutVoiceConnectorEmergencyCallingConfigurationInput',
      {
        emergencyCallingConfiguration: {
          dnis: [{ callingCountry: 'US', emergencyPhoneNumber: '0911' }],
        },
      },
      ['input', 'emergencyCallingConfiguration', 'dnis', '0', 'emergencyPhoneNumber'],
      'emergencyCallingConfiguration.dnis[0].emergencyPhoneNumber must match the pattern ^\\+?[1-9]\\d{1,14}$',
    ],
  ])('%s (%s) refuses %j before any upstream call', async (mutation, inputType, change, field, message) => {
    const result = await mutate(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { voiceConnector { name } userErrors { field message code } } }`,
      { voiceConnectorId: 'some-connector', ...change },
    );
    expect(result.voiceConnector).toBeNull();
    expect(result.userErrors[0]).toEqual({
      field,
      message: expect.stringContaining(message),
      code: 'INVALID',
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reports a configuration write on an unknown connector as NOT_FOUND', async () => {
    const result = await mutate(
      `mutation ($input: PutVoiceConnectorLoggingConfigurationInput!) {
        putVoiceConnectorLoggingConfiguration(input: $input) { loggingConfiguration { enableSipLogs } userErrors { code } }
      }`,
      { voiceConnectorId: 'abcdefghijklmnopqrstuv', loggingConfiguration: { enableSipLogs: true } },
    );
    expect(result).toEqual({ loggingConfiguration: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('keeps sessions of other connectors readable after a delete drops the session cache', async () => {
    const keep = await connectorWithNumbers(voice, 'keeper', e164s('502', 1));
    const sessionId = await newProxySession(voice, keep, 1);
    const doomed = await newVoiceConnector(voice, 'short-lived');
    const nodeId = Buffer.from(`ProxySession:${keep}|${sessionId}`).toString('base64');
    const result = await gateway.query(
      `mutation ($doomed: String!) {
        deleteVoiceConnector(input: { voiceConnectorId: $doomed }) { deletedVoiceConnectorId }
      }`,
      { doomed },
    );
    expect(result.errors).toBeUndefined();
    const session = await gateway.query(
      `query ($id: ID!) { node(id: $id) { ... on ProxySession { status } } }`,
      {
        id: nodeId,
      },
    );
    expect(session.data!.node).toEqual({ status: 'OPEN' });
  });
});
