import {
  AssociatePhoneNumbersWithVoiceConnectorCommand,
  ConflictException,
  CreateVoiceConnectorCommand,
  DeleteVoiceConnectorCommand,
  DisassociatePhoneNumbersFromVoiceConnectorCommand,
  GetVoiceConnectorCommand,
  ListVoiceConnectorsCommand,
  NotFoundException,
  paginateListVoiceConnectors,
  UpdateVoiceConnectorCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { describe, expect, it } from 'vitest';
import {
  e164s,
  expectBadRequest,
  newVoiceConnector,
  orderNumbers,
  phoneNumber,
  rejection,
  useVoiceLocal,
} from './voice-helpers.ts';

const chime = useVoiceLocal();

describe('voice connectors', () => {
  it('creates a connector the way the service shapes it, and reads it back', async () => {
    const { VoiceConnector: created, $metadata } = await chime.voice.send(
      new CreateVoiceConnectorCommand({
        Name: 'West trunk',
        AwsRegion: 'us-west-2',
        RequireEncryption: false,
      }),
    );
    expect($metadata.httpStatusCode).toBe(201);
    const id = created?.VoiceConnectorId as string;
    expect(id).toMatch(/^[a-z0-9]{20}$/);
    expect(created).toMatchObject({
      Name: 'West trunk',
      AwsRegion: 'us-west-2',
      RequireEncryption: false,
      OutboundHostName: `${id}.voiceconnector.chime.aws`,
      VoiceConnectorArn: `arn:aws:chime:us-west-2:111122223333:vc/${id}`,
    });
    expect(created?.CreatedTimestamp).toBeInstanceOf(Date);

    const { VoiceConnector: read } = await chime.voice.send(
      new GetVoiceConnectorCommand({ VoiceConnectorId: id }),
    );
    expect(read).toEqual(created);
  });

  it('defaults AwsRegion to us-east-1', async () => {
    const { VoiceConnector } = await chime.voice.send(
      new CreateVoiceConnectorCommand({ Name: 'Default region', RequireEncryption: true }),
    );
    expect(VoiceConnector?.AwsRegion).toBe('us-east-1');
  });

  it('updates Name and RequireEncryption', async () => {
    const id = await newVoiceConnector(chime.voice, 'before');
    const { VoiceConnector: updated } = await chime.voice.send(
      new UpdateVoiceConnectorCommand({ VoiceConnectorId: id, Name: 'after', RequireEncryption: false }),
    );
    expect(updated).toMatchObject({ VoiceConnectorId: id, Name: 'after', RequireEncryption: false });
    const { VoiceConnector: read } = await chime.voice.send(
      new GetVoiceConnectorCommand({ VoiceConnectorId: id }),
    );
    expect(read).toMatchObject({ Name: 'after', RequireEncryption: false });
  });

  it('deletes a connector, after which it is not found', async () => {
    const id = await newVoiceConnector(chime.voice, 'short-lived');
    const { $metadata } = await chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: id }));
    expect($metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
    expect(
      await rejection(chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('answers 404 for an unknown connector on get and update', async () => {
    const unknown = 'abcdefghijklmnopqrst';
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorCommand({ VoiceConnectorId: unknown }))),
    ).toBeInstanceOf(NotFoundException);
    expect(
      await rejection(
        chime.voice.send(
          new UpdateVoiceConnectorCommand({ VoiceConnectorId: unknown, Name: 'x', RequireEncryption: true }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('validates Name, RequireEncryption and AwsRegion', async () => {
    await expectBadRequest(
      chime.voice.send(new CreateVoiceConnectorCommand({ Name: '', RequireEncryption: true })),
      'Name',
    );
    await expectBadRequest(
      chime.voice.send(new CreateVoiceConnectorCommand({ Name: 'x'.repeat(257), RequireEncryption: true })),
      'Name',
    );
    await expectBadRequest(
      chime.voice.send(new CreateVoiceConnectorCommand({ Name: 'no flag' } as never)),
      'RequireEncryption',
    );
    await expectBadRequest(
      chime.voice.send(
        new CreateVoiceConnectorCommand({
          Name: 'x',
          RequireEncryption: true,
          AwsRegion: 'eu-west-1' as never,
        }),
      ),
      'AwsRegion',
    );
    const id = await newVoiceConnector(chime.voice);
    await expectBadRequest(
      chime.voice.send(
        new UpdateVoiceConnectorCommand({ VoiceConnectorId: id, RequireEncryption: true } as never),
      ),
      'Name',
    );
  });

  it('pages ListVoiceConnectors: every connector exactly once, MaxResults honoured', async () => {
    for (let index = 0; index < 7; index += 1) await newVoiceConnector(chime.voice, `paged ${index}`);
    const all = (await chime.voice.send(new ListVoiceConnectorsCommand({}))).VoiceConnectors ?? [];
    const pages: string[][] = [];
    for await (const page of paginateListVoiceConnectors({ client: chime.voice, pageSize: 3 }, {}))
      pages.push((page.VoiceConnectors ?? []).map((connector) => connector.VoiceConnectorId as string));
    expect(pages.every((page) => page.length <= 3)).toBe(true);
    expect(pages.length).toBe(Math.ceil(all.length / 3));
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all.map((connector) => connector.VoiceConnectorId));
    await expectBadRequest(
      chime.voice.send(new ListVoiceConnectorsCommand({ MaxResults: 100 })),
      'MaxResults',
    );
    await expectBadRequest(chime.voice.send(new ListVoiceConnectorsCommand({ MaxResults: 0 })), 'MaxResults');
  });
});

describe('phone numbers of a voice connector', () => {
  it('associates numbers both ways and disassociates them again', async () => {
    const id = await newVoiceConnector(chime.voice, 'numbers');
    const numbers = e164s('303', 3);
    await orderNumbers(chime.voice, numbers);

    const { PhoneNumberErrors } = await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({ VoiceConnectorId: id, E164PhoneNumbers: numbers }),
    );
    expect(PhoneNumberErrors).toEqual([]);
    for (const e164 of numbers) {
      const number = await phoneNumber(chime.voice, e164);
      expect(number.Status).toBe('Assigned');
      expect(number.Associations).toEqual([expect.objectContaining({ Name: 'VoiceConnectorId', Value: id })]);
    }

    const disassociated = await chime.voice.send(
      new DisassociatePhoneNumbersFromVoiceConnectorCommand({
        VoiceConnectorId: id,
        E164PhoneNumbers: numbers.slice(0, 2),
      }),
    );
    expect(disassociated.PhoneNumberErrors).toEqual([]);
    for (const e164 of numbers.slice(0, 2)) {
      const number = await phoneNumber(chime.voice, e164);
      expect(number.Status).toBe('Unassigned');
      expect(number.Associations ?? []).toEqual([]);
    }
    expect((await phoneNumber(chime.voice, numbers[2] as string)).Status).toBe('Assigned');
  });

  it('reports per-number errors: unknown, associated elsewhere, wrong product type, not associated', async () => {
    const first = await newVoiceConnector(chime.voice, 'first');
    const second = await newVoiceConnector(chime.voice, 'second');
    const [taken, sipNumber] = [e164s('720', 1)[0] as string, e164s('720', 1, 200)[0] as string];
    await orderNumbers(chime.voice, [taken]);
    await orderNumbers(chime.voice, [sipNumber], 'SipMediaApplicationDialIn');
    await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({
        VoiceConnectorId: first,
        E164PhoneNumbers: [taken],
      }),
    );

    const unknown = '+17205559999';
    const { PhoneNumberErrors } = await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({
        VoiceConnectorId: second,
        E164PhoneNumbers: [unknown, taken, sipNumber],
      }),
    );
    expect(PhoneNumberErrors?.map((error) => [error.ErrorCode, error.PhoneNumberId])).toEqual([
      ['NotFound', unknown],
      ['Conflict', (await phoneNumber(chime.voice, taken)).PhoneNumberId],
      ['BadRequest', (await phoneNumber(chime.voice, sipNumber)).PhoneNumberId],
    ]);
    expect(PhoneNumberErrors?.every((error) => (error.ErrorMessage ?? '').length > 0)).toBe(true);
    // The conflicting number stayed where it was.
    expect((await phoneNumber(chime.voice, taken)).Associations).toEqual([
      expect.objectContaining({ Name: 'VoiceConnectorId', Value: first }),
    ]);

    const notHere = await chime.voice.send(
      new DisassociatePhoneNumbersFromVoiceConnectorCommand({
        VoiceConnectorId: second,
        E164PhoneNumbers: [taken],
      }),
    );
    expect(notHere.PhoneNumberErrors?.map((error) => error.ErrorCode)).toEqual(['BadRequest']);
  });

  it('moves a number associated elsewhere with ForceAssociate', async () => {
    const from = await newVoiceConnector(chime.voice, 'from');
    const to = await newVoiceConnector(chime.voice, 'to');
    const [e164] = e164s('512', 1) as [string];
    await orderNumbers(chime.voice, [e164]);
    await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({
        VoiceConnectorId: from,
        E164PhoneNumbers: [e164],
      }),
    );
    const { PhoneNumberErrors } = await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({
        VoiceConnectorId: to,
        E164PhoneNumbers: [e164],
        ForceAssociate: true,
      }),
    );
    expect(PhoneNumberErrors).toEqual([]);
    const number = await phoneNumber(chime.voice, e164);
    expect(number.Associations).toEqual([expect.objectContaining({ Name: 'VoiceConnectorId', Value: to })]);
    // The old connector no longer holds it, so it can be deleted.
    await chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: from }));
  });

  it('refuses to delete a connector that still has numbers (409), then deletes it once they are gone', async () => {
    const id = await newVoiceConnector(chime.voice, 'busy');
    const numbers = e164s('617', 2);
    await orderNumbers(chime.voice, numbers);
    await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({ VoiceConnectorId: id, E164PhoneNumbers: numbers }),
    );
    expect(
      await rejection(chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: id }))),
    ).toBeInstanceOf(ConflictException);
    await chime.voice.send(
      new DisassociatePhoneNumbersFromVoiceConnectorCommand({
        VoiceConnectorId: id,
        E164PhoneNumbers: numbers,
      }),
    );
    await chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: id }));
  });

  it('validates E164PhoneNumbers and answers 404 for an unknown connector', async () => {
    const id = await newVoiceConnector(chime.voice);
    await expectBadRequest(
      chime.voice.send(
        new AssociatePhoneNumbersWithVoiceConnectorCommand({
          VoiceConnectorId: id,
          E164PhoneNumbers: ['phone'],
        }),
      ),
      'E164PhoneNumbers',
    );
    await expectBadRequest(
      chime.voice.send(new AssociatePhoneNumbersWithVoiceConnectorCommand({ VoiceConnectorId: id } as never)),
      'E164PhoneNumbers',
    );
    await expectBadRequest(
      chime.voice.send(
        new DisassociatePhoneNumbersFromVoiceConnectorCommand({
          VoiceConnectorId: id,
          E164PhoneNumbers: ['+0123'],
        }),
      ),
      'E164PhoneNumbers',
    );
    expect(
      await rejection(
        chime.voice.send(
          new AssociatePhoneNumbersWithVoiceConnectorCommand({
            VoiceConnectorId: 'abcdefghijklmnopqrst',
            E164PhoneNumbers: ['+12065550100'],
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});
