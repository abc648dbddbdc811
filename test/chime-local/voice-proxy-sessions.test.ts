import {
  AssociatePhoneNumbersWithVoiceConnectorCommand,
  CreateProxySessionCommand,
  type CreateProxySessionCommandInput,
  DeleteProxySessionCommand,
  GetProxySessionCommand,
  ListProxySessionsCommand,
  NotFoundException,
  type ProxySession,
  paginateListProxySessions,
  UpdateProxySessionCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  e164s,
  expectBadRequest,
  newVoiceConnector,
  orderNumbers,
  rejection,
  useVoiceLocal,
} from './voice-helpers.ts';

const chime = useVoiceLocal();
let areaCode = 200;

afterEach(() => {
  vi.useRealTimers();
});

/** `count` numbers of an area code no other test here uses. */
function freshNumbers(count: number): string[] {
  areaCode += 1;
  return e164s(String(areaCode), count);
}

/** A new voice connector with `numbers` associated. */
async function connectorWithNumbers(numbers: string[]) {
  const id = await newVoiceConnector(chime.voice, 'proxy');
  await orderNumbers(chime.voice, numbers);
  await chime.voice.send(
    new AssociatePhoneNumbersWithVoiceConnectorCommand({ VoiceConnectorId: id, E164PhoneNumbers: numbers }),
  );
  return { id, numbers };
}

async function createSession(
  voiceConnectorId: string,
  input: Partial<CreateProxySessionCommandInput> = {},
): Promise<ProxySession> {
  const { ProxySession: session } = await chime.voice.send(
    new CreateProxySessionCommand({
      VoiceConnectorId: voiceConnectorId,
      ParticipantPhoneNumbers: ['+14015550101', '+12065550100'],
      Capabilities: ['Voice', 'SMS'],
      ...input,
    }),
  );
  return session as ProxySession;
}

const proxyNumberOf = (session: ProxySession) => session.Participants?.[0]?.ProxyPhoneNumber;

/** Moves chime-local's (in-process) clock forward, so that sessions with ExpiryMinutes run out. */
function advanceClock(minutes: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + minutes * 60_000);
}

