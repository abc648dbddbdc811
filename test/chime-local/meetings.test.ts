import {
  BadRequestException,
  BatchCreateAttendeeCommand,
  CreateAttendeeCommand,
  CreateMeetingCommand,
  type CreateMeetingCommandInput,
  CreateMeetingWithAttendeesCommand,
  DeleteAttendeeCommand,
  DeleteMeetingCommand,
  GetAttendeeCommand,
  GetMeetingCommand,
  ListAttendeesCommand,
  NotFoundException,
  paginateListAttendees,
} from '@aws-sdk/client-chime-sdk-meetings';
import { describe, expect, it } from 'vitest';
import { MAX_ATTENDEES_PER_MEETING } from '../../src/chime-local/meetings/state.ts';
import { expectBadRequest, newMeeting, useMeetingsLocal } from './meetings-helpers.ts';
import { rejection } from './voice-helpers.ts';

const chime = useMeetingsLocal();

const UUID = /^[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}$/;

describe('meetings', () => {
  it('creates a meeting in its media Region once per ClientRequestToken, reads and deletes it', async () => {
    const input = { ClientRequestToken: 'weekly-1', MediaRegion: 'eu-west-2', ExternalMeetingId: 'weekly' };
    const { Meeting: created } = await chime.meetings.send(new CreateMeetingCommand(input));
    expect(created?.MeetingId).toMatch(UUID);
    expect(created).toMatchObject({ MediaRegion: 'eu-west-2', ExternalMeetingId: 'weekly' });
    expect(created?.MediaPlacement?.SignalingUrl).toContain(created?.MeetingId);

    const { Meeting: replayed } = await chime.meetings.send(new CreateMeetingCommand(input));
    expect(replayed?.MeetingId).toBe(created?.MeetingId);

    const { Meeting: read } = await chime.meetings.send(
      new GetMeetingCommand({ MeetingId: created?.MeetingId }),
    );
    expect(read).toEqual(created);

    await chime.meetings.send(new DeleteMeetingCommand({ MeetingId: created?.MeetingId }));
    expect(
      await rejection(chime.meetings.send(new GetMeetingCommand({ MeetingId: created?.MeetingId }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('hosts a meeting in us-east-1 when the request names no Region', async () => {
    const { Meeting: meeting } = await chime.meetings.send(
      new CreateMeetingCommand({ ClientRequestToken: 'no-region' } as CreateMeetingCommandInput),
    );
    expect(meeting?.MediaRegion).toBe('us-east-1');
  });

  it("refuses a create that breaks the reference's rules with 400 naming the member", async () => {
    const create = (input: Partial<CreateMeetingCommandInput>) =>
      chime.meetings.send(
        new CreateMeetingCommand({
          ClientRequestToken: 'valid-token',
          MediaRegion: 'us-east-1',
          ExternalMeetingId: 'rules',
          ...input,
        }),
      );
    await expectBadRequest(create({ ClientRequestToken: 'x' }), 'ClientRequestToken');
    await expectBadRequest(create({ ClientRequestToken: 'not valid!' }), 'ClientRequestToken');
    await expectBadRequest(create({ MediaRegion: 'mars-1' }), 'MediaRegion');
    await expectBadRequest(create({ ExternalMeetingId: 'x' }), 'ExternalMeetingId');
    await expectBadRequest(create({ ExternalMeetingId: 'x'.repeat(65) }), 'ExternalMeetingId');
    await expectBadRequest(
      create({ NotificationsConfiguration: { SnsTopicArn: 'topic' } }),
      'NotificationsConfiguration.SnsTopicArn',
    );
    await expectBadRequest(
      create({ Tags: Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: 'v' })) }),
      'Tags',
    );
  });

  it('answers a meeting id that is not a UUID with 400, an unknown one with 404', async () => {
    await expectBadRequest(
      chime.meetings.send(new GetMeetingCommand({ MeetingId: 'not-a-uuid' })),
      'MeetingId',
    );
    const error = await rejection(
      chime.meetings.send(new DeleteMeetingCommand({ MeetingId: '00000000-0000-4000-8000-000000000000' })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.message).toContain('00000000-0000-4000-8000-000000000000');
  });

  it('creates a meeting with its attendees, reporting those it could not create', async () => {
    const {
      Meeting: meeting,
      Attendees,
      Errors,
    } = await chime.meetings.send(
      new CreateMeetingWithAttendeesCommand({
        ClientRequestToken: 'with-attendees',
        MediaRegion: 'us-west-2',
        ExternalMeetingId: 'kickoff',
        Attendees: [{ ExternalUserId: 'ana' }, { ExternalUserId: 'x' }, { ExternalUserId: 'bo' }],
      }),
    );
    expect(meeting?.MediaRegion).toBe('us-west-2');
    expect(Attendees?.map((attendee) => attendee.ExternalUserId)).toEqual(['ana', 'bo']);
    expect(Errors).toEqual([
      {
        ExternalUserId: 'x',
        ErrorCode: 'BadRequest',
        ErrorMessage: expect.stringContaining('ExternalUserId'),
      },
    ]);
    const { Attendees: listed } = await chime.meetings.send(
      new ListAttendeesCommand({ MeetingId: meeting?.MeetingId }),
    );
    expect(listed).toEqual(Attendees);
  });

  it('refuses more than 10 attendees in a CreateMeetingWithAttendees and creates no meeting', async () => {
    const before = chime.local.store.meetings.meetings.size;
    await expectBadRequest(
      chime.meetings.send(
        new CreateMeetingWithAttendeesCommand({
          ClientRequestToken: 'too-many',
          MediaRegion: 'us-east-1',
          ExternalMeetingId: 'crowd',
          Attendees: Array.from({ length: 11 }, (_, index) => ({ ExternalUserId: `user-${index}` })),
        }),
      ),
      'Attendees',
    );
    expect(chime.local.store.meetings.meetings.size).toBe(before);
  });
});

describe('attendees', () => {
  it('creates an attendee once per ExternalUserId with a join token, reads and deletes it', async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const { Attendee: created } = await chime.meetings.send(
      new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'user-ana' }),
    );
    expect(created?.AttendeeId).toMatch(UUID);
    expect(created?.JoinToken).toMatch(/^[a-zA-Z0-9+/]{2,}={0,2}$/);
    const { Attendee: again } = await chime.meetings.send(
      new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'user-ana' }),
    );
    expect(again).toEqual(created);

    const { Attendee: read } = await chime.meetings.send(
      new GetAttendeeCommand({ MeetingId, AttendeeId: created?.AttendeeId }),
    );
    expect(read).toEqual(created);
    await chime.meetings.send(new DeleteAttendeeCommand({ MeetingId, AttendeeId: created?.AttendeeId }));
    const error = await rejection(
      chime.meetings.send(new GetAttendeeCommand({ MeetingId, AttendeeId: created?.AttendeeId })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });

  it("refuses an attendee that breaks the reference's rules, and one of a meeting that does not exist", async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    await expectBadRequest(
      chime.meetings.send(new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'x' })),
      'ExternalUserId',
    );
    await expectBadRequest(
      chime.meetings.send(new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'y'.repeat(65) })),
      'ExternalUserId',
    );
    await expectBadRequest(
      chime.meetings.send(new GetAttendeeCommand({ MeetingId, AttendeeId: '../x' })),
      'AttendeeId',
    );
    expect(
      await rejection(
        chime.meetings.send(
          new CreateAttendeeCommand({
            MeetingId: '00000000-0000-4000-8000-000000000000',
            ExternalUserId: 'ana',
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('deletes the attendees with their meeting', async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const { Attendee } = await chime.meetings.send(
      new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'ana' }),
    );
    await chime.meetings.send(new DeleteMeetingCommand({ MeetingId }));
    expect(
      await rejection(
        chime.meetings.send(new GetAttendeeCommand({ MeetingId, AttendeeId: Attendee?.AttendeeId })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('creates a batch of attendees, each one it cannot create in Errors', async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const { Attendees, Errors } = await chime.meetings.send(
      new BatchCreateAttendeeCommand({
        MeetingId,
        Attendees: [{ ExternalUserId: 'ana' }, { ExternalUserId: 'b' }, { ExternalUserId: 'cy' }],
      }),
    );
    expect(Attendees?.map((attendee) => attendee.ExternalUserId)).toEqual(['ana', 'cy']);
    expect(Errors).toEqual([
      {
        ExternalUserId: 'b',
        ErrorCode: 'BadRequest',
        ErrorMessage: expect.stringContaining('ExternalUserId'),
      },
    ]);
  });

  it('refuses a batch of more than 100 attendees, or none', async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const batch = (count: number) =>
      chime.meetings.send(
        new BatchCreateAttendeeCommand({
          MeetingId,
          Attendees: Array.from({ length: count }, (_, index) => ({ ExternalUserId: `user-${index}` })),
        }),
      );
    await expectBadRequest(batch(101), 'Attendees');
    await expectBadRequest(batch(0), 'Attendees');
    const { Attendees } = await chime.meetings.send(new ListAttendeesCommand({ MeetingId }));
    expect(Attendees).toEqual([]);
  });

  it("reports the attendees past a meeting's limit as ResourceLimitExceeded", async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const record = chime.local.store.meetings.meetings.get(MeetingId!)!;
    for (let index = 0; index < MAX_ATTENDEES_PER_MEETING - 1; index += 1)
      chime.local.store.meetings.addAttendee(record, {
        id: crypto.randomUUID(),
        externalUserId: `seat-${index}`,
      });
    const { Attendees, Errors } = await chime.meetings.send(
      new BatchCreateAttendeeCommand({
        MeetingId,
        Attendees: [{ ExternalUserId: 'last' }, { ExternalUserId: 'late' }],
      }),
    );
    expect(Attendees?.map((attendee) => attendee.ExternalUserId)).toEqual(['last']);
    expect(Errors).toEqual([
      {
        ExternalUserId: 'late',
        ErrorCode: 'ResourceLimitExceeded',
        ErrorMessage: expect.stringContaining('limit'),
      },
    ]);
    const error = await rejection(
      chime.meetings.send(new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'one-more' })),
    );
    expect(error.name).toBe('ResourceLimitExceededException');
  });

  it('pages the attendees with NextToken, refusing a MaxResults out of range and a token altered', async () => {
    const { MeetingId } = await newMeeting(chime.meetings);
    const names = Array.from({ length: 7 }, (_, index) => `user-${index}`);
    await chime.meetings.send(
      new BatchCreateAttendeeCommand({
        MeetingId,
        Attendees: names.map((name) => ({ ExternalUserId: name })),
      }),
    );
    const seen: string[] = [];
    for await (const page of paginateListAttendees({ client: chime.meetings, pageSize: 3 }, { MeetingId })) {
      expect(page.Attendees?.length).toBeLessThanOrEqual(3);
      seen.push(...(page.Attendees ?? []).map((attendee) => attendee.ExternalUserId ?? ''));
    }
    expect(seen).toEqual(names);

    await expectBadRequest(
      chime.meetings.send(new ListAttendeesCommand({ MeetingId, MaxResults: 100 })),
      'MaxResults',
    );
    const { NextToken } = await chime.meetings.send(new ListAttendeesCommand({ MeetingId, MaxResults: 2 }));
    const error = await rejection(
      chime.meetings.send(new ListAttendeesCommand({ MeetingId, NextToken: `${NextToken}x` })),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('NextToken');
  });
});
