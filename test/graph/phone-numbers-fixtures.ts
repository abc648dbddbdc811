import {
  AssociatePhoneNumberWithUserCommand,
  CreateAccountCommand,
  CreatePhoneNumberOrderCommand,
  CreateUserCommand,
  type PhoneNumberProductType,
  ChimeClient as SdkChimeClient,
} from '@aws-sdk/client-chime';
import {
  AssociatePhoneNumbersWithVoiceConnectorCommand,
  ChimeSDKVoiceClient,
  CreateVoiceConnectorCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { expect } from 'vitest';
import type { TestGateway } from '../support/gateway.ts';

const clientOptions = (gateway: TestGateway) => ({
  endpoint: gateway.local.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});

/** The official admin client (legacy Chime) the graph tests build data with and read results back through. */
export function adminSdk(gateway: TestGateway): SdkChimeClient {
  return new SdkChimeClient(clientOptions(gateway));
}

/** The official clients the phone number tests build data with and read results back through. */
export function sdkClients(gateway: TestGateway) {
  return {
    chime: adminSdk(gateway),
    voice: new ChimeSDKVoiceClient(clientOptions(gateway)),
  };
}

/** `count` made-up US numbers `+1 <areaCode> 555 <from>…`. */
export function e164s(areaCode: string, count: number, from = 100): string[] {
  return Array.from(
    { length: count },
    (_, index) => `+1${areaCode}555${String(from + index).padStart(4, '0')}`,
  );
}

/** Puts numbers in the inventory (chime-local completes the order at once). */
export async function orderNumbers(
  chime: SdkChimeClient,
  numbers: string[],
  productType: PhoneNumberProductType = 'BusinessCalling',
): Promise<void> {
  const { PhoneNumberOrder } = await chime.send(
    new CreatePhoneNumberOrderCommand({ ProductType: productType, E164PhoneNumbers: numbers }),
  );
  expect(PhoneNumberOrder?.Status).toBe('Successful');
}

/** A new account with `count` users, user `i` holding `numbers[i]` when there is one; answers the ids. */
export async function accountWithUsers(
  chime: SdkChimeClient,
  name: string,
  count: number,
  numbers: string[] = [],
): Promise<{ accountId: string; userIds: string[] }> {
  const { Account } = await chime.send(new CreateAccountCommand({ Name: name }));
  const accountId = Account!.AccountId!;
  const userIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const slug = name.toLowerCase().replace(/\W+/g, '-');
    const { User } = await chime.send(
      new CreateUserCommand({ AccountId: accountId, Email: `user${index}@${slug}.example` }),
    );
    userIds.push(User!.UserId!);
    const number = numbers[index];
    if (number)
      await chime.send(
        new AssociatePhoneNumberWithUserCommand({
          AccountId: accountId,
          UserId: User!.UserId!,
          E164PhoneNumber: number,
        }),
      );
  }
  return { accountId, userIds };
}

/** A new voice connector holding `numbers` (VoiceConnector product type); answers its id. */
export async function voiceConnectorWith(voice: ChimeSDKVoiceClient, numbers: string[]): Promise<string> {
  const { VoiceConnector } = await voice.send(
    new CreateVoiceConnectorCommand({ Name: 'trunk', RequireEncryption: true }),
  );
  const voiceConnectorId = VoiceConnector!.VoiceConnectorId!;
  const { PhoneNumberErrors } = await voice.send(
    new AssociatePhoneNumbersWithVoiceConnectorCommand({
      VoiceConnectorId: voiceConnectorId,
      E164PhoneNumbers: numbers,
    }),
  );
  expect(PhoneNumberErrors ?? []).toEqual([]);
  return voiceConnectorId;
}
