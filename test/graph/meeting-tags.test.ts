import { type ChimeSDKMeetingsClient, CreateAttendeeCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_AWS_ACCOUNT_ID } from '../../src/chime-local/store.ts';
import { meetingsClient, newMeeting } from '../chime-local/meetings-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

let gateway: TestGateway;
let meetings: ChimeSDKMeetingsClient;

beforeAll(async () => {
  gateway = await startTestGateway();
  meetings = meetingsClient(gateway.local);
});
afterAll(async () => {
  meetings.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const UNKNOWN_ID = '0f0e0d0c-0b0a-4908-8706-050403020100';
const arnOf = (meetingId: string) => `arn:aws:chime:us-east-1:${LOCAL_AWS_ACCOUNT_ID}:meeting/${meetingId}`;
const tags = (count: number, prefix = 'k') =>
  Array.from({ length: count }, (_, index) => ({ key: `${prefix}${index}`, value: `v${index}` }));

async function meetingWithAttendee() {
  const { MeetingId } = await newMeeting(meetings);
  const { Attendee } = await meetings.send(
    new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'tagged' }),
  );
  await gateway.resetStats();
  return { meetingId: MeetingId!, attendeeId: Attendee!.AttendeeId! };
}

const MEETING_TAGS = (
  mutation: 'tagMeeting' | 'untagMeeting',
  input: 'TagMeetingInput' | 'UntagMeetingInput',
) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { meetingId tags { key value } userErrors { field message code } } }`;
const ATTENDEE_TAGS = (
  mutation: 'tagAttendee' | 'untagAttendee',
  input: 'TagAttendeeInput' | 'UntagAttendeeInput',
) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { meetingId attendeeId tags { key value } userErrors { field message code } } }`;
const RESOURCE_TAGS = (
  mutation: 'tagResource' | 'untagResource',
  input: 'TagResourceInput' | 'UntagResourceInput',
) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { resourceArn tags { key value } userErrors { field message code } } }`;
const TAGS_FOR_RESOURCE = 'query ($arn: String!) { tagsForResource(resourceArn: $arn) { key value } }';

/** Sends a mutation, failing on GraphQL errors; answers its payload. */
async function mutate(document: string, input: Record<string, unknown>) {
  const result = await gateway.query(document, { input });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, any>;
}

describe('meeting tags by id', () => {
  it('tags a meeting and reads its tags back, one call each', async () => {
    const { meetingId } = await meetingWithAttendee();
    const tagged = await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
      meetingId,
      tags: [
        { key: 'team', value: 'blue' },
        { key: 'cost', value: '7' },
      ],
    });
    expect(tagged).toEqual({
      meetingId,
      tags: [
        { key: 'team', value: 'blue' },
        { key: 'cost', value: '7' },
      ],
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ TagMeeting: 1, ListMeetingTags: 1 });

    await gateway.resetStats();
    const untagged = await mutate(MEETING_TAGS('untagMeeting', 'UntagMeetingInput'), {
      meetingId,
      tagKeys: ['team'],
    });
    expect(untagged.tags).toEqual([{ key: 'cost', value: '7' }]);
    expect((await gateway.stats()).calls).toEqual({ UntagMeeting: 1, ListMeetingTags: 1 });
  });

  it('refuses bad input naming the field, with no upstream call', async () => {
    const cases: [Record<string, unknown>, string[], string][] = [
      [
        { meetingId: 'not-a-uuid', tags: tags(1) },
        ['input', 'meetingId'],
        'meetingId must match the pattern [a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12} (a UUID), got "not-a-uuid"',
      ],
      [{ meetingId: UNKNOWN_ID, tags: [] }, ['input', 'tags'], 'tags must have at least 1 item, got 0'],
      [
        { meetingId: UNKNOWN_ID, tags: tags(51) },
        ['input', 'tags'],
        'tags must have at most 50 items, got 51',
      ],
      [
        { meetingId: UNKNOWN_ID, tags: [{ key: 'k'.repeat(129), value: 'v' }] },
        ['input', 'tags', '0', 'key'],
        'tags[0].key must be at most 128 characters long, got 129',
      ],
      [
        { meetingId: UNKNOWN_ID, tags: [{ key: 'k', value: '' }] },
        ['input', 'tags', '0', 'value'],
        'tags[0].value must be at least 1 character long, got 0',
      ],
    ];
    for (const [input, field, message] of cases) {
      const payload = await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), input);
      expect(payload).toEqual({
        meetingId: null,
        tags: null,
        userErrors: [{ field, message, code: 'INVALID' }],
      });
    }
    const noKeys = await mutate(MEETING_TAGS('untagMeeting', 'UntagMeetingInput'), {
      meetingId: UNKNOWN_ID,
      tagKeys: [],
    });
    expect(noKeys.userErrors).toEqual([
      { field: ['input', 'tagKeys'], message: 'tagKeys must have at least 1 item, got 0', code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers the upstream refusals as user errors: an unknown meeting, a meeting with too many tags', async () => {
    const missing = await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
      meetingId: UNKNOWN_ID,
      tags: tags(1),
    });
    expect(missing).toMatchObject({ meetingId: null, userErrors: [{ code: 'NOT_FOUND', field: null }] });

    const { meetingId } = await meetingWithAttendee();
    await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), { meetingId, tags: tags(40, 'a') });
    const over = await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
      meetingId,
      tags: tags(20, 'b'),
    });
    expect(over).toMatchObject({ meetingId: null, userErrors: [{ code: 'INVALID' }] });
    expect(over.userErrors[0].message).toContain('at most 50 tags');
  });
});

describe('attendee tags by id', () => {
  it('tags an attendee with at most 10 and reads the tags back', async () => {
    const { meetingId, attendeeId } = await meetingWithAttendee();
    const tagged = await mutate(ATTENDEE_TAGS('tagAttendee', 'TagAttendeeInput'), {
      meetingId,
      attendeeId,
      tags: tags(3),
    });
    expect(tagged).toEqual({ meetingId, attendeeId, tags: tags(3), userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ TagAttendee: 1, ListAttendeeTags: 1 });

    await gateway.resetStats();
    const eleven = await mutate(ATTENDEE_TAGS('tagAttendee', 'TagAttendeeInput'), {
      meetingId,
      attendeeId,
      tags: tags(11),
    });
    expect(eleven.userErrors).toEqual([
      { field: ['input', 'tags'], message: 'tags must have at most 10 items, got 11', code: 'INVALID' },
    ]);
    const badAttendee = await mutate(ATTENDEE_TAGS('untagAttendee', 'UntagAttendeeInput'), {
      meetingId,
      attendeeId: '..',
      tagKeys: ['k0'],
    });
    expect(badAttendee.userErrors).toMatchObject([{ field: ['input', 'attendeeId'], code: 'INVALID' }]);
    expect((await gateway.stats()).total).toBe(0);

    const untagged = await mutate(ATTENDEE_TAGS('untagAttendee', 'UntagAttendeeInput'), {
      meetingId,
      attendeeId,
      tagKeys: ['k0', 'k2'],
    });
    expect(untagged.tags).toEqual([{ key: 'k1', value: 'v1' }]);
  });
});

describe('Meeting.tags and Attendee.tags', () => {
  const READ = `query ($meetingId: String!) {
    meeting(meetingId: $meetingId) {
      meetingId
      tags { key value }
      attendees { nodes { attendeeId tags { key value } } }
    }
  }`;

  it('reads a meeting’s tags and each attendee’s, one call each', async () => {
    const { meetingId, attendeeId } = await meetingWithAttendee();
    await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
      meetingId,
      tags: [{ key: 'team', value: 'blue' }],
    });
    await mutate(ATTENDEE_TAGS('tagAttendee', 'TagAttendeeInput'), {
      meetingId,
      attendeeId,
      tags: [{ key: 'role', value: 'host' }],
    });
    await gateway.resetStats();

    const result = await gateway.query(READ, { meetingId });
    expect(result).toEqual({
      data: {
        meeting: {
          meetingId,
          tags: [{ key: 'team', value: 'blue' }],
          attendees: { nodes: [{ attendeeId, tags: [{ key: 'role', value: 'host' }] }] },
        },
      },
    });
    expect((await gateway.stats()).calls).toEqual({
      GetMeeting: 1,
      ListMeetingTags: 1,
      ListAttendees: 1,
      ListAttendeeTags: 1,
    });
  });

  it('starts the meeting’s tags beside GetMeeting, so they are read even when it fails', async () => {
    const { meetingId } = await meetingWithAttendee();
    await gateway.faults({ errorRate: 1, operations: ['GetMeeting'] });
    const failed = await gateway.query(READ, { meetingId });
    await gateway.faults({});
    expect(failed.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await gateway.stats()).calls).toMatchObject({ ListMeetingTags: 1 });
  });

  it('answers the meeting in a tag payload, its tags read once for both fields', async () => {
    const { meetingId } = await meetingWithAttendee();
    const result = await gateway.query(
      `mutation ($input: TagMeetingInput!) {
        tagMeeting(input: $input) { meeting { meetingId tags { key } } tags { key } userErrors { code } }
      }`,
      { input: { meetingId, tags: [{ key: 'team', value: 'red' }] } },
    );
    expect(result).toEqual({
      data: {
        tagMeeting: {
          meeting: { meetingId, tags: [{ key: 'team' }] },
          tags: [{ key: 'team' }],
          userErrors: [],
        },
      },
    });
    expect((await gateway.stats()).calls).toEqual({ TagMeeting: 1, GetMeeting: 1, ListMeetingTags: 1 });
  });
});

describe('meeting tags by ARN', () => {
  it('reads and writes the tags the by-id mutations do', async () => {
    const { meetingId } = await meetingWithAttendee();
    const resourceArn = arnOf(meetingId);
    await mutate(MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
      meetingId,
      tags: [{ key: 'team', value: 'blue' }],
    });
    await gateway.resetStats();

    const read = await gateway.query(TAGS_FOR_RESOURCE, { arn: resourceArn });
    expect(read).toEqual({ data: { tagsForResource: [{ key: 'team', value: 'blue' }] } });
    expect((await gateway.stats()).calls).toEqual({ ListTagsForResource: 1 });

    await gateway.resetStats();
    const tagged = await mutate(RESOURCE_TAGS('tagResource', 'TagResourceInput'), {
      resourceArn,
      tags: [{ key: 'cost', value: '7' }],
    });
    expect(tagged).toEqual({
      resourceArn,
      tags: [
        { key: 'team', value: 'blue' },
        { key: 'cost', value: '7' },
      ],
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ TagResource: 1, ListTagsForResource: 1 });

    const untagged = await mutate(RESOURCE_TAGS('untagResource', 'UntagResourceInput'), {
      resourceArn,
      tagKeys: ['team'],
    });
    expect(untagged.tags).toEqual([{ key: 'cost', value: '7' }]);
  });

  it('reads the tags of an ARN that names no meeting as null', async () => {
    const read = await gateway.query(TAGS_FOR_RESOURCE, { arn: arnOf(UNKNOWN_ID) });
    expect(read).toEqual({ data: { tagsForResource: null } });
  });

  it('refuses an ARN that breaks the pattern before any call', async () => {
    const read = await gateway.query(TAGS_FOR_RESOURCE, { arn: 'meeting/1' });
    expect(read.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^resourceArn must match the pattern/),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const tagged = await mutate(RESOURCE_TAGS('tagResource', 'TagResourceInput'), {
      resourceArn: 'x'.repeat(1025),
      tags: tags(1),
    });
    expect(tagged.userErrors).toEqual([
      {
        field: ['input', 'resourceArn'],
        message: 'resourceArn must be at most 1024 characters long, got 1025',
        code: 'INVALID',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('who may use meeting tags', () => {
  it('lets an operator read them, writes need an admin of every account; refusals cost no call', async () => {
    const secured = await startTestGateway({
      auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
      local: gateway.local,
    });
    try {
      const send = async (
        role: string,
        accounts: string[],
        document: string,
        variables: Record<string, unknown>,
      ) => {
        const token = await mintHs256({ sub: role, chime_role: role, chime_accounts: accounts });
        return (await secured.send({ authorization: `Bearer ${token}` }, document, variables)).body;
      };
      const write = await send('operator', ['*'], MEETING_TAGS('tagMeeting', 'TagMeetingInput'), {
        input: { meetingId: UNKNOWN_ID, tags: tags(1) },
      });
      expect(write.errors).toMatchObject([{ path: ['tagMeeting'], extensions: { code: 'FORBIDDEN' } }]);
      const scoped = await send('admin', ['123'], TAGS_FOR_RESOURCE, { arn: arnOf(UNKNOWN_ID) });
      expect(scoped.errors).toMatchObject([{ path: ['tagsForResource'], extensions: { code: 'FORBIDDEN' } }]);
      expect((await gateway.stats()).total).toBe(0);
    } finally {
      await secured.close();
    }
  });
});
