import {
  CreateAttendeeCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-chime-sdk-meetings';
import { describe, expect, it } from 'vitest';
import { LOCAL_AWS_ACCOUNT_ID } from '../../src/chime-local/store.ts';
import { newMeeting, signedRequest, useMeetingsLocal } from './meetings-helpers.ts';
import { rejection } from './voice-helpers.ts';

// TagMeeting, UntagMeeting, ListMeetingTags and their attendee twins are the legacy namespace's
// alone: their wire format is the API reference's. TagResource, UntagResource and
// ListTagsForResource are the Chime SDK Meetings namespace's, proved with its client.
const chime = useMeetingsLocal();

const arnOf = (meetingId: string) => `arn:aws:chime:us-east-1:${LOCAL_AWS_ACCOUNT_ID}:meeting/${meetingId}`;
const tags = (count: number, prefix = 'k') =>
  Array.from({ length: count }, (_, index) => ({ Key: `${prefix}${index}`, Value: `v${index}` }));

async function newAttendee(meetingId: string) {
  const { Attendee } = await chime.meetings.send(
    new CreateAttendeeCommand({ MeetingId: meetingId, ExternalUserId: `user-${Math.random()}` }),
  );
  return Attendee!.AttendeeId!;
}

describe('meeting tags by id (legacy wire format)', () => {
  it('adds tags (a key already there takes the new value), lists them and takes them off by key', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const path = `/meetings/${id}/tags`;
    const add = (Tags: unknown) =>
      signedRequest(chime.local, 'POST', `${path}?operation=add`, JSON.stringify({ Tags }));

    expect(
      await add([
        { Key: 'team', Value: 'blue' },
        { Key: 'cost', Value: '1' },
      ]),
    ).toMatchObject({ status: 204 });
    expect(await add([{ Key: 'team', Value: 'red' }])).toMatchObject({ status: 204 });
    expect(await signedRequest(chime.local, 'GET', path)).toMatchObject({
      status: 200,
      body: {
        Tags: [
          { Key: 'team', Value: 'red' },
          { Key: 'cost', Value: '1' },
        ],
      },
    });

    const removed = await signedRequest(
      chime.local,
      'POST',
      `${path}?operation=delete`,
      JSON.stringify({ TagKeys: ['team', 'absent'] }),
    );
    expect(removed.status).toBe(204);
    expect((await signedRequest(chime.local, 'GET', path)).body).toEqual({
      Tags: [{ Key: 'cost', Value: '1' }],
    });
  });

  it('refuses 0 or 51 tags, keys and values too long, and more than 50 in all, naming the rule', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const add = (Tags: unknown) =>
      signedRequest(chime.local, 'POST', `/meetings/${id}/tags?operation=add`, JSON.stringify({ Tags }));
    for (const [Tags, says] of [
      [[], 'Tags'],
      [tags(51), 'Tags'],
      [[{ Key: 'k'.repeat(129), Value: 'v' }], 'Tags[0].Key'],
      [[{ Key: 'k', Value: 'v'.repeat(257) }], 'Tags[0].Value'],
    ] as const) {
      const answer = await add(Tags);
      expect(answer).toMatchObject({ status: 400, errorType: 'BadRequestException' });
      expect(answer.body.Message).toContain(says);
    }
    expect((await add(tags(30, 'a'))).status).toBe(204);
    const over = await add(tags(30, 'b'));
    expect(over).toMatchObject({ status: 400, errorType: 'ResourceLimitExceededException' });
    expect(over.body.Message).toContain('at most 50 tags');

    const noKeys = await signedRequest(
      chime.local,
      'POST',
      `/meetings/${id}/tags?operation=delete`,
      JSON.stringify({ TagKeys: [] }),
    );
    expect(noKeys).toMatchObject({ status: 400, body: { Message: expect.stringContaining('TagKeys') } });
  });

  it('answers 404 NotFoundException for a meeting that does not exist, 400 for an id that is not one', async () => {
    const missing = await signedRequest(
      chime.local,
      'GET',
      '/meetings/0f0e0d0c-0b0a-4908-8706-050403020100/tags',
    );
    expect(missing).toMatchObject({ status: 404, errorType: 'NotFoundException' });
    const malformed = await signedRequest(chime.local, 'GET', '/meetings/not-a-uuid/tags');
    expect(malformed).toMatchObject({ status: 400, body: { Message: expect.stringContaining('MeetingId') } });
  });
});

