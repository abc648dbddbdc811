import { badRequest, notFound, ServiceError } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { LOCAL_AWS_ACCOUNT_ID } from '../store.ts';
import { requiredArray, requiredString } from '../validate.ts';
import { attendeeOf, meetingOf, parseTags } from './rules.ts';
import type { MeetingRecord, MeetingTag } from './state.ts';

/*
 * The tags of meetings and attendees: by id (the legacy TagMeeting, TagAttendee… actions) and, for
 * meetings, by ARN (the Chime SDK Meetings namespace's TagResource…). Both reach the tags the
 * meeting's record holds, so a tag set one way is listed the other.
 */

/** The most tags a meeting carries, and one call adds or takes off. */
const MAX_MEETING_TAGS = 50;
/** The most tags an attendee carries, and one call adds or takes off. */
const MAX_ATTENDEE_TAGS = 10;

/** ResourceARN: 1-1024 characters of `arn[\/:\-_\.a-zA-Z0-9]+`. */
const RESOURCE_ARN_RULE = { min: 1, max: 1024, pattern: /^arn[/:\-_.a-zA-Z0-9]+$/ };

/** A meeting's ARN: `arn:aws:chime:{region}:{account}:meeting/{MeetingId}`. */
const MEETING_ARN =
  /^arn:aws:chime:[a-z0-9-]+:(\d{12}):meeting\/([a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12})$/;

/** The meeting a ResourceARN names: 400 for an ARN that breaks the rule, 404 for one that names no meeting. */
function meetingOfArn(request: LocalRequest, value: unknown): MeetingRecord {
  const arn = requiredString(value, 'ResourceARN', RESOURCE_ARN_RULE);
  const [, account, meetingId] = MEETING_ARN.exec(arn) ?? [];
  const record =
    account === LOCAL_AWS_ACCOUNT_ID && meetingId
      ? request.store.meetings.meetings.get(meetingId)
      : undefined;
  if (!record) throw notFound(`Resource ${arn} not found`);
  return record;
}

/**
 * `tags` with `added` set on them (a key already there takes the new value); 400 when that would
 * leave more than `max`, as `code` (the legacy actions' ResourceLimitExceededException).
 */
function withTags(tags: readonly MeetingTag[], added: readonly MeetingTag[], max: number, code: string) {
  const byKey = new Map(tags.map((tag) => [tag.Key, tag.Value]));
  for (const tag of added) byKey.set(tag.Key, tag.Value);
  if (byKey.size > max)
    throw new ServiceError(
      400,
      code,
      `A resource carries at most ${max} tags; this would leave ${byKey.size}`,
    );
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}

/** `TagKeys`: 1 to `max` keys of 1-128 characters. */
function tagKeys(value: unknown, max: number): Set<string> {
  return new Set(
    requiredArray(value, 'TagKeys', { min: 1, max }).map((key, index) =>
      requiredString(key, `TagKeys[${index}]`, { min: 1, max: 128 }),
    ),
  );
}

/** `Tags` of a tagging call: 1 to `max` of them. */
function addedTags(value: unknown, max: number): MeetingTag[] {
  if (value === undefined || value === null) throw badRequest('Tags is required');
  return parseTags(value, 'Tags', max) ?? [];
}

const listed = (tags: readonly MeetingTag[]) => ({ body: { Tags: structuredClone(tags) } });
const LIMIT = 'ResourceLimitExceededException';

export const meetingTagRoutes: Route[] = [
  {
    operation: 'TagMeeting',
    method: 'POST',
    path: '/meetings/{MeetingId}/tags',
    query: { operation: 'add' },
    handle: (request) => {
      const record = meetingOf(request);
      record.tags = withTags(
        record.tags,
        addedTags(request.body.Tags, MAX_MEETING_TAGS),
        MAX_MEETING_TAGS,
        LIMIT,
      );
      return { status: 204 };
    },
  },
  {
    operation: 'UntagMeeting',
    method: 'POST',
    path: '/meetings/{MeetingId}/tags',
    query: { operation: 'delete' },
    handle: (request) => {
      const record = meetingOf(request);
      const keys = tagKeys(request.body.TagKeys, MAX_MEETING_TAGS);
      record.tags = record.tags.filter((tag) => !keys.has(tag.Key));
      return { status: 204 };
    },
  },
  {
    operation: 'ListMeetingTags',
    method: 'GET',
    path: '/meetings/{MeetingId}/tags',
    handle: (request) => listed(meetingOf(request).tags),
  },
  {
    operation: 'TagAttendee',
    method: 'POST',
    path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
    query: { operation: 'add' },
    handle: (request) => {
      const { attendee } = attendeeOf(request);
      const added = addedTags(request.body.Tags, MAX_ATTENDEE_TAGS);
      attendee.tags = withTags(attendee.tags, added, MAX_ATTENDEE_TAGS, LIMIT);
      return { status: 204 };
    },
  },
  {
    operation: 'UntagAttendee',
    method: 'POST',
    path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
    query: { operation: 'delete' },
    handle: (request) => {
      const { attendee } = attendeeOf(request);
      const keys = tagKeys(request.body.TagKeys, MAX_ATTENDEE_TAGS);
      attendee.tags = attendee.tags.filter((tag) => !keys.has(tag.Key));
      return { status: 204 };
    },
  },
  {
    operation: 'ListAttendeeTags',
    method: 'GET',
    path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
    handle: (request) => listed(attendeeOf(request).attendee.tags),
  },
  {
    operation: 'TagResource',
    method: 'POST',
    path: '/tags',
    query: { operation: 'tag-resource' },
    handle: (request) => {
      const record = meetingOfArn(request, request.body.ResourceARN);
      const added = addedTags(request.body.Tags, MAX_MEETING_TAGS);
      record.tags = withTags(record.tags, added, MAX_MEETING_TAGS, 'BadRequestException');
      return { status: 204 };
    },
  },
  {
    operation: 'UntagResource',
    method: 'POST',
    path: '/tags',
    query: { operation: 'untag-resource' },
    handle: (request) => {
      const record = meetingOfArn(request, request.body.ResourceARN);
      const keys = tagKeys(request.body.TagKeys, MAX_MEETING_TAGS);
      record.tags = record.tags.filter((tag) => !keys.has(tag.Key));
      return { status: 204 };
    },
  },
  {
    operation: 'ListTagsForResource',
    method: 'GET',
    path: '/tags',
    handle: (request) => listed(meetingOfArn(request, request.query.get('arn') ?? undefined).tags),
  },
];
