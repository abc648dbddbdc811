import {
  BadRequestException,
  DeleteVoiceConnectorEmergencyCallingConfigurationCommand,
  DeleteVoiceConnectorOriginationCommand,
  DeleteVoiceConnectorStreamingConfigurationCommand,
  DeleteVoiceConnectorTerminationCommand,
  GetVoiceConnectorEmergencyCallingConfigurationCommand,
  GetVoiceConnectorLoggingConfigurationCommand,
  GetVoiceConnectorOriginationCommand,
  GetVoiceConnectorStreamingConfigurationCommand,
  GetVoiceConnectorTerminationCommand,
  GetVoiceConnectorTerminationHealthCommand,
  NotFoundException,
  type Origination,
  PutVoiceConnectorEmergencyCallingConfigurationCommand,
  PutVoiceConnectorLoggingConfigurationCommand,
  PutVoiceConnectorOriginationCommand,
  PutVoiceConnectorStreamingConfigurationCommand,
  PutVoiceConnectorTerminationCommand,
  type Termination,
} from '@aws-sdk/client-chime-sdk-voice';
import { describe, expect, it } from 'vitest';
import { expectBadRequest, newVoiceConnector, rejection, useVoiceLocal } from './voice-helpers.ts';

const chime = useVoiceLocal();

const termination: Termination = {
  CpsLimit: 5,
  CallingRegions: ['US', 'CA'],
  CidrAllowedList: ['10.24.34.0/23'],
  DefaultPhoneNumber: '+12065550100',
  Disabled: false,
};
const origination: Origination = {
  Disabled: false,
  Routes: [{ Host: '10.24.34.0', Port: 1234, Protocol: 'TCP', Priority: 1, Weight: 5 }],
};
const emergency = {
  DNIS: [{ CallingCountry: 'US', EmergencyPhoneNumber: '+12065550911', TestPhoneNumber: '+12065550933' }],
};