describe('attendee tags by id (legacy wire format)', () => {
  it('adds, lists and takes off an attendee’s tags, at most 10', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const attendeeId = await newAttendee(id!);
    const path = `/meetings/${id}/attendees/${attendeeId}/tags`;
    const add = (Tags: unknown) =>
      signedRequest(chime.local, 'POST', `${path}?operation=add`, JSON.stringify({ Tags }));

    expect((await add(tags(6))).status).toBe(204);
    expect((await signedRequest(chime.local, 'GET', path)).body.Tags).toHaveLength(6);
    expect(await add(tags(11))).toMatchObject({ status: 400, errorType: 'BadRequestException' });
    expect(await add(tags(6, 'x'))).toMatchObject({
      status: 400,
      errorType: 'ResourceLimitExceededException',
    });

    const removed = await signedRequest(
      chime.local,
      'POST',
      `${path}?operation=delete`,
      JSON.stringify({ TagKeys: ['k0', 'k1'] }),
    );
    expect(removed.status).toBe(204);
    expect(
      (await signedRequest(chime.local, 'GET', path)).body.Tags.map((tag: { Key: string }) => tag.Key),
    ).toEqual(['k2', 'k3', 'k4', 'k5']);

    const unknown = await signedRequest(
      chime.local,
      'GET',
      `/meetings/${id}/attendees/0f0e0d0c-0b0a-4908-8706-050403020100/tags`,
    );
    expect(unknown).toMatchObject({ status: 404, errorType: 'NotFoundException' });
  });
});

describe('meeting tags by ARN (Chime SDK Meetings client)', () => {
  it('reaches the same tags as the legacy actions', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const ResourceARN = arnOf(id!);
    await chime.meetings.send(
      new TagResourceCommand({ ResourceARN, Tags: [{ Key: 'team', Value: 'blue' }] }),
    );
    expect((await signedRequest(chime.local, 'GET', `/meetings/${id}/tags`)).body.Tags).toEqual([
      { Key: 'team', Value: 'blue' },
    ]);

    await signedRequest(
      chime.local,
      'POST',
      `/meetings/${id}/tags?operation=add`,
      JSON.stringify({ Tags: [{ Key: 'cost', Value: '7' }] }),
    );
    const listed = await chime.meetings.send(new ListTagsForResourceCommand({ ResourceARN }));
    expect(listed.Tags).toEqual([
      { Key: 'team', Value: 'blue' },
      { Key: 'cost', Value: '7' },
    ]);

    await chime.meetings.send(new UntagResourceCommand({ ResourceARN, TagKeys: ['team'] }));
    expect((await chime.meetings.send(new ListTagsForResourceCommand({ ResourceARN }))).Tags).toEqual([
      { Key: 'cost', Value: '7' },
    ]);
  });

  it('answers an ARN that breaks the pattern with 400, one naming no meeting with 404', async () => {
    const malformed = await rejection(
      chime.meetings.send(new ListTagsForResourceCommand({ ResourceARN: 'meeting/1' })),
    );
    expect(malformed).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
    expect(malformed.message).toContain('ResourceARN');
    const missing = await rejection(
      chime.meetings.send(
        new TagResourceCommand({
          ResourceARN: arnOf('0f0e0d0c-0b0a-4908-8706-050403020100'),
          Tags: [{ Key: 'k', Value: 'v' }],
        }),
      ),
    );
    expect(missing).toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
  });
});
