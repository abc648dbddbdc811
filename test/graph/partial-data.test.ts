import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_INSTANCE_ARN } from '../../src/chime-local/messaging/seed.ts';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

interface Failure {
  path: (string | number)[] | undefined;
  code: string | undefined;
  operation: string | undefined;
}

/**
 * Expects exactly these errors (path, code, upstream operation), in any order: errors are listed as
 * they happen, and calls made in parallel fail in any order.
 */
function expectFailures(result: GraphQLResponse, expected: Failure[]) {
  const failures = (result.errors ?? []).map((error) => ({
    path: error.path,
    code: error.extensions?.code,
    operation: error.extensions?.upstream?.operation,
  }));
  expect(failures).toHaveLength(expected.length);
  expect(failures).toEqual(expect.arrayContaining(expected));
}

describe('an upstream call that fails', () => {
  it('nulls only the connection that needed it (ListChannelMessages under appInstances)', async () => {
    await gateway.faults({ errorRate: 1, operations: ['ListChannelMessages'] });
    const result = await gateway.query(`{
      accounts { nodes { name } }
      appInstances(first: 5) { nodes { name channels(first: 5) { nodes { name messages(first: 5) { nodes { content } } } } } }
    }`);

    expect(result.data!.accounts.nodes.length).toBeGreaterThan(0);
    expect(result.data!.accounts.nodes.every((account: { name: string }) => account.name)).toBe(true);
    const channelPaths: (string | number)[][] = [];
    result.data!.appInstances.nodes.forEach((appInstance: any, i: number) => {
      expect(appInstance.name).toBeTruthy();
      appInstance.channels.nodes.forEach((channel: any, j: number) => {
        expect(channel.name).toBeTruthy();
        expect(channel.messages).toBeNull();
        channelPaths.push(['appInstances', 'nodes', i, 'channels', 'nodes', j, 'messages']);
      });
    });
    expect(channelPaths.length).toBeGreaterThan(0);
    expectFailures(
      result,
      channelPaths.map((path) => ({ path, code: 'UPSTREAM_UNAVAILABLE', operation: 'ListChannelMessages' })),
    );
  });

  it('nulls only the single object that needed it (DescribeAppInstance under channels)', async () => {
    await gateway.faults({ errorRate: 1, operations: ['DescribeAppInstance'] });
    const result = await gateway.query(
      `query ($appInstanceArn: String!) {
        accounts { nodes { name } }
        channels(appInstanceArn: $appInstanceArn) { nodes { name appInstance { name } } }
      }`,
      { appInstanceArn: DEMO_APP_INSTANCE_ARN },
    );

    expect(result.data!.accounts.nodes.length).toBeGreaterThan(0);
    const channels = result.data!.channels.nodes;
    expect(channels.length).toBeGreaterThan(0);
    channels.forEach((channel: any) => {
      expect(channel.name).toBeTruthy();
      expect(channel.appInstance).toBeNull();
    });
    expectFailures(
      result,
      channels.map((_: unknown, i: number) => ({
        path: ['channels', 'nodes', i, 'appInstance'],
        code: 'UPSTREAM_UNAVAILABLE',
        operation: 'DescribeAppInstance',
      })),
    );
  });

  it('nulls only the configuration that needed it (termination under voiceConnectors)', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetVoiceConnectorTermination'] });
    const result = await gateway.query(`{
      voiceConnectors { nodes { name origination { disabled } termination { cpsLimit } } }
      globalSettings { voiceConnector { cdrBucket } }
    }`);

    expect(result.data!.globalSettings).not.toBeNull();
    const connectors = result.data!.voiceConnectors.nodes;
    expect(connectors.length).toBeGreaterThan(0);
    // The demo configures origination on some connectors: that sibling configuration still answers.
    expect(connectors.some((connector: any) => connector.origination !== null)).toBe(true);
    connectors.forEach((connector: any) => {
      expect(connector.name).toBeTruthy();
      expect(connector.termination).toBeNull();
    });
    expectFailures(
      result,
      connectors.map((_: unknown, i: number) => ({
        path: ['voiceConnectors', 'nodes', i, 'termination'],
        code: 'UPSTREAM_UNAVAILABLE',
        operation: 'GetVoiceConnectorTermination',
      })),
    );
  });

  it('nulls a root connection and globalSettings, and keeps the other roots', async () => {
    await gateway.faults({ errorRate: 1, operations: ['ListVoiceConnectors', 'GetGlobalSettings'] });
    const result = await gateway.query(`{
      voiceConnectors { nodes { name } }
      globalSettings { voiceConnector { cdrBucket } }
      accounts { nodes { name } }
    }`);

    expect(result.data!.voiceConnectors).toBeNull();
    expect(result.data!.globalSettings).toBeNull();
    expect(result.data!.accounts.nodes.length).toBeGreaterThan(0);
    expectFailures(result, [
      { path: ['voiceConnectors'], code: 'UPSTREAM_UNAVAILABLE', operation: 'ListVoiceConnectors' },
      { path: ['globalSettings'], code: 'UPSTREAM_UNAVAILABLE', operation: 'GetGlobalSettings' },
    ]);
  });
});
