import {
  type ChimeSDKVoiceClient,
  GetProxySessionCommand,
  ListProxySessionsCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../chime-local/voice-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { connectorWithNumbers, e164s, newProxySession, voiceClient } from './voice-setup.ts';

let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
let connector: string;
let closedSession: string;
let sessionIndex = 0;

beforeAll(async () => {
  gateway = await startTestGateway();
  voice = voiceClient(gateway.local);
  connector = await connectorWithNumbers(voice, 'proxies', e164s('401', 3));
  closedSession = await newProxySession(voice, connector, 999, { ExpiryMinutes: 1 });
  // The session runs out: chime-local closes it when it is next asked (its clock is this process's).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 2 * 60_000);
  await voice.send(new ListProxySessionsCommand({ VoiceConnectorId: connector }));
  vi.useRealTimers();
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** A new open session on the connector, between participants no other test uses. */
const freshSession = () => newProxySession(voice, connector, sessionIndex++);

const sdkSession = async (proxySessionId: string) =>
  (
    await voice.send(
      new GetProxySessionCommand({ VoiceConnectorId: connector, ProxySessionId: proxySessionId }),
    )
  ).ProxySession!;

const UPDATE = `mutation ($input: UpdateProxySessionInput!) {
  updateProxySession(input: $input) {
    proxySession { id proxySessionId status capabilities expiryMinutes }
    userErrors { field message code }
  }
}`;

describe('updateProxySession', () => {
  it('changes capabilities and expiry, answers from the upstream’s reply, and both reads agree afterwards', async () => {
    const proxySessionId = await freshSession();
    await gateway.resetStats();
    const result = await gateway.query(UPDATE, {
      input: { voiceConnectorId: connector, proxySessionId, capabilities: ['VOICE'], expiryMinutes: 90 },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateProxySession).toMatchObject({
      proxySession: { proxySessionId, status: 'OPEN', capabilities: ['VOICE'], expiryMinutes: 90 },
      userErrors: [],
    });
    // The payload came from UpdateProxySession's answer: no GetProxySession.
    expect((await gateway.stats()).calls).toEqual({ UpdateProxySession: 1 });

    const fresh = await gateway.query(
      `query ($id: ID!) { node(id: $id) { ... on ProxySession { capabilities expiryMinutes } } }`,
      {
        id: result.data!.updateProxySession.proxySession.id,
      },
    );
    expect(fresh.data!.node).toEqual({ capabilities: ['VOICE'], expiryMinutes: 90 });
    expect(await sdkSession(proxySessionId)).toMatchObject({ Capabilities: ['Voice'], ExpiryMinutes: 90 });
  });

  it('lets later mutations and payload fields of the same document see each change', async () => {
    const proxySessionId = await freshSession();
    const input = { voiceConnectorId: connector, proxySessionId };
    const result = await gateway.query(
      `mutation ($first: UpdateProxySessionInput!, $second: UpdateProxySessionInput!, $delete: DeleteProxySessionInput!) {
        first: updateProxySession(input: $first) { proxySession { capabilities expiryMinutes } }
        second: updateProxySession(input: $second) { proxySession { capabilities expiryMinutes } }
        deleteProxySession(input: $delete) {
          deletedProxySessionId
          voiceConnector { proxySessions(first: 100) { nodes { proxySessionId } } }
        }
        again: updateProxySession(input: $second) { proxySession { proxySessionId } userErrors { code message } }
      }`,
      {
        first: { ...input, capabilities: ['SMS'], expiryMinutes: 30 },
        second: { ...input, capabilities: ['VOICE', 'SMS'] },
        delete: input,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.first.proxySession).toEqual({ capabilities: ['SMS'], expiryMinutes: 30 });
    expect(result.data!.second.proxySession).toEqual({ capabilities: ['SMS', 'VOICE'], expiryMinutes: 30 });
    const remaining = result.data!.deleteProxySession.voiceConnector.proxySessions.nodes;
    expect(remaining.map((node: { proxySessionId: string }) => node.proxySessionId)).not.toContain(
      proxySessionId,
    );
    expect(result.data!.again).toEqual({
      proxySession: null,
      userErrors: [{ code: 'NOT_FOUND', message: expect.stringContaining(proxySessionId) }],
    });
  });

  it.each([
    [{ capabilities: [] }, ['input', 'capabilities'], 'capabilities must have at least 1 item, got 0'],
    [{ expiryMinutes: 0 }, ['input', 'expiryMinutes'], 'expiryMinutes must be at least 1, got 0'],
    [{ proxySessionId: '   ' }, ['input', 'proxySessionId'], 'proxySessionId must match the pattern .*\\S.*'],
    [
      { proxySessionId: 'x'.repeat(129) },
      ['input', 'proxySessionId'],
      'at most 128 characters long, got 129',
    ],
    [{ voiceConnectorId: '' }, ['input', 'voiceConnectorId'], 'at least 1 character long, got 0'],
  ])('refuses %j before any upstream call', async (change, field, message) => {
    const result = await gateway.query(UPDATE, {
      input: {
        voiceConnectorId: connector,
        proxySessionId: 'some-session',
        capabilities: ['VOICE'],
        ...change,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateProxySession).toEqual({
      proxySession: null,
      userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reports a closed session, and an unknown one, as user errors', async () => {
    const closed = await gateway.query(UPDATE, {
      input: { voiceConnectorId: connector, proxySessionId: closedSession, capabilities: ['VOICE'] },
    });
    expect(closed.data!.updateProxySession).toEqual({
      proxySession: null,
      userErrors: [{ field: null, message: expect.stringMatching(/Closed/), code: 'INVALID' }],
    });
    const unknown = await gateway.query(UPDATE, {
      input: { voiceConnectorId: connector, proxySessionId: 'no-such-session', capabilities: ['VOICE'] },
    });
    expect(unknown.data!.updateProxySession.userErrors[0].code).toBe('NOT_FOUND');
    expect((await gateway.stats()).calls).toEqual({ UpdateProxySession: 2 });
  });

  it('turns an upstream outage into a coded GraphQL error', async () => {
    await gateway.faults({ errorRate: 1, operations: ['UpdateProxySession'] });
    try {
      const result = await gateway.query(UPDATE, {
        input: { voiceConnectorId: connector, proxySessionId: closedSession, capabilities: ['VOICE'] },
      });
      expect(result.errors![0]).toMatchObject({
        path: ['updateProxySession'],
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: { operation: 'UpdateProxySession', status: 500 },
        },
      });
    } finally {
      await gateway.faults({});
    }
  });
});

const CREATE = `mutation ($input: CreateProxySessionInput!) {
  createProxySession(input: $input) {
    proxySession { id proxySessionId voiceConnectorId name status capabilities expiryMinutes numberSelectionBehavior
      geoMatchLevel geoMatchParams { country areaCode } participants { phoneNumber proxyPhoneNumber } }
    userErrors { field message code }
  }
}`;

describe('createProxySession and deleteProxySession', () => {
  it('opens a session, reads it back in a fresh request and through the SDK, then deletes it', async () => {
    const created = await gateway.query(CREATE, {
      input: {
        voiceConnectorId: connector,
        participantPhoneNumbers: ['+12065557001', '+14255557001'],
        capabilities: ['SMS', 'VOICE'],
        expiryMinutes: 60,
        name: 'pickup1',
        numberSelectionBehavior: 'AVOID_STICKY',
        geoMatchLevel: 'COUNTRY',
        geoMatchParams: { country: 'US', areaCode: '' },
      },
    });
    expect(created.errors).toBeUndefined();
    const session = created.data!.createProxySession.proxySession;
    expect(session).toMatchObject({
      voiceConnectorId: connector,
      name: 'pickup1',
      status: 'OPEN',
      capabilities: ['SMS', 'VOICE'],
      expiryMinutes: 60,
      numberSelectionBehavior: 'AVOID_STICKY',
      geoMatchLevel: 'COUNTRY',
      geoMatchParams: { country: 'US', areaCode: '' },
    });
    expect(session.participants.map((participant: any) => participant.phoneNumber)).toEqual([
      '+12065557001',
      '+14255557001',
    ]);
    expect((await gateway.stats()).calls).toEqual({ CreateProxySession: 1 });

    const fresh = await gateway.query(
      `query ($id: ID!) { node(id: $id) { ... on ProxySession { name status } } }`,
      {
        id: session.id,
      },
    );
    expect(fresh.data!.node).toEqual({ name: 'pickup1', status: 'OPEN' });
    expect(await sdkSession(session.proxySessionId)).toMatchObject({
      Name: 'pickup1',
      NumberSelectionBehavior: 'AvoidSticky',
      GeoMatchParams: { Country: 'US', AreaCode: '' },
    });

    const deleted = await gateway.query(
      `mutation ($input: DeleteProxySessionInput!) {
        deleteProxySession(input: $input) { deletedProxySessionId deletedId userErrors { code } }
      }`,
      { input: { voiceConnectorId: connector, proxySessionId: session.proxySessionId } },
    );
    expect(deleted.data!.deleteProxySession).toEqual({
      deletedProxySessionId: session.proxySessionId,
      deletedId: session.id,
      userErrors: [],
    });
    const gone = await gateway.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: session.id });
    expect(gone).toEqual({ data: { node: null } });
    expect(await rejection(sdkSession(session.proxySessionId))).toBeInstanceOf(NotFoundException);
  });

  it.each([
    [
      { participantPhoneNumbers: ['+12065550100'] },
      ['input', 'participantPhoneNumbers'],
      'must have exactly 2 items, got 1',
    ],
    [
      { participantPhoneNumbers: ['+12065550100', '2065550101x'] },
      ['input', 'participantPhoneNumbers', '1'],
      'participantPhoneNumbers[1] must match the pattern ^\\+?[1-9]\\d{1,14}$',
    ],
    [{ capabilities: [] }, ['input', 'capabilities'], 'capabilities must have at least 1 item, got 0'],
    [{ expiryMinutes: -5 }, ['input', 'expiryMinutes'], 'expiryMinutes must be at least 1, got -5'],
    [{ name: 'has spaces' }, ['input', 'name'], 'name must match the pattern ^$|^[a-zA-Z0-9]{0,30}$'],
    [
      { geoMatchParams: { country: 'usa', areaCode: '206' } },
      ['input', 'geoMatchParams', 'country'],
      'geoMatchParams.country must match the pattern ^$|^[A-Z]{2,2}$',
    ],
    [
      { geoMatchParams: { country: 'US', areaCode: '20' } },
      ['input', 'geoMatchParams', 'areaCode'],
      'geoMatchParams.areaCode must match the pattern ^$|^[0-9]{3,3}$',
    ],
  ])('refuses %j before any upstream call', async (change, field, message) => {
    const result = await gateway.query(CREATE, {
      input: {
        voiceConnectorId: connector,
        participantPhoneNumbers: ['+12065557101', '+14255557101'],
        capabilities: ['VOICE'],
        ...change,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createProxySession).toEqual({
      proxySession: null,
      userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('passes on the upstream’s own refusals as user errors (a geo match level without its params)', async () => {
    const result = await gateway.query(CREATE, {
      input: {
        voiceConnectorId: connector,
        participantPhoneNumbers: ['+12065557201', '+14255557201'],
        capabilities: ['VOICE'],
        geoMatchLevel: 'AREA_CODE',
      },
    });
    expect(result.data!.createProxySession).toEqual({
      proxySession: null,
      userErrors: [{ field: null, message: expect.stringContaining('GeoMatchParams'), code: 'INVALID' }],
    });
    const missing = await gateway.query(
      `mutation { deleteProxySession(input: { voiceConnectorId: "${connector}", proxySessionId: "nope" }) { userErrors { code } } }`,
    );
    expect(missing.data!.deleteProxySession.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});
