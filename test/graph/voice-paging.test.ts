import {
  type ChimeSDKVoiceClient,
  paginateListPhoneNumbers,
  paginateListProxySessions,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_VOICE_CONNECTOR_NAMES } from '../../src/chime-local/voice/seed.ts';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { voiceClient } from './voice-setup.ts';

/** Paging over more than one upstream page, on the demo seed's Main Trunk (120 numbers, 120 proxy sessions). */
let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
let mainTrunk: string;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
  voice = voiceClient(gateway.local);
  const result = await gateway.query('{ voiceConnectors { nodes { voiceConnectorId name } } }');
  mainTrunk = result.data!.voiceConnectors.nodes.find(
    (node: { name: string }) => node.name === DEMO_VOICE_CONNECTOR_NAMES.main,
  ).voiceConnectorId;
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** Every item of a connection, following endCursor; also how many GraphQL pages it took. */
async function walk(document: string, pick: (data: any) => any, first: number) {
  const keys: string[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const result: GraphQLResponse = await gateway.query(document, { id: mainTrunk, first, after });
    expect(result.errors).toBeUndefined();
    const connection = pick(result.data);
    keys.push(...connection.edges.map((edge: { node: { key: string } }) => edge.node.key));
    if (!connection.pageInfo.hasNextPage) return { keys, pages };
    after = connection.pageInfo.endCursor;
  }
}

describe('voice connections across upstream pages', () => {
  it('walks 120 proxy sessions to the end, each once, in the order the SDK paginator sees them', async () => {
    const expected: string[] = [];
    for await (const page of paginateListProxySessions({ client: voice }, { VoiceConnectorId: mainTrunk }))
      expected.push(...(page.ProxySessions ?? []).map((session) => session.ProxySessionId!));
    expect(expected).toHaveLength(120);
    await gateway.resetStats();

    const { keys, pages } = await walk(
      `query ($id: String!, $first: Int, $after: String) {
        voiceConnector(voiceConnectorId: $id) {
          proxySessions(first: $first, after: $after) { edges { node { key: proxySessionId } } pageInfo { hasNextPage endCursor } }
        }
      }`,
      (data) => data.voiceConnector.proxySessions,
      50,
    );
    expect(pages).toBe(3);
    expect(keys).toEqual(expected);
    const lists = (await gateway.stats()).requests.filter(
      (request) => request.operation === 'ListProxySessions',
    );
    expect(lists.map((request) => request.query['max-results'])).toEqual(['50', '50', '50']);
  });

  it('fills first: 100 from two upstream pages, asking the second only for what is missing', async () => {
    const result = await gateway.query(
      `query ($id: String!) {
        voiceConnector(voiceConnectorId: $id) {
          phoneNumbers(first: 100) { nodes { e164PhoneNumber } pageInfo { hasNextPage } }
          proxySessions(first: 100, status: CLOSED) { nodes { status } pageInfo { hasNextPage } }
        }
      }`,
      { id: mainTrunk },
    );
    expect(result.errors).toBeUndefined();
    const connector = result.data!.voiceConnector;
    expect(connector.phoneNumbers.nodes).toHaveLength(100);
    expect(connector.phoneNumbers.pageInfo.hasNextPage).toBe(true);
    expect(connector.proxySessions.nodes).toHaveLength(40);
    expect(connector.proxySessions.nodes.every((node: any) => node.status === 'CLOSED')).toBe(true);
    expect(connector.proxySessions.pageInfo.hasNextPage).toBe(false);
    const { calls, requests } = await gateway.stats();
    expect(calls).toEqual({ GetVoiceConnector: 1, ListPhoneNumbers: 2, ListProxySessions: 1 });
    const numberPages = requests.filter((request) => request.operation === 'ListPhoneNumbers');
    expect(numberPages.map((request) => request.query['max-results'])).toEqual(['99', '1']);
  });

  it('walks the 120 numbers of a voice connector to the end, each once, as the SDK lists them', async () => {
    const expected: string[] = [];
    for await (const page of paginateListPhoneNumbers(
      { client: voice },
      { FilterName: 'VoiceConnectorId', FilterValue: mainTrunk },
    ))
      expected.push(...(page.PhoneNumbers ?? []).map((number) => number.E164PhoneNumber!));
    expect(expected).toHaveLength(120);

    const { keys, pages } = await walk(
      `query ($id: String!, $first: Int, $after: String) {
        voiceConnector(voiceConnectorId: $id) {
          phoneNumbers(first: $first, after: $after) { edges { node { key: e164PhoneNumber } } pageInfo { hasNextPage endCursor } }
        }
      }`,
      (data) => data.voiceConnector.phoneNumbers,
      100,
    );
    expect(pages).toBe(2);
    expect(keys).toEqual(expected);
  });

  it('answers the demo group’s voice connectors with one list, and never refetches listed connectors', async () => {
    const groups = await gateway.query(
      '{ voiceConnectorGroups { nodes { name voiceConnectorItems { priority voiceConnector { name } } } } }',
    );
    expect(groups.errors).toBeUndefined();
    expect(groups.data!.voiceConnectorGroups.nodes).toEqual([
      {
        name: 'Primary Group',
        voiceConnectorItems: [
          { priority: 1, voiceConnector: { name: DEMO_VOICE_CONNECTOR_NAMES.main } },
          { priority: 2, voiceConnector: { name: DEMO_VOICE_CONNECTOR_NAMES.backup } },
        ],
      },
    ]);
    // Two items, two connectors: one ListVoiceConnectors page answers both.
    expect((await gateway.stats()).calls).toEqual({ ListVoiceConnectorGroups: 1, ListVoiceConnectors: 1 });

    await gateway.resetStats();
    const connectors = await gateway.query(
      '{ voiceConnectors { nodes { name proxySessions(first: 2) { nodes { voiceConnector { name } } } } } }',
    );
    expect(connectors.errors).toBeUndefined();
    const main = connectors.data!.voiceConnectors.nodes.find(
      (node: { name: string }) => node.name === DEMO_VOICE_CONNECTOR_NAMES.main,
    );
    expect(main.proxySessions.nodes).toEqual([
      { voiceConnector: { name: DEMO_VOICE_CONNECTOR_NAMES.main } },
      { voiceConnector: { name: DEMO_VOICE_CONNECTOR_NAMES.main } },
    ]);
    // The sessions' connector came with the list: no Get.
    expect((await gateway.stats()).calls).toEqual({ ListVoiceConnectors: 1, ListProxySessions: 3 });
  });
});
