import {
  BadRequestException,
  ChimeSDKVoiceClient,
  CreatePhoneNumberOrderCommand,
  CreateVoiceConnectorCommand,
  GetPhoneNumberCommand,
  type PhoneNumber,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';

/** A Chime SDK Voice client pointed at a chime-local; one attempt, so errors surface at once. */
export function voiceClient(local: ChimeLocal): ChimeSDKVoiceClient {
  return new ChimeSDKVoiceClient({
    endpoint: local.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** The voice client of a chime-local a test file runs against; set once the file's first `beforeAll` has run. */
export interface VoiceLocal {
  voice: ChimeSDKVoiceClient;
}

/**
 * Starts a chime-local (`seed`: none unless told) with a voice client before the calling file's
 * tests, and closes both after them. Register it before the file's other hooks, which may use it.
 */
export function useVoiceLocal(seed: 'none' | 'demo' = 'none'): VoiceLocal {
  let local: ChimeLocal;
  const fixture = {} as VoiceLocal;
  beforeAll(async () => {
    local = await startChimeLocal({ port: 0, seed });
    fixture.voice = voiceClient(local);
  });
  afterAll(async () => {
    fixture.voice.destroy();
    await local.close();
  });
  return fixture;
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Asserts that a call fails with 400 BadRequestException whose message names `parameter`. */
export async function expectBadRequest(promise: Promise<unknown>, parameter: string): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(BadRequestException);
  expect(error.message).toContain(parameter);
}

/** `count` made-up E.164 numbers `+1 <areaCode> 555 <from>…`, distinct per (areaCode, from). */
export function e164s(areaCode: string, count: number, from = 100): string[] {
  return Array.from(
    { length: count },
    (_, index) => `+1${areaCode}555${String(from + index).padStart(4, '0')}`,
  );
}

/** Puts numbers in the inventory with a (completing at once) CreatePhoneNumberOrder. */
export async function orderNumbers(
  client: ChimeSDKVoiceClient,
  numbers: string[],
  productType: 'VoiceConnector' | 'SipMediaApplicationDialIn' = 'VoiceConnector',
): Promise<void> {
  const { PhoneNumberOrder } = await client.send(
    new CreatePhoneNumberOrderCommand({ ProductType: productType, E164PhoneNumbers: numbers }),
  );
  expect(PhoneNumberOrder?.Status).toBe('Successful');
}

/** A new voice connector's id. */
export async function newVoiceConnector(client: ChimeSDKVoiceClient, name = 'trunk'): Promise<string> {
  const { VoiceConnector } = await client.send(
    new CreateVoiceConnectorCommand({ Name: name, RequireEncryption: true }),
  );
  return VoiceConnector?.VoiceConnectorId as string;
}

/** A number as GetPhoneNumber answers it (by its E.164 number). */
export async function phoneNumber(client: ChimeSDKVoiceClient, e164: string): Promise<PhoneNumber> {
  const { PhoneNumber: number } = await client.send(new GetPhoneNumberCommand({ PhoneNumberId: e164 }));
  return number as PhoneNumber;
}
