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
  it('reads the first list page for several ids, and Gets only what that page did not hold', async () => {
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
    // The page was not the whole list, so the two ids it lacked were each asked for (one of them is unknown).
    expect((await gateway.stats()).calls).toEqual({ ListVoiceConnectors: 1, GetVoiceConnector: 2 });
  });
});
