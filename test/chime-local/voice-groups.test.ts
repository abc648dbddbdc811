import {
  AssociatePhoneNumbersWithVoiceConnectorCommand,
  AssociatePhoneNumbersWithVoiceConnectorGroupCommand,
  ConflictException,
  CreateVoiceConnectorGroupCommand,
  DeleteVoiceConnectorCommand,
  DeleteVoiceConnectorGroupCommand,
  DisassociatePhoneNumbersFromVoiceConnectorGroupCommand,
  GetVoiceConnectorGroupCommand,
  ListVoiceConnectorGroupsCommand,
  NotFoundException,
  paginateListVoiceConnectorGroups,
  UpdateVoiceConnectorGroupCommand,
  type VoiceConnectorItem,
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

async function newGroup(name: string, items: VoiceConnectorItem[] = []): Promise<string> {
  const { VoiceConnectorGroup } = await chime.voice.send(
    new CreateVoiceConnectorGroupCommand({ Name: name, VoiceConnectorItems: items }),
  );
  return VoiceConnectorGroup?.VoiceConnectorGroupId as string;
}

describe('voice connector groups', () => {
  it('creates a group with prioritised connectors, reads, updates and deletes it', async () => {
    const [main, backup] = [
      await newVoiceConnector(chime.voice, 'main'),
      await newVoiceConnector(chime.voice, 'backup'),
    ];
    const items = [
      { VoiceConnectorId: main, Priority: 1 },
      { VoiceConnectorId: backup, Priority: 2 },
    ];
    const created = await chime.voice.send(
      new CreateVoiceConnectorGroupCommand({ Name: 'Primary', VoiceConnectorItems: items }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    const id = created.VoiceConnectorGroup?.VoiceConnectorGroupId as string;
    expect(created.VoiceConnectorGroup).toMatchObject({
      Name: 'Primary',
      VoiceConnectorItems: items,
      VoiceConnectorGroupArn: `arn:aws:chime:us-east-1:111122223333:vcg/${id}`,
    });
    const { VoiceConnectorGroup: read } = await chime.voice.send(
      new GetVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id }),
    );
    expect(read).toEqual(created.VoiceConnectorGroup);

    const updated = await chime.voice.send(
      new UpdateVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: id,
        Name: 'Renamed',
        VoiceConnectorItems: [{ VoiceConnectorId: backup, Priority: 1 }],
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(202);
    expect(updated.VoiceConnectorGroup).toMatchObject({
      Name: 'Renamed',
      VoiceConnectorItems: [{ VoiceConnectorId: backup, Priority: 1 }],
    });
    expect(
      (await chime.voice.send(new GetVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id })))
        .VoiceConnectorGroup,
    ).toMatchObject({ Name: 'Renamed', VoiceConnectorItems: [{ VoiceConnectorId: backup, Priority: 1 }] });

    // A connector in a group cannot go; the group cannot go while it has items (409 both).
    expect(
      await rejection(chime.voice.send(new DeleteVoiceConnectorCommand({ VoiceConnectorId: backup }))),
    ).toBeInstanceOf(ConflictException);
    expect(
      await rejection(chime.voice.send(new DeleteVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id }))),
    ).toBeInstanceOf(ConflictException);
    await chime.voice.send(
      new UpdateVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: id,
        Name: 'Empty',
        VoiceConnectorItems: [],
      }),
    );
    const deleted = await chime.voice.send(
      new DeleteVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.voice.send(new GetVoiceConnectorGroupCommand({ VoiceConnectorGroupId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('answers 404 for an unknown group on get, update and delete', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const command of [
      new GetVoiceConnectorGroupCommand({ VoiceConnectorGroupId: unknown }),
      new UpdateVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: unknown,
        Name: 'x',
        VoiceConnectorItems: [],
      }),
      new DeleteVoiceConnectorGroupCommand({ VoiceConnectorGroupId: unknown }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);
  });

  it('validates Name, VoiceConnectorItems, Priority 1–99 and that items name existing connectors', async () => {
    const connector = await newVoiceConnector(chime.voice);
    const create = (input: Record<string, unknown>) =>
      chime.voice.send(new CreateVoiceConnectorGroupCommand({ Name: 'g', ...input } as never));
    await expectBadRequest(create({ Name: '' }), 'Name');
    await expectBadRequest(create({ Name: 'x'.repeat(257) }), 'Name');
    await expectBadRequest(
      create({ VoiceConnectorItems: [{ VoiceConnectorId: connector, Priority: 0 }] }),
      'Priority',
    );
    await expectBadRequest(
      create({ VoiceConnectorItems: [{ VoiceConnectorId: connector, Priority: 100 }] }),
      'Priority',
    );
    await expectBadRequest(create({ VoiceConnectorItems: [{ VoiceConnectorId: connector }] }), 'Priority');
    await expectBadRequest(create({ VoiceConnectorItems: [{ Priority: 1 }] }), 'VoiceConnectorId');
    await expectBadRequest(
      create({ VoiceConnectorItems: [{ VoiceConnectorId: 'abcdefghijklmnopqrst', Priority: 1 }] }),
      'VoiceConnectorItems',
    );
    await expectBadRequest(
      create({
        VoiceConnectorItems: [
          { VoiceConnectorId: connector, Priority: 1 },
          { VoiceConnectorId: connector, Priority: 2 },
        ],
      }),
      'VoiceConnectorItems',
    );
    const group = await newGroup('to update');
    await expectBadRequest(
      chime.voice.send(
        new UpdateVoiceConnectorGroupCommand({ VoiceConnectorGroupId: group, Name: 'x' } as never),
      ),
      'VoiceConnectorItems',
    );
  });

  it('pages ListVoiceConnectorGroups: every group exactly once', async () => {
    for (let index = 0; index < 5; index += 1) await newGroup(`paged ${index}`);
    const all = (await chime.voice.send(new ListVoiceConnectorGroupsCommand({}))).VoiceConnectorGroups ?? [];
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListVoiceConnectorGroups({ client: chime.voice, pageSize: 2 }, {})) {
      pages += 1;
      expect(page.VoiceConnectorGroups?.length).toBeLessThanOrEqual(2);
      ids.push(...(page.VoiceConnectorGroups ?? []).map((group) => group.VoiceConnectorGroupId as string));
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(ids).toEqual(all.map((group) => group.VoiceConnectorGroupId));
    expect(new Set(ids).size).toBe(ids.length);
    await expectBadRequest(
      chime.voice.send(new ListVoiceConnectorGroupsCommand({ MaxResults: 100 })),
      'MaxResults',
    );
  });
});

