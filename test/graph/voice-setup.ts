import {
  AssociatePhoneNumbersWithVoiceConnectorCommand,
  AssociatePhoneNumbersWithVoiceConnectorGroupCommand,
  type ChimeSDKVoiceClient,
  CreateProxySessionCommand,
  type CreateProxySessionCommandInput,
  CreateVoiceConnectorGroupCommand,
  type VoiceConnectorItem,
} from '@aws-sdk/client-chime-sdk-voice';
import { expect } from 'vitest';
import { newVoiceConnector, orderNumbers } from '../chime-local/voice-helpers.ts';

export { e164s, newVoiceConnector, orderNumbers, voiceClient } from '../chime-local/voice-helpers.ts';

/** A new voice connector with `numbers` ordered and associated. */
export async function connectorWithNumbers(
  voice: ChimeSDKVoiceClient,
  name: string,
  numbers: string[],
): Promise<string> {
  const id = await newVoiceConnector(voice, name);
  if (numbers.length > 0) {
    await orderNumbers(voice, numbers);
    const { PhoneNumberErrors } = await voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({ VoiceConnectorId: id, E164PhoneNumbers: numbers }),
    );
    expect(PhoneNumberErrors ?? []).toEqual([]);
  }
  return id;
}

/** A new voice connector group routing to `items`, with `numbers` ordered and associated. */
export async function groupWithNumbers(
  voice: ChimeSDKVoiceClient,
  name: string,
  items: VoiceConnectorItem[],
  numbers: string[],
): Promise<string> {
  const { VoiceConnectorGroup } = await voice.send(
    new CreateVoiceConnectorGroupCommand({ Name: name, VoiceConnectorItems: items }),
  );
  const id = VoiceConnectorGroup!.VoiceConnectorGroupId!;
  if (numbers.length > 0) {
    await orderNumbers(voice, numbers);
    const { PhoneNumberErrors } = await voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: id,
        E164PhoneNumbers: numbers,
      }),
    );
    expect(PhoneNumberErrors ?? []).toEqual([]);
  }
  return id;
}

/** A new proxy session between two participants no other session of the test uses (index picks them). */
export async function newProxySession(
  voice: ChimeSDKVoiceClient,
  voiceConnectorId: string,
  index: number,
  input: Partial<CreateProxySessionCommandInput> = {},
): Promise<string> {
  const { ProxySession } = await voice.send(
    new CreateProxySessionCommand({
      VoiceConnectorId: voiceConnectorId,
      ParticipantPhoneNumbers: [
        `+1206555${String(1000 + index).padStart(4, '0')}`,
        `+1425555${String(1000 + index).padStart(4, '0')}`,
      ],
      Capabilities: ['Voice', 'SMS'],
      Name: `session${index}`,
      ...input,
    }),
  );
  return ProxySession!.ProxySessionId!;
}
