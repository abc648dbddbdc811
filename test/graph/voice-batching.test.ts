import type { ChimeSDKVoiceClient } from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { newVoiceConnector, voiceClient } from './voice-setup.ts';

/** More voice connectors than one ListVoiceConnectors page (99) holds. */
let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
const connectorIds: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
  voice = voiceClient(gateway.local);
  for (let index = 0; index < 101; index += 1)
    connectorIds.push(await newVoiceConnector(voice, `trunk${String(index).padStart(3, '0')}`));
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});

describe('voice connectors loaded in a batch', () => {
  it('answers several ids from the list while that costs fewer calls than their Gets', async () => {
    const nodeId = (id: string) => Buffer.from(`VoiceConnector:${id}`).toString('base64');
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on VoiceConnector { name } } }`,
      {
        ids: [connectorIds[0], connectorIds[50], connectorIds[100], 'abcdefghijklmnopqrstuv'].map((id) =>
          nodeId(id!),
        ),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { name: 'trunk000' },
      { name: 'trunk050' },
      { name: 'trunk100' },
      null,
    ]);
    // Page 1 (99 connectors) holds two of the four ids, page 2 the third; the id no page held costs a Get (404).
    expect((await gateway.stats()).calls).toEqual({ ListVoiceConnectors: 2, GetVoiceConnector: 1 });
  });
});
