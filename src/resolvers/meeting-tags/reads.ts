import type { RequestContext } from '../../context.ts';
import type { MeetingTagModel } from '../../loaders/meeting-tags.ts';
import type { AttendeeKey } from '../../loaders/meetings.ts';

/** ListMeetingTags: a meeting's tags; null when the meeting does not exist. */
export function listMeetingTags(ctx: RequestContext, meetingId: string): Promise<MeetingTagModel[] | null> {
  return ctx.loaders.meetingTags.load(meetingId);
}

/** ListAttendeeTags: an attendee's tags; null when the attendee does not exist. */
export function listAttendeeTags(ctx: RequestContext, key: AttendeeKey): Promise<MeetingTagModel[] | null> {
  return ctx.loaders.attendeeTags.load(key);
}

/** ListTagsForResource: the tags of the meeting an ARN names; null when it names none. */
export function listTagsForResource(
  ctx: RequestContext,
  resourceArn: string,
): Promise<MeetingTagModel[] | null> {
  return ctx.loaders.resourceTags.load(resourceArn);
}
