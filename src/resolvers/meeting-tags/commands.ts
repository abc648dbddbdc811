import {
  TagAttendee,
  TagMeeting,
  TagResource,
  UntagAttendee,
  UntagMeeting,
  UntagResource,
} from '../../chime/operations/meeting-tags.ts';
import { PARAMETERS, RESOURCE_ARN } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import type { MeetingTagModel } from '../../loaders/meeting-tags.ts';
import { checkEach, checkItemCount, checkText, validateThenRun } from '../shared/input-rules.ts';
import { MAX_ATTENDEE_TAGS } from '../shared/meeting-rules.ts';
import { checkTags, MAX_TAGS, TAG_KEY_RULE } from '../shared/messaging-rules.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';

/** What a meeting tag mutation answers: the meeting it changed, whose tags the payload reads back. */
export interface MeetingTagsResult {
  meetingId: string;
}

/** What an attendee tag mutation answers: the attendee it changed. */
export interface AttendeeTagsResult {
  meetingId: string;
  attendeeId: string;
}

/** What a resource tag mutation answers: the ARN of the resource it changed. */
export interface ResourceTagsResult {
  resourceArn: string;
}

/** The user errors of a list of tag keys to take off: its size (1 to `max`), then each key. */
function checkTagKeys(keys: readonly string[], field: string[], max = MAX_TAGS): UserErrorModel[] {
  return [...checkItemCount(keys, field, { min: 1, max }), ...checkEach(keys, field, TAG_KEY_RULE)];
}

const wire = (tags: readonly MeetingTagModel[]) => tags.map((tag) => ({ Key: tag.key, Value: tag.value }));

const checkMeetingId = (meetingId: string): UserErrorModel[] =>
  checkText(meetingId, ['input', 'meetingId'], PARAMETERS.MeetingId);

const checkAttendee = (input: AttendeeTagsResult): UserErrorModel[] => [
  ...checkMeetingId(input.meetingId),
  ...checkText(input.attendeeId, ['input', 'attendeeId'], PARAMETERS.AttendeeId),
];

const checkResourceArn = (resourceArn: string): UserErrorModel[] =>
  checkText(resourceArn, ['input', 'resourceArn'], RESOURCE_ARN);

/** TagMeeting: 1-50 tags; a key the meeting has takes the new value. Changes: every tag read. */
export function tagMeeting(
  ctx: RequestContext,
  input: { meetingId: string; tags: MeetingTagModel[] },
): Promise<MutationResult<MeetingTagsResult>> {
  const { meetingId, tags } = input;
  return validateThenRun<MeetingTagsResult>(
    [...checkMeetingId(meetingId), ...checkTags(tags, ['input', 'tags'])],
    { meetingId: null },
    async () => {
      await ctx.client.send(TagMeeting, { MeetingId: meetingId, Tags: wire(tags) });
      ctx.loaders.forgetMeetingTags();
      return { meetingId };
    },
  );
}

/** UntagMeeting: 1-50 keys; keys the meeting lacks are left alone. Changes: every tag read. */
export function untagMeeting(
  ctx: RequestContext,
  input: { meetingId: string; tagKeys: string[] },
): Promise<MutationResult<MeetingTagsResult>> {
  const { meetingId, tagKeys } = input;
  return validateThenRun<MeetingTagsResult>(
    [...checkMeetingId(meetingId), ...checkTagKeys(tagKeys, ['input', 'tagKeys'])],
    { meetingId: null },
    async () => {
      await ctx.client.send(UntagMeeting, { MeetingId: meetingId, TagKeys: tagKeys });
      ctx.loaders.forgetMeetingTags();
      return { meetingId };
    },
  );
}

/** TagAttendee: 1-10 tags. Changes: every tag read. */
export function tagAttendee(
  ctx: RequestContext,
  input: AttendeeTagsResult & { tags: MeetingTagModel[] },
): Promise<MutationResult<AttendeeTagsResult>> {
  const { meetingId, attendeeId, tags } = input;
  return validateThenRun<AttendeeTagsResult>(
    [...checkAttendee(input), ...checkTags(tags, ['input', 'tags'], MAX_ATTENDEE_TAGS)],
    { meetingId: null, attendeeId: null },
    async () => {
      await ctx.client.send(TagAttendee, { MeetingId: meetingId, AttendeeId: attendeeId, Tags: wire(tags) });
      ctx.loaders.forgetMeetingTags();
      return { meetingId, attendeeId };
    },
  );
}

/** UntagAttendee: 1-10 keys. Changes: every tag read. */
export function untagAttendee(
  ctx: RequestContext,
  input: AttendeeTagsResult & { tagKeys: string[] },
): Promise<MutationResult<AttendeeTagsResult>> {
  const { meetingId, attendeeId, tagKeys } = input;
  return validateThenRun<AttendeeTagsResult>(
    [...checkAttendee(input), ...checkTagKeys(tagKeys, ['input', 'tagKeys'], MAX_ATTENDEE_TAGS)],
    { meetingId: null, attendeeId: null },
    async () => {
      await ctx.client.send(UntagAttendee, {
        MeetingId: meetingId,
        AttendeeId: attendeeId,
        TagKeys: tagKeys,
      });
      ctx.loaders.forgetMeetingTags();
      return { meetingId, attendeeId };
    },
  );
}

/** TagResource: 1-50 tags on the meeting an ARN names. Changes: every tag read. */
export function tagResource(
  ctx: RequestContext,
  input: { resourceArn: string; tags: MeetingTagModel[] },
): Promise<MutationResult<ResourceTagsResult>> {
  const { resourceArn, tags } = input;
  return validateThenRun<ResourceTagsResult>(
    [...checkResourceArn(resourceArn), ...checkTags(tags, ['input', 'tags'])],
    { resourceArn: null },
    async () => {
      await ctx.client.send(TagResource, { ResourceARN: resourceArn, Tags: wire(tags) });
      ctx.loaders.forgetMeetingTags();
      return { resourceArn };
    },
  );
}

/** UntagResource: 1-50 keys off the meeting an ARN names. Changes: every tag read. */
export function untagResource(
  ctx: RequestContext,
  input: { resourceArn: string; tagKeys: string[] },
): Promise<MutationResult<ResourceTagsResult>> {
  const { resourceArn, tagKeys } = input;
  return validateThenRun<ResourceTagsResult>(
    [...checkResourceArn(resourceArn), ...checkTagKeys(tagKeys, ['input', 'tagKeys'])],
    { resourceArn: null },
    async () => {
      await ctx.client.send(UntagResource, { ResourceARN: resourceArn, TagKeys: tagKeys });
      ctx.loaders.forgetMeetingTags();
      return { resourceArn };
    },
  );
}
