import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTENDEES_PER_MEETING } from '../../src/chime-local/meetings/state.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
const log = capturingLogger('debug');

beforeAll(async () => {
  gateway = await startTestGateway({ logger: log.logger });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const MEETING_FIELDS = 'meetingId externalMeetingId mediaRegion mediaPlacement { signalingUrl audioHostUrl }';

/** A new meeting's id, made through the graph. */
async function newMeeting(externalMeetingId = 'standup'): Promise<string> {
  const result = await gateway.query(
    'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { meetingId } userErrors { message } } }',
    { input: { externalMeetingId, mediaRegion: 'eu-west-1' } },
  );
  expect(result.data?.createMeeting.userErrors).toEqual([]);
  return result.data!.createMeeting.meeting.meetingId;
}

/** Adds attendees to a meeting through the graph; their ids, in order. */
async function addAttendees(meetingId: string, externalUserIds: string[]): Promise<string[]> {
  const result = await gateway.query(
    `mutation ($input: BatchCreateAttendeeInput!) {
      batchCreateAttendee(input: $input) { attendees { attendeeId } itemErrors { message } userErrors { message } }
    }`,
    { input: { meetingId, attendees: externalUserIds.map((externalUserId) => ({ externalUserId })) } },
  );
  expect(result.data?.batchCreateAttendee).toMatchObject({ itemErrors: [], userErrors: [] });
  return result.data!.batchCreateAttendee.attendees.map(
    (attendee: { attendeeId: string }) => attendee.attendeeId,
  );
}

/** Every join token chime-local has handed out so far. */
const joinTokens = () =>
  [...gateway.store.meetings.meetings.values()].flatMap((record) =>
    [...record.attendees.values()].map((attendee) => attendee.attendee.JoinToken),
  );

describe('meetings through the graph', () => {
  it('creates a meeting with one call and answers it from the primed loader', async () => {
    const result = await gateway.query(
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id ${MEETING_FIELDS} } userErrors { field message code } } }`,
      {
        input: {
          clientRequestToken: 'graph-create-1',
          externalMeetingId: 'all-hands',
          mediaRegion: 'ap-south-1',
          tags: [{ key: 'team', value: 'core' }],
          notificationsConfiguration: { snsTopicArn: 'arn:aws:sns:us-east-1:111122223333:meetings' },
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const { meeting, userErrors } = result.data!.createMeeting;
    expect(userErrors).toEqual([]);
    expect(meeting).toMatchObject({ externalMeetingId: 'all-hands', mediaRegion: 'ap-south-1' });
    expect(meeting.mediaPlacement.signalingUrl).toContain(meeting.meetingId);
    expect(Buffer.from(meeting.id, 'base64').toString()).toBe(`Meeting:${meeting.meetingId}`);
    expect((await gateway.stats()).calls).toEqual({ CreateMeeting: 1 });
    expect(gateway.store.meetings.meetings.get(meeting.meetingId)?.tags).toEqual([
      { Key: 'team', Value: 'core' },
    ]);
  });

  it('reads a meeting with its attendees, the list started beside GetMeeting', async () => {
    const meetingId = await newMeeting('review');
    await addAttendees(meetingId, ['ana', 'bo']);
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($meetingId: String!) { meeting(meetingId: $meetingId) { ${MEETING_FIELDS} attendees { nodes { id attendeeId externalUserId meetingId } } } }`,
      { meetingId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.meeting).toMatchObject({
      meetingId,
      externalMeetingId: 'review',
      mediaRegion: 'eu-west-1',
    });
    expect(
      result.data!.meeting.attendees.nodes.map((node: { externalUserId: string }) => node.externalUserId),
    ).toEqual(['ana', 'bo']);
    expect((await gateway.stats()).calls).toEqual({ GetMeeting: 1, ListAttendees: 1 });

    await gateway.resetStats();
    await gateway.faults({ errorRate: 1, operations: ['GetMeeting'] });
    try {
      const failed = await gateway.query(
        'query ($meetingId: String!) { meeting(meetingId: $meetingId) { attendees { nodes { attendeeId } } } }',
        { meetingId },
      );
      expect(failed.data).toEqual({ meeting: null });
      expect(failed.errors?.[0]?.extensions?.upstream).toMatchObject({ operation: 'GetMeeting' });
    } finally {
      await gateway.faults({ errorRate: 0, operations: null });
    }
    expect((await gateway.stats()).calls.ListAttendees).toBe(1);
  });

  it('answers a meeting that does not exist with null, and a meeting id that is not one without a call', async () => {
    const missing = await gateway.query(
      '{ meeting(meetingId: "00000000-0000-4000-8000-000000000000") { meetingId } }',
    );
    expect(missing).toEqual({ data: { meeting: null } });
    await gateway.resetStats();
    const bad = await gateway.query('{ meeting(meetingId: "standup") { meetingId } }');
    expect(bad.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('meetingId must match the pattern'),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('pages the attendees over NextToken, and the pages prime GetAttendee', async () => {
    const meetingId = await newMeeting('paging');
    const names = Array.from({ length: 7 }, (_, index) => `user-${index}`);
    const ids = await addAttendees(meetingId, names);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      await gateway.resetStats();
      const page: any = await gateway.query(
        'query ($meetingId: String!, $after: String) { meeting(meetingId: $meetingId) { attendees(first: 3, after: $after) { nodes { attendeeId } pageInfo { hasNextPage endCursor } } } }',
        { meetingId, after },
      );
      expect(page.errors).toBeUndefined();
      const { nodes, pageInfo } = page.data.meeting.attendees;
      seen.push(...nodes.map((node: { attendeeId: string }) => node.attendeeId));
      expect((await gateway.stats()).calls.ListAttendees).toBe(1);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids);

    // Each attendee read back under its page's items costs nothing: the page primed the loader.
    await gateway.resetStats();
    const primed = await gateway.query(
      'query ($meetingId: String!, $attendeeId: String!) { meeting(meetingId: $meetingId) { attendees(first: 2) { nodes { meeting { attendee(attendeeId: $attendeeId) { externalUserId } } } } } }',
      { meetingId, attendeeId: ids[0] },
    );
    expect(primed.errors).toBeUndefined();
    expect(primed.data!.meeting.attendees.nodes[1].meeting.attendee).toEqual({ externalUserId: 'user-0' });
    expect((await gateway.stats()).calls).toEqual({ GetMeeting: 1, ListAttendees: 1 });

    await gateway.resetStats();
    const single = await gateway.query(
      'query ($meetingId: String!, $attendeeId: String!) { meeting(meetingId: $meetingId) { attendee(attendeeId: $attendeeId) { attendeeId externalUserId meeting { meetingId } } } }',
      { meetingId, attendeeId: ids[3] },
    );
    expect(single.data!.meeting.attendee).toEqual({
      attendeeId: ids[3],
      externalUserId: 'user-3',
      meeting: { meetingId },
    });
    expect((await gateway.stats()).calls).toEqual({ GetMeeting: 1, GetAttendee: 1 });
  });

  it('lists the meetings (ListMeetings) as a connection', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) await newMeeting(name);
    await gateway.resetStats();
    const first = await gateway.query(
      '{ meetings(first: 2) { nodes { meetingId externalMeetingId } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.meetings.nodes).toHaveLength(2);
    expect(first.data!.meetings.pageInfo.hasNextPage).toBe(true);
    expect((await gateway.stats()).calls).toEqual({ ListMeetings: 1 });

    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gateway.query(
        'query ($after: String) { meetings(first: 100, after: $after) { nodes { meetingId } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      all.push(...page.data.meetings.nodes.map((node: { meetingId: string }) => node.meetingId));
      after = page.data.meetings.pageInfo.hasNextPage ? page.data.meetings.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual([...gateway.store.meetings.meetings.keys()]);
  });

  it('reads meetings and attendees by global id', async () => {
    const meetingId = await newMeeting('nodes');
    const [attendeeId] = await addAttendees(meetingId, ['node-user']);
    const meetingNode = Buffer.from(`Meeting:${meetingId}`).toString('base64');
    const attendeeNode = Buffer.from(`Attendee:${meetingId}|${attendeeId}`).toString('base64');
    await gateway.resetStats();
    const result = await gateway.query(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Meeting { externalMeetingId } ... on Attendee { externalUserId } } }',
      { ids: [meetingNode, attendeeNode] },
    );
    expect(result.data!.nodes).toEqual([
      { id: meetingNode, externalMeetingId: 'nodes' },
      { id: attendeeNode, externalUserId: 'node-user' },
    ]);
    expect((await gateway.stats()).calls).toEqual({ GetMeeting: 1, GetAttendee: 1 });
  });

  it('deletes a meeting, its attendees with it; deleting it again is NOT_FOUND', async () => {
    const meetingId = await newMeeting('ending');
    const [attendeeId] = await addAttendees(meetingId, ['leaver']);
    await gateway.resetStats();
    const deleted = await gateway.query(
      'mutation ($meetingId: String!) { deleteMeeting(input: { meetingId: $meetingId }) { deletedMeetingId deletedId userErrors { code } } }',
      { meetingId },
    );
    expect(deleted.data!.deleteMeeting).toEqual({
      deletedMeetingId: meetingId,
      deletedId: Buffer.from(`Meeting:${meetingId}`).toString('base64'),
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ DeleteMeeting: 1 });
    const gone = await gateway.query(
      'query ($meetingId: String!, $attendee: ID!) { meeting(meetingId: $meetingId) { meetingId } node(id: $attendee) { id } }',
      { meetingId, attendee: Buffer.from(`Attendee:${meetingId}|${attendeeId}`).toString('base64') },
    );
    expect(gone).toEqual({ data: { meeting: null, node: null } });
    const again = await gateway.query(
      'mutation ($meetingId: String!) { deleteMeeting(input: { meetingId: $meetingId }) { deletedMeetingId userErrors { field code message } } }',
      { meetingId },
    );
    expect(again.data!.deleteMeeting).toEqual({
      deletedMeetingId: null,
      userErrors: [{ field: null, code: 'NOT_FOUND', message: expect.stringContaining(meetingId) }],
    });
  });
});

