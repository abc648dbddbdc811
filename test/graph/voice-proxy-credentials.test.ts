import {
  type ChimeSDKVoiceClient,
  GetVoiceConnectorProxyCommand,
  ListVoiceConnectorTerminationCredentialsCommand,
  NotFoundException,
  PutVoiceConnectorTerminationCredentialsCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../chime-local/voice-helpers.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { newVoiceConnector, voiceClient } from './voice-setup.ts';

let gateway: TestGateway;
let voice: ChimeSDKVoiceClient;
const { logger, entries } = capturingLogger('debug');

beforeAll(async () => {
  gateway = await startTestGateway({ logger });
  voice = voiceClient(gateway.local);
});
afterAll(async () => {
  voice.destroy();
  await gateway.close();
});
beforeEach(async () => {
  await gateway.resetStats();
  entries.length = 0;
});

const READ = `query ($id: String!) {
  voiceConnector(voiceConnectorId: $id) {
    name
    proxy { defaultSessionExpiryMinutes disabled fallbackPhoneNumber phoneNumberCountries }
    terminationCredentials
  }
}`;
const PUT_PROXY = `mutation ($input: PutVoiceConnectorProxyInput!) {
  putVoiceConnectorProxy(input: $input) {
    proxy { defaultSessionExpiryMinutes disabled fallbackPhoneNumber phoneNumberCountries }
    userErrors { field message code }
  }
}`;
const DELETE_PROXY = `mutation ($input: DeleteVoiceConnectorProxyInput!) {
  deleteVoiceConnectorProxy(input: $input) { voiceConnector { proxy { disabled } } userErrors { code } }
}`;
const PUT_CREDENTIALS = `mutation ($input: PutVoiceConnectorTerminationCredentialsInput!) {
  putVoiceConnectorTerminationCredentials(input: $input) {
    terminationCredentials
    voiceConnector { terminationCredentials }
    userErrors { field message code }
  }
}`;
const DELETE_CREDENTIALS = `mutation ($input: DeleteVoiceConnectorTerminationCredentialsInput!) {
  deleteVoiceConnectorTerminationCredentials(input: $input) {
    terminationCredentials
    userErrors { field message code }
  }
}`;

/** One mutation's payload, failing the test on GraphQL errors. */
async function mutate(document: string, input: Record<string, unknown>) {
  const result = await gateway.query(document, { input });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, any>;
}

describe('VoiceConnector.proxy', () => {
  it('is null until put, reads beside GetVoiceConnector, and is gone after delete', async () => {
    const id = await newVoiceConnector(voice, 'proxied');
    await gateway.resetStats();
    const before = await gateway.query(READ, { id });
    expect(before.errors).toBeUndefined();
    expect(before.data!.voiceConnector).toEqual({ name: 'proxied', proxy: null, terminationCredentials: [] });
    expect((await gateway.stats()).calls).toEqual({
      GetVoiceConnector: 1,
      GetVoiceConnectorProxy: 1,
      ListVoiceConnectorTerminationCredentials: 1,
    });

    await gateway.resetStats();
    const put = await mutate(PUT_PROXY, {
      voiceConnectorId: id,
      proxy: {
        defaultSessionExpiryMinutes: 45,
        phoneNumberCountries: ['US'],
        fallbackPhoneNumber: '+12065550100',
      },
    });
    const proxy = {
      defaultSessionExpiryMinutes: 45,
      disabled: false,
      fallbackPhoneNumber: '+12065550100',
      phoneNumberCountries: ['US'],
    };
    // The payload is the upstream's answer: no read after the put.
    expect(put).toEqual({ proxy, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ PutVoiceConnectorProxy: 1 });
    const { Proxy: stored } = await voice.send(new GetVoiceConnectorProxyCommand({ VoiceConnectorId: id }));
    expect(stored).toMatchObject({ DefaultSessionExpiryMinutes: 45, PhoneNumberCountries: ['US'] });
    expect((await gateway.query(READ, { id })).data!.voiceConnector.proxy).toEqual(proxy);

    await gateway.resetStats();
    const deleted = await mutate(DELETE_PROXY, { voiceConnectorId: id });
    expect(deleted).toEqual({ voiceConnector: { proxy: null }, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ DeleteVoiceConnectorProxy: 1, GetVoiceConnector: 1 });
    expect(
      await rejection(voice.send(new GetVoiceConnectorProxyCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('starts its read even when GetVoiceConnector fails', async () => {
    const id = await newVoiceConnector(voice, 'failing');
    await gateway.resetStats();
    await gateway.faults({ errorRate: 1, operations: ['GetVoiceConnector'] });
    try {
      await gateway.query(READ, { id });
    } finally {
      await gateway.faults({ errorRate: 0 });
    }
    expect((await gateway.stats()).calls).toMatchObject({
      GetVoiceConnectorProxy: 1,
      ListVoiceConnectorTerminationCredentials: 1,
    });
  });

  it.each([
    [{ defaultSessionExpiryMinutes: 0 }, ['input', 'proxy', 'defaultSessionExpiryMinutes'], 'at least 1'],
    [{ phoneNumberCountries: [] }, ['input', 'proxy', 'phoneNumberCountries'], 'at least 1 item'],
    [{ phoneNumberCountries: ['USA'] }, ['input', 'proxy', 'phoneNumberCountries', '0'], 'pattern'],
    [{ fallbackPhoneNumber: 'call me' }, ['input', 'proxy', 'fallbackPhoneNumber'], 'E.164'],
  ])('refuses %j before any call, naming the field', async (proxy, field, message) => {
    const result = await mutate(PUT_PROXY, {
      voiceConnectorId: 'abcdefghijklmnopqrstuv',
      proxy: { defaultSessionExpiryMinutes: 30, phoneNumberCountries: ['US'], ...proxy },
    });
    expect(result.proxy).toBeNull();
    expect(result.userErrors).toEqual([
      { field, message: expect.stringContaining(message), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reports an unknown voice connector as NOT_FOUND', async () => {
    const result = await mutate(PUT_PROXY, {
      voiceConnectorId: 'abcdefghijklmnopqrstuv',
      proxy: { defaultSessionExpiryMinutes: 30, phoneNumberCountries: ['US'] },
    });
    expect(result).toMatchObject({ proxy: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });
});

describe('VoiceConnector.terminationCredentials', () => {
  const PASSWORD = 'hunter2-very-secret';

  it('puts credentials, answers usernames only, and never logs, audits or returns a password', async () => {
    const id = await newVoiceConnector(voice, 'credentials');
    await gateway.resetStats();
    const put = await gateway.query(PUT_CREDENTIALS, {
      input: {
        voiceConnectorId: id,
        credentials: [
          { username: 'jdoe', password: PASSWORD },
          { username: 'asmith', password: `${PASSWORD}-2` },
        ],
      },
    });
    expect(put.errors).toBeUndefined();
    expect(put.data!.putVoiceConnectorTerminationCredentials).toEqual({
      terminationCredentials: ['jdoe', 'asmith'],
      voiceConnector: { terminationCredentials: ['jdoe', 'asmith'] },
      userErrors: [],
    });
    // The put answers nothing: the usernames are read again, once for both fields.
    expect((await gateway.stats()).calls).toEqual({
      PutVoiceConnectorTerminationCredentials: 1,
      GetVoiceConnector: 1,
      ListVoiceConnectorTerminationCredentials: 1,
    });
    const { Usernames } = await voice.send(
      new ListVoiceConnectorTerminationCredentialsCommand({ VoiceConnectorId: id }),
    );
    expect(Usernames).toEqual(['jdoe', 'asmith']);

    const audit = entries.filter((entry) => entry.logger === 'audit');
    expect(audit).toEqual([
      expect.objectContaining({
        mutation: 'putVoiceConnectorTerminationCredentials',
        ids: { voiceConnectorId: id },
        outcome: 'ok',
      }),
    ]);
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    expect(JSON.stringify(put)).not.toContain(PASSWORD);
  });

  it('refuses a bad password naming its field, never its value, before any call', async () => {
    const result = await gateway.query(PUT_CREDENTIALS, {
      input: {
        voiceConnectorId: 'abcdefghijklmnopqrstuv',
        credentials: [{ username: 'jdoe', password: `${PASSWORD}\u00e9` }],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.putVoiceConnectorTerminationCredentials.userErrors).toEqual([
      {
        field: ['input', 'credentials', '0', 'password'],
        message: expect.stringContaining('credentials[0].password must be printable US-ASCII'),
        code: 'INVALID',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
  });

  it.each([
    [{ password: PASSWORD }, 'Field "username" of required type "String!" was not provided'],
    [{ username: 'jdoe', password: PASSWORD, realm: 'x' }, 'Field "realm" is not defined'],
    [{ username: 'jdoe', password: 20240101 }, 'String cannot represent a non string value'],
    [{ username: 'jdoe', password: `say "${PASSWORD}"`, realm: 1 }, 'Field "realm" is not defined'],
  ])(
    'refuses a credential %j that does not coerce without repeating its password',
    async (credential, message) => {
      const result = await gateway.query(PUT_CREDENTIALS, {
        input: { voiceConnectorId: 'abcdefghijklmnopqrstuv', credentials: [credential] },
      });
      expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
      expect(result.errors![0]!.message).toContain('[redacted]');
      const text = JSON.stringify(result);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('20240101');
      expect(JSON.stringify(entries)).not.toContain(PASSWORD);
      expect((await gateway.stats()).total).toBe(0);
    },
  );

  it.each([
    [[], ['input', 'credentials'], 'at least 1 item'],
    [
      [
        { username: 'jdoe', password: 'a' },
        { username: 'jdoe', password: 'b' },
      ],
      ['input', 'credentials'],
      'must not repeat a username',
    ],
    [[{ username: '', password: 'a' }], ['input', 'credentials', '0', 'username'], 'at least 1 character'],
  ])('refuses credentials %j before any call', async (credentials, field, message) => {
    const result = await mutate(PUT_CREDENTIALS, { voiceConnectorId: 'abcdefghijklmnopqrstuv', credentials });
    expect(result.userErrors).toEqual([
      { field, message: expect.stringContaining(message), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('deletes credentials by username and answers the usernames left', async () => {
    const id = await newVoiceConnector(voice, 'pruned');
    await voice.send(
      new PutVoiceConnectorTerminationCredentialsCommand({
        VoiceConnectorId: id,
        Credentials: [
          { Username: 'keep', Password: 'one' },
          { Username: 'drop', Password: 'two' },
        ],
      }),
    );
    // Read first, so that the delete has a cached list to forget.
    expect((await gateway.query(READ, { id })).data!.voiceConnector.terminationCredentials).toEqual([
      'keep',
      'drop',
    ]);
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($id: String!) {
        d: deleteVoiceConnectorTerminationCredentials(input: { voiceConnectorId: $id, usernames: ["drop"] }) {
          terminationCredentials userErrors { code }
        }
      }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.d).toEqual({ terminationCredentials: ['keep'], userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({
      DeleteVoiceConnectorTerminationCredentials: 1,
      ListVoiceConnectorTerminationCredentials: 1,
    });
    expect((await gateway.query(READ, { id })).data!.voiceConnector.terminationCredentials).toEqual(['keep']);
  });

  it('refuses to delete no usernames, before any call', async () => {
    const result = await mutate(DELETE_CREDENTIALS, {
      voiceConnectorId: 'abcdefghijklmnopqrstuv',
      usernames: [],
    });
    expect(result.userErrors).toEqual([
      { field: ['input', 'usernames'], message: expect.stringContaining('at least 1 item'), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('is null on an unknown voice connector, and a write to one is NOT_FOUND', async () => {
    const result = await mutate(DELETE_CREDENTIALS, {
      voiceConnectorId: 'abcdefghijklmnopqrstuv',
      usernames: ['jdoe'],
    });
    expect(result).toMatchObject({ terminationCredentials: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });
});