describe('phone numbers of a voice connector group', () => {
  it('associates numbers both ways, keeps them from connectors, and disassociates them', async () => {
    const group = await newGroup('numbers');
    const connector = await newVoiceConnector(chime.voice);
    const numbers = e164s('404', 2);
    await orderNumbers(chime.voice, numbers);

    const associated = await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: group,
        E164PhoneNumbers: numbers,
      }),
    );
    expect(associated.PhoneNumberErrors).toEqual([]);
    for (const e164 of numbers) {
      const number = await phoneNumber(chime.voice, e164);
      expect(number.Status).toBe('Assigned');
      expect(number.Associations).toEqual([
        expect.objectContaining({ Name: 'VoiceConnectorGroupId', Value: group }),
      ]);
    }

    // A number of a group is associated elsewhere for a connector.
    const elsewhere = await chime.voice.send(
      new AssociatePhoneNumbersWithVoiceConnectorCommand({
        VoiceConnectorId: connector,
        E164PhoneNumbers: numbers.slice(0, 1),
      }),
    );
    expect(elsewhere.PhoneNumberErrors?.map((error) => error.ErrorCode)).toEqual(['Conflict']);

    expect(
      await rejection(
        chime.voice.send(new DeleteVoiceConnectorGroupCommand({ VoiceConnectorGroupId: group })),
      ),
    ).toBeInstanceOf(ConflictException);

    const disassociated = await chime.voice.send(
      new DisassociatePhoneNumbersFromVoiceConnectorGroupCommand({
        VoiceConnectorGroupId: group,
        E164PhoneNumbers: numbers,
      }),
    );
    expect(disassociated.PhoneNumberErrors).toEqual([]);
    for (const e164 of numbers) {
      const number = await phoneNumber(chime.voice, e164);
      expect(number.Status).toBe('Unassigned');
      expect(number.Associations ?? []).toEqual([]);
    }
    await chime.voice.send(new DeleteVoiceConnectorGroupCommand({ VoiceConnectorGroupId: group }));
  });

  it('validates E164PhoneNumbers and answers 404 for an unknown group', async () => {
    const group = await newGroup('validation');
    await expectBadRequest(
      chime.voice.send(
        new AssociatePhoneNumbersWithVoiceConnectorGroupCommand({
          VoiceConnectorGroupId: group,
          E164PhoneNumbers: ['x'],
        }),
      ),
      'E164PhoneNumbers',
    );
    await expectBadRequest(
      chime.voice.send(
        new DisassociatePhoneNumbersFromVoiceConnectorGroupCommand({ VoiceConnectorGroupId: group } as never),
      ),
      'E164PhoneNumbers',
    );
    expect(
      await rejection(
        chime.voice.send(
          new AssociatePhoneNumbersWithVoiceConnectorGroupCommand({
            VoiceConnectorGroupId: '00000000-0000-4000-8000-000000000000',
            E164PhoneNumbers: ['+12065550100'],
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});