describe('meeting mutations through the graph', () => {
  it('creates a meeting with attendees in one call', async () => {
    const result = await gateway.query(
      `mutation ($input: CreateMeetingWithAttendeesInput!) {
        createMeetingWithAttendees(input: $input) {
          meeting { meetingId mediaRegion attendees { nodes { externalUserId } } }
          attendees { attendeeId externalUserId }
          itemErrors { externalUserId }
          userErrors { message }
        }
      }`,
      {
        input: {
          externalMeetingId: 'kickoff',
          attendees: [
            { externalUserId: 'ana', tags: [{ key: 'role', value: 'host' }] },
            { externalUserId: 'bo' },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createMeetingWithAttendees;
    expect(payload).toMatchObject({ itemErrors: [], userErrors: [] });
    expect(payload.meeting.mediaRegion).toBe('us-east-1');
    expect(payload.attendees.map((attendee: { externalUserId: string }) => attendee.externalUserId)).toEqual([
      'ana',
      'bo',
    ]);
    expect(payload.meeting.attendees.nodes).toEqual([{ externalUserId: 'ana' }, { externalUserId: 'bo' }]);
    expect((await gateway.stats()).calls).toEqual({ CreateMeetingWithAttendees: 1, ListAttendees: 1 });
  });

  it('creates an attendee once per externalUserId, deletes it, and NOT_FOUND for an unknown meeting', async () => {
    const meetingId = await newMeeting('attendees');
    await gateway.resetStats();
    const create = (externalUserId: string, id = meetingId) =>
      gateway.query(
        'mutation ($input: CreateAttendeeInput!) { createAttendee(input: $input) { attendee { id attendeeId externalUserId meetingId } userErrors { field code message } } }',
        { input: { meetingId: id, externalUserId } },
      );
    const first = await create('carol');
    const again = await create('carol');
    expect(first.data!.createAttendee.userErrors).toEqual([]);
    expect(again.data!.createAttendee.attendee).toEqual(first.data!.createAttendee.attendee);
    expect((await gateway.stats()).calls).toEqual({ CreateAttendee: 2 });

    const { attendeeId } = first.data!.createAttendee.attendee;
    await gateway.resetStats();
    const deleted = await gateway.query(
      'mutation ($input: DeleteAttendeeInput!) { deleteAttendee(input: $input) { deletedAttendeeId deletedId meeting { meetingId } userErrors { code } } }',
      { input: { meetingId, attendeeId } },
    );
    expect(deleted.data!.deleteAttendee).toEqual({
      deletedAttendeeId: attendeeId,
      deletedId: first.data!.createAttendee.attendee.id,
      meeting: { meetingId },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ DeleteAttendee: 1, GetMeeting: 1 });
    const gone = await gateway.query(
      'query ($meetingId: String!, $attendeeId: String!) { meeting(meetingId: $meetingId) { attendee(attendeeId: $attendeeId) { attendeeId } } }',
      { meetingId, attendeeId },
    );
    expect(gone.data).toEqual({ meeting: { attendee: null } });

    const unknown = await create('dan', '00000000-0000-4000-8000-000000000000');
    expect(unknown.data!.createAttendee).toEqual({
      attendee: null,
      userErrors: [{ field: null, code: 'NOT_FOUND', message: expect.stringContaining('not found') }],
    });
  });

  it('reports the attendees a batch could not create as itemErrors pointing at their input items', async () => {
    const meetingId = await newMeeting('crowded');
    const record = gateway.store.meetings.meetings.get(meetingId)!;
    for (let index = 0; index < MAX_ATTENDEES_PER_MEETING - 1; index += 1)
      gateway.store.meetings.addAttendee(record, {
        id: crypto.randomUUID(),
        externalUserId: `seat-${index}`,
      });
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($input: BatchCreateAttendeeInput!) {
        batchCreateAttendee(input: $input) {
          meeting { meetingId }
          attendees { externalUserId }
          itemErrors { externalUserId field code upstreamCode message }
          userErrors { message }
        }
      }`,
      { input: { meetingId, attendees: [{ externalUserId: 'last' }, { externalUserId: 'late' }] } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.batchCreateAttendee).toEqual({
      meeting: { meetingId },
      attendees: [{ externalUserId: 'last' }],
      itemErrors: [
        {
          externalUserId: 'late',
          field: ['input', 'attendees', '1'],
          code: 'INVALID',
          upstreamCode: 'ResourceLimitExceeded',
          message: expect.stringContaining('limit'),
        },
      ],
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ BatchCreateAttendee: 1, GetMeeting: 1 });
  });

  it.each([
    [
      'createMeeting',
      'CreateMeetingInput',
      { mediaRegion: 'mars-1' },
      ['input', 'mediaRegion'],
      'mediaRegion must be one of',
    ],
    [
      'createMeeting',
      'CreateMeetingInput',
      { clientRequestToken: 'x' },
      ['input', 'clientRequestToken'],
      'at least 2',
    ],
    [
      'createMeeting',
      'CreateMeetingInput',
      { clientRequestToken: 'not valid!' },
      ['input', 'clientRequestToken'],
      'must match the pattern',
    ],
    [
      'createMeeting',
      'CreateMeetingInput',
      { externalMeetingId: 'x'.repeat(65) },
      ['input', 'externalMeetingId'],
      'at most 64',
    ],
    ['createMeeting', 'CreateMeetingInput', { meetingHostId: 'h' }, ['input', 'meetingHostId'], 'at least 2'],
    [
      'createMeeting',
      'CreateMeetingInput',
      { notificationsConfiguration: { sqsQueueArn: 'queue' } },
      ['input', 'notificationsConfiguration', 'sqsQueueArn'],
      'must match the pattern',
    ],
    [
      'createMeeting',
      'CreateMeetingInput',
      { tags: Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' })) },
      ['input', 'tags'],
      'at most 50',
    ],
    [
      'createMeetingWithAttendees',
      'CreateMeetingWithAttendeesInput',
      { attendees: Array.from({ length: 11 }, (_, index) => ({ externalUserId: `user-${index}` })) },
      ['input', 'attendees'],
      'at most 10',
    ],
    [
      'createMeetingWithAttendees',
      'CreateMeetingWithAttendeesInput',
      { attendees: [] },
      ['input', 'attendees'],
      'at least 1',
    ],
    [
      'createMeetingWithAttendees',
      'CreateMeetingWithAttendeesInput',
      { attendees: [{ externalUserId: 'ok' }, { externalUserId: 'x' }] },
      ['input', 'attendees', '1', 'externalUserId'],
      'attendees[1].externalUserId must be at least 2',
    ],
    [
      'batchCreateAttendee',
      'BatchCreateAttendeeInput',
      {
        meetingId: '00000000-0000-4000-8000-000000000000',
        attendees: Array.from({ length: 101 }, (_, index) => ({ externalUserId: `user-${index}` })),
      },
      ['input', 'attendees'],
      'at most 100',
    ],
    [
      'batchCreateAttendee',
      'BatchCreateAttendeeInput',
      { meetingId: 'standup', attendees: [{ externalUserId: 'ana' }] },
      ['input', 'meetingId'],
      'meetingId must match the pattern',
    ],
    [
      'createAttendee',
      'CreateAttendeeInput',
      { meetingId: '00000000-0000-4000-8000-000000000000', externalUserId: 'y'.repeat(65) },
      ['input', 'externalUserId'],
      'at most 64',
    ],
    [
      'createAttendee',
      'CreateAttendeeInput',
      {
        meetingId: '00000000-0000-4000-8000-000000000000',
        externalUserId: 'ana',
        tags: Array.from({ length: 11 }, (_, index) => ({ key: `k${index}`, value: 'v' })),
      },
      ['input', 'tags'],
      'at most 10',
    ],
    [
      'deleteAttendee',
      'DeleteAttendeeInput',
      { meetingId: '00000000-0000-4000-8000-000000000000', attendeeId: '..' },
      ['input', 'attendeeId'],
      'must not be "." or ".."',
    ],
  ])('%s refuses %j before any call', async (mutation, inputType, input, field, message) => {
    const result = await gateway.query(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { field code message } } }`,
      { input },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data![mutation].userErrors).toEqual([
      { field, code: 'INVALID', message: expect.stringContaining(message) },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('join tokens', () => {
  it('are in no field of the schema, no answer and no log line', async () => {
    const types = await gateway.query('{ __type(name: "Attendee") { fields { name } } }');
    const names = types.data!.__type.fields.map((field: { name: string }) => field.name);
    expect(names).toEqual(expect.arrayContaining(['attendeeId', 'externalUserId', 'meetingId']));
    expect(names.filter((name: string) => /token/i.test(name))).toEqual([]);

    const meetingId = await newMeeting('tokens');
    const answers = [
      await gateway.query(
        'mutation ($meetingId: String!) { createAttendee(input: { meetingId: $meetingId, externalUserId: "tok-1" }) { attendee { attendeeId } } }',
        { meetingId },
      ),
      await gateway.query(
        'mutation ($meetingId: String!) { batchCreateAttendee(input: { meetingId: $meetingId, attendees: [{ externalUserId: "tok-2" }] }) { attendees { attendeeId } } }',
        { meetingId },
      ),
      await gateway.query(
        'mutation { createMeetingWithAttendees(input: { attendees: [{ externalUserId: "tok-3" }] }) { attendees { attendeeId } } }',
      ),
      await gateway.query(
        'query ($meetingId: String!) { meeting(meetingId: $meetingId) { attendees { nodes { attendeeId externalUserId } } } }',
        { meetingId },
      ),
    ];
    const tokens = joinTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    const seen = JSON.stringify(answers) + JSON.stringify(log.entries);
    expect(log.entries.length).toBeGreaterThan(0);
    for (const token of tokens) expect(seen).not.toContain(token);
  });
});