describe('proxy sessions', () => {
  it('creates an Open session with a proxy number from the connector, reads, updates and deletes it', async () => {
    const { id, numbers } = await connectorWithNumbers(freshNumbers(2));
    const created = await chime.voice.send(
      new CreateProxySessionCommand({
        VoiceConnectorId: id,
        ParticipantPhoneNumbers: ['+14015550101', '+12065550100'],
        Capabilities: ['Voice', 'SMS'],
        Name: 'ride42',
        ExpiryMinutes: 60,
        NumberSelectionBehavior: 'PreferSticky',
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    const session = created.ProxySession as ProxySession;
    expect(session).toMatchObject({
      VoiceConnectorId: id,
      Name: 'ride42',
      Status: 'Open',
      ExpiryMinutes: 60,
      Capabilities: ['SMS', 'Voice'],
      NumberSelectionBehavior: 'PreferSticky',
      Participants: [
        { PhoneNumber: '+12065550100', ProxyPhoneNumber: numbers[0] },
        { PhoneNumber: '+14015550101', ProxyPhoneNumber: numbers[0] },
      ],
    });
    expect(session.CreatedTimestamp).toBeInstanceOf(Date);
    const sessionId = session.ProxySessionId as string;

    const { ProxySession: read } = await chime.voice.send(
      new GetProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: sessionId }),
    );
    expect(read).toEqual(session);

    const updated = await chime.voice.send(
      new UpdateProxySessionCommand({
        VoiceConnectorId: id,
        ProxySessionId: sessionId,
        Capabilities: ['Voice'],
        ExpiryMinutes: 90,
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(201);
    expect(updated.ProxySession).toMatchObject({
      Capabilities: ['Voice'],
      ExpiryMinutes: 90,
      Status: 'Open',
    });
    const { ProxySession: reread } = await chime.voice.send(
      new GetProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: sessionId }),
    );
    expect(reread).toMatchObject({ Capabilities: ['Voice'], ExpiryMinutes: 90 });

    const deleted = await chime.voice.send(
      new DeleteProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: sessionId }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(
        chime.voice.send(new GetProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: sessionId })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('closes a session when its ExpiryMinutes run out, after which it cannot be updated (400)', async () => {
    const { id } = await connectorWithNumbers(freshNumbers(1));
    const session = await createSession(id, { ExpiryMinutes: 1 });
    advanceClock(2);
    const { ProxySession: expired } = await chime.voice.send(
      new GetProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: session.ProxySessionId }),
    );
    expect(expired?.Status).toBe('Closed');
    expect(expired?.EndedTimestamp?.getTime()).toBe((session.CreatedTimestamp as Date).getTime() + 60_000);
    await expectBadRequest(
      chime.voice.send(
        new UpdateProxySessionCommand({
          VoiceConnectorId: id,
          ProxySessionId: session.ProxySessionId,
          Capabilities: ['Voice'],
        }),
      ),
      'Closed',
    );
  });

  it('never gives a participant the same proxy number in two unclosed sessions', async () => {
    const { id, numbers } = await connectorWithNumbers(freshNumbers(2));
    const first = await createSession(id, { ParticipantPhoneNumbers: ['+12065550100', '+14015550101'] });
    const second = await createSession(id, { ParticipantPhoneNumbers: ['+12065550100', '+14015550102'] });
    expect([proxyNumberOf(first), proxyNumberOf(second)]).toEqual([numbers[0], numbers[1]]);
    // Unrelated participants may share a number.
    const unrelated = await createSession(id, { ParticipantPhoneNumbers: ['+13035550100', '+13035550101'] });
    expect(proxyNumberOf(unrelated)).toBe(numbers[0]);
    // Both numbers proxy +12065550100 already.
    await expectBadRequest(
      createSession(id, { ParticipantPhoneNumbers: ['+12065550100', '+14015550103'] }),
      'already proxies an open session',
    );
    // Deleting a session frees its number.
    await chime.voice.send(
      new DeleteProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: first.ProxySessionId }),
    );
    const third = await createSession(id, { ParticipantPhoneNumbers: ['+12065550100', '+14015550103'] });
    expect(proxyNumberOf(third)).toBe(numbers[0]);
  });

  it('reuses the pair’s earlier proxy number with PreferSticky and avoids it with AvoidSticky', async () => {
    const { id, numbers } = await connectorWithNumbers(freshNumbers(2));
    const pair = ['+15035550100', '+15035550101'];
    // The pair's first session takes the second number (the first one is busy for this participant).
    const busy = await createSession(id, { ParticipantPhoneNumbers: [pair[0] as string, '+15035550199'] });
    const earlier = await createSession(id, { ParticipantPhoneNumbers: pair, ExpiryMinutes: 1 });
    expect([proxyNumberOf(busy), proxyNumberOf(earlier)]).toEqual([numbers[0], numbers[1]]);
    await chime.voice.send(
      new DeleteProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: busy.ProxySessionId }),
    );
    advanceClock(2);

    const sticky = await createSession(id, {
      ParticipantPhoneNumbers: pair,
      NumberSelectionBehavior: 'PreferSticky',
    });
    expect(proxyNumberOf(sticky)).toBe(numbers[1]);
    await chime.voice.send(
      new DeleteProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: sticky.ProxySessionId }),
    );
    const avoiding = await createSession(id, {
      ParticipantPhoneNumbers: pair,
      NumberSelectionBehavior: 'AvoidSticky',
    });
    expect(proxyNumberOf(avoiding)).toBe(numbers[0]);
  });

  it('matches the proxy number to GeoMatchParams at the GeoMatchLevel asked', async () => {
    const { id } = await connectorWithNumbers([...e164s('415', 1, 7000), ...e164s('212', 1, 7000)]);
    const byAreaCode = await createSession(id, {
      GeoMatchLevel: 'AreaCode',
      GeoMatchParams: { Country: 'US', AreaCode: '212' },
    });
    expect(proxyNumberOf(byAreaCode)).toBe('+12125557000');
    expect(byAreaCode).toMatchObject({
      GeoMatchLevel: 'AreaCode',
      GeoMatchParams: { Country: 'US', AreaCode: '212' },
    });
    await expectBadRequest(
      createSession(id, {
        ParticipantPhoneNumbers: ['+13125550100', '+13125550101'],
        GeoMatchLevel: 'AreaCode',
        GeoMatchParams: { Country: 'US', AreaCode: '303' },
      }),
      'GeoMatchParams',
    );
  });

  it('needs a connector with numbers to allocate from', async () => {
    const id = await newVoiceConnector(chime.voice, 'no numbers');
    await expectBadRequest(createSession(id), 'no associated phone numbers');
  });

  it('validates every CreateProxySession parameter', async () => {
    const { id } = await connectorWithNumbers(freshNumbers(1));
    const create = (input: Record<string, unknown>) => createSession(id, input as never);
    await expectBadRequest(create({ ParticipantPhoneNumbers: ['+12065550100'] }), 'ParticipantPhoneNumbers');
    await expectBadRequest(
      create({ ParticipantPhoneNumbers: ['+12065550100', '+12065550101', '+12065550102'] }),
      'ParticipantPhoneNumbers',
    );
    await expectBadRequest(
      create({ ParticipantPhoneNumbers: ['+12065550100', 'nope'] }),
      'ParticipantPhoneNumbers',
    );
    await expectBadRequest(
      create({ ParticipantPhoneNumbers: ['+12065550100', '+12065550100'] }),
      'ParticipantPhoneNumbers',
    );
    await expectBadRequest(create({ Capabilities: undefined }), 'Capabilities');
    await expectBadRequest(create({ Capabilities: [] }), 'Capabilities');
    await expectBadRequest(create({ Capabilities: ['Fax'] }), 'Capabilities');
    await expectBadRequest(create({ ExpiryMinutes: 0 }), 'ExpiryMinutes');
    await expectBadRequest(create({ Name: 'has spaces' }), 'Name');
    await expectBadRequest(create({ Name: 'x'.repeat(31) }), 'Name');
    await expectBadRequest(create({ NumberSelectionBehavior: 'Random' }), 'NumberSelectionBehavior');
    await expectBadRequest(create({ GeoMatchLevel: 'City' }), 'GeoMatchLevel');
    await expectBadRequest(create({ GeoMatchLevel: 'Country' }), 'GeoMatchParams');
    await expectBadRequest(create({ GeoMatchParams: { Country: 'USA', AreaCode: '212' } }), 'Country');
    await expectBadRequest(create({ GeoMatchParams: { Country: 'US', AreaCode: '21' } }), 'AreaCode');
  });

  it('validates UpdateProxySession’s Capabilities and ExpiryMinutes', async () => {
    const { id } = await connectorWithNumbers(freshNumbers(1));
    const { ProxySessionId } = await createSession(id);
    const update = (input: Record<string, unknown>) =>
      chime.voice.send(
        new UpdateProxySessionCommand({ VoiceConnectorId: id, ProxySessionId, ...input } as never),
      );
    await expectBadRequest(update({}), 'Capabilities');
    await expectBadRequest(update({ Capabilities: ['Video'] }), 'Capabilities');
    await expectBadRequest(update({ Capabilities: ['Voice'], ExpiryMinutes: 0 }), 'ExpiryMinutes');
  });

  it('answers 404 for an unknown connector or a session of another connector', async () => {
    const { id } = await connectorWithNumbers(freshNumbers(1));
    const other = await newVoiceConnector(chime.voice, 'other');
    const { ProxySessionId } = await createSession(id);
    for (const command of [
      new GetProxySessionCommand({ VoiceConnectorId: other, ProxySessionId }),
      new UpdateProxySessionCommand({ VoiceConnectorId: other, ProxySessionId, Capabilities: ['SMS'] }),
      new DeleteProxySessionCommand({ VoiceConnectorId: other, ProxySessionId }),
      new GetProxySessionCommand({ VoiceConnectorId: id, ProxySessionId: 'no-such-session' }),
      new ListProxySessionsCommand({ VoiceConnectorId: 'abcdefghijklmnopqrst' }),
      new CreateProxySessionCommand({
        VoiceConnectorId: 'abcdefghijklmnopqrst',
        ParticipantPhoneNumbers: ['+12065550100', '+12065550101'],
        Capabilities: ['SMS'],
      }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);
  });
});

