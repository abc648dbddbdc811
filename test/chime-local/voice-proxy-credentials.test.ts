import {
  DeleteVoiceConnectorCommand,
  DeleteVoiceConnectorProxyCommand,
  DeleteVoiceConnectorTerminationCredentialsCommand,
  GetVoiceConnectorProxyCommand,
  ListVoiceConnectorTerminationCredentialsCommand,
  NotFoundException,
  PutVoiceConnectorProxyCommand,
  PutVoiceConnectorTerminationCredentialsCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { describe, expect, it } from 'vitest';
import { expectBadRequest, newVoiceConnector, rejection, useVoiceLocal } from './voice-helpers.ts';

const chime = useVoiceLocal();

describe('the proxy configuration', () => {
  it('is not found until put; put, read back, delete', async () => {
    const id = await newVoiceConnector(chime.voice);
    for (const command of [
      new GetVoiceConnectorProxyCommand({ VoiceConnectorId: id }),
      new DeleteVoiceConnectorProxyCommand({ VoiceConnectorId: id }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);

    const put = await chime.voice.send(
      new PutVoiceConnectorProxyCommand({
        VoiceConnectorId: id,
        DefaultSessionExpiryMinutes: 60,
        PhoneNumberPoolCountries: ['US', 'CA'],
        FallBackPhoneNumber: '+12065550100',
      }),
    );
    const proxy = {
      DefaultSessionExpiryMinutes: 60,
      Disabled: false,
      FallBackPhoneNumber: '+12065550100',
      PhoneNumberCountries: ['US', 'CA'],
    };
    expect(put.Proxy).toEqual(proxy);
    const { Proxy: read } = await chime.voice.send(
      new GetVoiceConnectorProxyCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(proxy);

    const { $metadata } = await chime.voice.send(
      new DeleteVoiceConnectorProxyCommand({ VoiceConnectorId: id }),
    );
    expect($metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorProxyCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('refuses what the reference forbids, naming the member', async () => {
    const id = await newVoiceConnector(chime.voice);
    const put = (input: Partial<ConstructorParameters<typeof PutVoiceConnectorProxyCommand>[0]>) =>
      chime.voice.send(
        new PutVoiceConnectorProxyCommand({
          VoiceConnectorId: id,
          DefaultSessionExpiryMinutes: 30,
          PhoneNumberPoolCountries: ['US'],
          ...input,
        }),
      );
    await expectBadRequest(put({ PhoneNumberPoolCountries: [] }), 'PhoneNumberPoolCountries');
    await expectBadRequest(put({ PhoneNumberPoolCountries: ['usa'] }), 'PhoneNumberPoolCountries');
    await expectBadRequest(put({ FallBackPhoneNumber: '0800' }), 'FallBackPhoneNumber');
    await expectBadRequest(put({ DefaultSessionExpiryMinutes: 0 }), 'DefaultSessionExpiryMinutes');
  });

  it('is not found on an unknown voice connector', async () => {
    const error = await rejection(
      chime.voice.send(
        new PutVoiceConnectorProxyCommand({
          VoiceConnectorId: 'nosuchconnector',
          DefaultSessionExpiryMinutes: 30,
          PhoneNumberPoolCountries: ['US'],
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('termination credentials', () => {
  const list = async (id: string) =>
    (await chime.voice.send(new ListVoiceConnectorTerminationCredentialsCommand({ VoiceConnectorId: id })))
      .Usernames;

  it('lists usernames only; put adds or replaces, delete removes', async () => {
    const id = await newVoiceConnector(chime.voice);
    expect(await list(id)).toEqual([]);

    const put = await chime.voice.send(
      new PutVoiceConnectorTerminationCredentialsCommand({
        VoiceConnectorId: id,
        Credentials: [
          { Username: 'jdoe', Password: 's3cret-one' },
          { Username: 'asmith', Password: 's3cret-two' },
        ],
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(204);
    await chime.voice.send(
      new PutVoiceConnectorTerminationCredentialsCommand({
        VoiceConnectorId: id,
        Credentials: [{ Username: 'jdoe', Password: 'changed' }],
      }),
    );
    expect(await list(id)).toEqual(['jdoe', 'asmith']);

    const deleted = await chime.voice.send(
      new DeleteVoiceConnectorTerminationCredentialsCommand({
        VoiceConnectorId: id,
        Usernames: ['jdoe', 'nobody'],
      }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await list(id)).toEqual(['asmith']);
  });

  it('refuses a bad credential without repeating its password', async () => {
    const id = await newVoiceConnector(chime.voice);
    const error = await rejection(
      chime.voice.send(
        new PutVoiceConnectorTerminationCredentialsCommand({
          VoiceConnectorId: id,
          Credentials: [{ Username: 'jdoe', Password: 'bad\u0007secret' }],
        }),
      ),
    );
    expect(error.message).toContain('Password');
    expect(error.message).not.toContain('secret');
    await expectBadRequest(
      chime.voice.send(
        new PutVoiceConnectorTerminationCredentialsCommand({
          VoiceConnectorId: id,
          Credentials: [{ Username: 'jdoe' }],
        }),
      ),
      'Password',
    );
    await expectBadRequest(
      chime.voice.send(
        new DeleteVoiceConnectorTerminationCredentialsCommand({ VoiceConnectorId: id, Usernames: [''] }),
      ),
      'Usernames',
    );
  });

  it('go with their voice connector', async () => {
    const id = await newVoiceConnector(chime.voice);
    await chime.voice.send(
      new PutVoiceConnectorTerminationCredentialsCommand({
        VoiceConnectorId: id,
        Credentials: [{ Username: 'jdoe', Password: 'pw' }],
      }),
    );
    await chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: id }));
    expect(await rejection(list(id))).toBeInstanceOf(NotFoundException);
  });
});