describe('termination', () => {
  it('is not found until put; put, read back, health, delete', async () => {
    const id = await newVoiceConnector(chime.voice);
    for (const command of [
      new GetVoiceConnectorTerminationCommand({ VoiceConnectorId: id }),
      new GetVoiceConnectorTerminationHealthCommand({ VoiceConnectorId: id }),
      new DeleteVoiceConnectorTerminationCommand({ VoiceConnectorId: id }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);

    const put = await chime.voice.send(
      new PutVoiceConnectorTerminationCommand({ VoiceConnectorId: id, Termination: termination }),
    );
    expect(put.Termination).toEqual(termination);
    const { Termination: read } = await chime.voice.send(
      new GetVoiceConnectorTerminationCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(termination);

    const { TerminationHealth } = await chime.voice.send(
      new GetVoiceConnectorTerminationHealthCommand({ VoiceConnectorId: id }),
    );
    expect(TerminationHealth?.Source).toBe('10.24.34.0');
    expect(TerminationHealth?.Timestamp).toBeInstanceOf(Date);

    const { $metadata } = await chime.voice.send(
      new DeleteVoiceConnectorTerminationCommand({ VoiceConnectorId: id }),
    );
    expect($metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorTerminationCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('defaults CpsLimit to 1', async () => {
    const id = await newVoiceConnector(chime.voice);
    const { Termination: put } = await chime.voice.send(
      new PutVoiceConnectorTerminationCommand({
        VoiceConnectorId: id,
        Termination: { CallingRegions: ['US'], CidrAllowedList: ['192.0.2.0/24'] },
      }),
    );
    expect(put?.CpsLimit).toBe(1);
  });

  it('validates CpsLimit, DefaultPhoneNumber, CallingRegions and CidrAllowedList', async () => {
    const id = await newVoiceConnector(chime.voice);
    const put = (change: Partial<Termination>) =>
      chime.voice.send(
        new PutVoiceConnectorTerminationCommand({
          VoiceConnectorId: id,
          Termination: { ...termination, ...change },
        }),
      );
    await expectBadRequest(put({ CpsLimit: 0 }), 'CpsLimit');
    await expectBadRequest(put({ DefaultPhoneNumber: '555-0100' }), 'DefaultPhoneNumber');
    await expectBadRequest(put({ CallingRegions: undefined }), 'CallingRegions');
    await expectBadRequest(put({ CallingRegions: ['usa'] }), 'CallingRegions');
    await expectBadRequest(put({ CidrAllowedList: undefined }), 'CidrAllowedList');
    await expectBadRequest(put({ CidrAllowedList: ['10.0.0.0/33'] }), 'CidrAllowedList');
    await expectBadRequest(
      chime.voice.send(new PutVoiceConnectorTerminationCommand({ VoiceConnectorId: id } as never)),
      'Termination',
    );
  });

  it('answers 404 for an unknown connector', async () => {
    expect(
      await rejection(
        chime.voice.send(
          new PutVoiceConnectorTerminationCommand({
            VoiceConnectorId: 'abcdefghijklmnopqrst',
            Termination: termination,
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});

describe('origination', () => {
  it('is not found until put; put, read back, delete', async () => {
    const id = await newVoiceConnector(chime.voice);
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorOriginationCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
    const put = await chime.voice.send(
      new PutVoiceConnectorOriginationCommand({ VoiceConnectorId: id, Origination: origination }),
    );
    expect(put.Origination).toEqual(origination);
    const { Origination: read } = await chime.voice.send(
      new GetVoiceConnectorOriginationCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(origination);
    await chime.voice.send(new DeleteVoiceConnectorOriginationCommand({ VoiceConnectorId: id }));
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorOriginationCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('defaults a route Port to 5060', async () => {
    const id = await newVoiceConnector(chime.voice);
    const { Origination: put } = await chime.voice.send(
      new PutVoiceConnectorOriginationCommand({
        VoiceConnectorId: id,
        Origination: { Routes: [{ Host: 'sip.example.com', Protocol: 'UDP', Priority: 1, Weight: 1 }] },
      }),
    );
    expect(put?.Routes?.[0]?.Port).toBe(5060);
  });

  it('validates Port 0–65535, Protocol TCP|UDP, Priority and Weight 1–100, Routes or Disabled', async () => {
    const id = await newVoiceConnector(chime.voice);
    const route = origination.Routes?.[0];
    const put = (change: Record<string, unknown>) =>
      chime.voice.send(
        new PutVoiceConnectorOriginationCommand({
          VoiceConnectorId: id,
          Origination: { Routes: [{ ...route, ...change }] },
        }),
      );
    await expectBadRequest(put({ Port: 65536 }), 'Port');
    await expectBadRequest(put({ Port: -1 }), 'Port');
    await expectBadRequest(put({ Protocol: 'TLS' }), 'Protocol');
    await expectBadRequest(put({ Priority: 0 }), 'Priority');
    await expectBadRequest(put({ Priority: 101 }), 'Priority');
    await expectBadRequest(put({ Weight: 0 }), 'Weight');
    await expectBadRequest(put({ Weight: 101 }), 'Weight');
    await expectBadRequest(
      chime.voice.send(new PutVoiceConnectorOriginationCommand({ VoiceConnectorId: id, Origination: {} })),
      'Routes or Disabled',
    );
    // The edges of the ranges are allowed.
    const { Origination: edges } = await chime.voice.send(
      new PutVoiceConnectorOriginationCommand({
        VoiceConnectorId: id,
        Origination: { Routes: [{ Host: 'h', Port: 0, Protocol: 'UDP', Priority: 100, Weight: 1 }] },
      }),
    );
    expect(edges?.Routes?.[0]).toEqual({ Host: 'h', Port: 0, Protocol: 'UDP', Priority: 100, Weight: 1 });
  });
});

describe('logging configuration', () => {
  it('is not found until put; put and read back', async () => {
    const id = await newVoiceConnector(chime.voice);
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorLoggingConfigurationCommand({ VoiceConnectorId: id })),
      ),
    ).toBeInstanceOf(NotFoundException);
    const logging = { EnableSIPLogs: true, EnableMediaMetricLogs: false };
    const put = await chime.voice.send(
      new PutVoiceConnectorLoggingConfigurationCommand({
        VoiceConnectorId: id,
        LoggingConfiguration: logging,
      }),
    );
    expect(put.LoggingConfiguration).toEqual(logging);
    const { LoggingConfiguration: read } = await chime.voice.send(
      new GetVoiceConnectorLoggingConfigurationCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(logging);
    await expectBadRequest(
      chime.voice.send(new PutVoiceConnectorLoggingConfigurationCommand({ VoiceConnectorId: id } as never)),
      'LoggingConfiguration',
    );
  });
});

describe('streaming configuration', () => {
  it('is not found until put; put, read back, delete', async () => {
    const id = await newVoiceConnector(chime.voice);
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorStreamingConfigurationCommand({ VoiceConnectorId: id })),
      ),
    ).toBeInstanceOf(NotFoundException);
    const streaming = {
      DataRetentionInHours: 24,
      Disabled: false,
      StreamingNotificationTargets: [{ NotificationTarget: 'SQS' as const }],
    };
    const put = await chime.voice.send(
      new PutVoiceConnectorStreamingConfigurationCommand({
        VoiceConnectorId: id,
        StreamingConfiguration: streaming,
      }),
    );
    expect(put.StreamingConfiguration).toEqual(streaming);
    const { StreamingConfiguration: read } = await chime.voice.send(
      new GetVoiceConnectorStreamingConfigurationCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(streaming);
    await chime.voice.send(new DeleteVoiceConnectorStreamingConfigurationCommand({ VoiceConnectorId: id }));
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorStreamingConfigurationCommand({ VoiceConnectorId: id })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('validates DataRetentionInHours and StreamingNotificationTargets', async () => {
    const id = await newVoiceConnector(chime.voice);
    const put = (configuration: Record<string, unknown>) =>
      chime.voice.send(
        new PutVoiceConnectorStreamingConfigurationCommand({
          VoiceConnectorId: id,
          StreamingConfiguration: configuration as never,
        }),
      );
    await expectBadRequest(put({ Disabled: false }), 'DataRetentionInHours');
    await expectBadRequest(put({ DataRetentionInHours: -1 }), 'DataRetentionInHours');
    await expectBadRequest(
      put({ DataRetentionInHours: 1, StreamingNotificationTargets: [] }),
      'StreamingNotificationTargets',
    );
    await expectBadRequest(
      put({
        DataRetentionInHours: 1,
        StreamingNotificationTargets: ['SNS', 'SQS', 'EventBridge', 'SNS'].map((target) => ({
          NotificationTarget: target,
        })),
      }),
      'StreamingNotificationTargets',
    );
    await expectBadRequest(
      put({ DataRetentionInHours: 1, StreamingNotificationTargets: [{ NotificationTarget: 'Kafka' }] }),
      'NotificationTarget',
    );
  });
});

describe('emergency calling configuration', () => {
  it('needs termination and origination, and must go before them', async () => {
    const id = await newVoiceConnector(chime.voice);
    const putEmergency = () =>
      chime.voice.send(
        new PutVoiceConnectorEmergencyCallingConfigurationCommand({
          VoiceConnectorId: id,
          EmergencyCallingConfiguration: emergency,
        }),
      );
    await expectBadRequest(putEmergency(), 'EmergencyCallingConfiguration');
    await chime.voice.send(
      new PutVoiceConnectorTerminationCommand({ VoiceConnectorId: id, Termination: termination }),
    );
    await expectBadRequest(putEmergency(), 'Origination');
    await chime.voice.send(
      new PutVoiceConnectorOriginationCommand({ VoiceConnectorId: id, Origination: origination }),
    );
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorEmergencyCallingConfigurationCommand({ VoiceConnectorId: id })),
      ),
    ).toBeInstanceOf(NotFoundException);

    const put = await putEmergency();
    expect(put.EmergencyCallingConfiguration).toEqual(emergency);
    const { EmergencyCallingConfiguration: read } = await chime.voice.send(
      new GetVoiceConnectorEmergencyCallingConfigurationCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(emergency);

    // While emergency calling is configured, termination and origination stay on.
    expect(
      await rejection(chime.voice.send(new DeleteVoiceConnectorTerminationCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(BadRequestException);
    await expectBadRequest(
      chime.voice.send(
        new PutVoiceConnectorOriginationCommand({
          VoiceConnectorId: id,
          Origination: { ...origination, Disabled: true },
        }),
      ),
      'Origination',
    );

    await chime.voice.send(
      new DeleteVoiceConnectorEmergencyCallingConfigurationCommand({ VoiceConnectorId: id }),
    );
    expect(
      await rejection(
        chime.voice.send(new GetVoiceConnectorEmergencyCallingConfigurationCommand({ VoiceConnectorId: id })),
      ),
    ).toBeInstanceOf(NotFoundException);
    await chime.voice.send(new DeleteVoiceConnectorTerminationCommand({ VoiceConnectorId: id }));
  });

  it('validates CallingCountry, EmergencyPhoneNumber and TestPhoneNumber', async () => {
    const id = await newVoiceConnector(chime.voice);
    await chime.voice.send(
      new PutVoiceConnectorTerminationCommand({ VoiceConnectorId: id, Termination: termination }),
    );
    await chime.voice.send(
      new PutVoiceConnectorOriginationCommand({ VoiceConnectorId: id, Origination: origination }),
    );
    const dnis = emergency.DNIS[0];
    const put = (change: Record<string, unknown>) =>
      chime.voice.send(
        new PutVoiceConnectorEmergencyCallingConfigurationCommand({
          VoiceConnectorId: id,
          EmergencyCallingConfiguration: { DNIS: [{ ...dnis, ...change } as never] },
        }),
      );
    await expectBadRequest(put({ CallingCountry: 'USA' }), 'CallingCountry');
    await expectBadRequest(put({ EmergencyPhoneNumber: undefined }), 'EmergencyPhoneNumber');
    await expectBadRequest(put({ EmergencyPhoneNumber: 'nine-one-one' }), 'EmergencyPhoneNumber');
    await expectBadRequest(put({ TestPhoneNumber: '+0' }), 'TestPhoneNumber');
  });
});