describe('ListProxySessions', () => {
  it('pages every session exactly once, filters by status, and validates MaxResults and Status', async () => {
    const { id } = await connectorWithNumbers(freshNumbers(1));
    const open: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const participants = [`+1720555${1000 + index}`, `+1720555${2000 + index}`];
      open.push(
        (await createSession(id, { ParticipantPhoneNumbers: participants })).ProxySessionId as string,
      );
    }
    const expiring = await createSession(id, {
      ParticipantPhoneNumbers: ['+17205553000', '+17205553001'],
      ExpiryMinutes: 1,
    });
    advanceClock(2);

    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListProxySessions(
      { client: chime.voice, pageSize: 3 },
      { VoiceConnectorId: id },
    )) {
      pages += 1;
      expect(page.ProxySessions?.length).toBeLessThanOrEqual(3);
      ids.push(...(page.ProxySessions ?? []).map((session) => session.ProxySessionId as string));
    }
    expect(pages).toBe(3);
    expect(ids).toEqual([...open, expiring.ProxySessionId]);

    const openIds: string[] = [];
    for await (const page of paginateListProxySessions(
      { client: chime.voice, pageSize: 2 },
      { VoiceConnectorId: id, Status: 'Open' },
    ))
      openIds.push(...(page.ProxySessions ?? []).map((session) => session.ProxySessionId as string));
    expect(openIds).toEqual(open);
    const closed = await chime.voice.send(
      new ListProxySessionsCommand({ VoiceConnectorId: id, Status: 'Closed' }),
    );
    expect(closed.ProxySessions?.map((session) => session.ProxySessionId)).toEqual([expiring.ProxySessionId]);

    await expectBadRequest(
      chime.voice.send(new ListProxySessionsCommand({ VoiceConnectorId: id, MaxResults: 100 })),
      'MaxResults',
    );
    await expectBadRequest(
      chime.voice.send(new ListProxySessionsCommand({ VoiceConnectorId: id, Status: 'Pending' as never })),
      'Status',
    );
    // A token of the unfiltered list is refused on the filtered one.
    const { NextToken } = await chime.voice.send(
      new ListProxySessionsCommand({ VoiceConnectorId: id, MaxResults: 1 }),
    );
    await expectBadRequest(
      chime.voice.send(new ListProxySessionsCommand({ VoiceConnectorId: id, Status: 'Open', NextToken })),
      'NextToken',
    );
  });
});
