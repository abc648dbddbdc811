import { PARAMETERS } from '../../chime/parameters.ts';
import { MEDIA_REGIONS } from '../../chime/shapes/meeting.ts';
import { checkItemCount, checkText, type TextRule } from './input-rules.ts';
import { CLIENT_REQUEST_TOKEN_RULE, checkTags } from './messaging-rules.ts';
import type { UserErrorModel } from './user-errors.ts';

/**
 * The API reference's rules for the meetings actions (001: CreateMeeting,
 * CreateMeetingWithAttendees, CreateAttendee, BatchCreateAttendee), checked by the gateway
 * before it spends an upstream call.
 */

/** MediaRegion: one of the reference's `Available values`. */
export const MEDIA_REGION_RULE: TextRule = { values: MEDIA_REGIONS };

/**
 * An attendee's tags: 1 to 10, and one TagAttendee or UntagAttendee adds or takes off at most 10.
 * A meeting takes the 50 of every tag list (`MAX_TAGS`).
 */
export const MAX_ATTENDEE_TAGS = 10;

/** Attendees one CreateMeetingWithAttendees creates: 1 to 10 (its Attendees' array bound). */
export const MAX_MEETING_ATTENDEES = 10;

/** Attendees one BatchCreateAttendee creates: 1 to 100 (its description's "up to 100"). */
export const MAX_BATCH_ATTENDEES = 100;

/** A tag as the graph takes it. */
export interface TagInput {
  key: string;
  value: string;
}

/** An attendee to create, as the graph takes it. */
export interface AttendeeInput {
  externalUserId: string;
  tags?: TagInput[] | null;
}

/** The settings of a new meeting, as createMeeting and createMeetingWithAttendees take them. */
export interface MeetingSettingsInput {
  clientRequestToken?: string | null;
  externalMeetingId?: string | null;
  mediaRegion?: string | null;
  meetingHostId?: string | null;
  notificationsConfiguration?: { snsTopicArn?: string | null; sqsQueueArn?: string | null } | null;
  tags?: TagInput[] | null;
}

/** The user errors of a new meeting's settings. */
export function checkMeetingSettings(input: MeetingSettingsInput): UserErrorModel[] {
  const notifications = input.notificationsConfiguration;
  return [
    ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
    ...checkText(input.externalMeetingId, ['input', 'externalMeetingId'], PARAMETERS.ExternalMeetingId),
    ...checkText(input.mediaRegion, ['input', 'mediaRegion'], MEDIA_REGION_RULE),
    ...checkText(input.meetingHostId, ['input', 'meetingHostId'], PARAMETERS.MeetingHostId),
    ...checkText(
      notifications?.snsTopicArn,
      ['input', 'notificationsConfiguration', 'snsTopicArn'],
      PARAMETERS.SnsTopicArn,
    ),
    ...checkText(
      notifications?.sqsQueueArn,
      ['input', 'notificationsConfiguration', 'sqsQueueArn'],
      PARAMETERS.SqsQueueArn,
    ),
    ...(input.tags ? checkTags(input.tags, ['input', 'tags']) : []),
  ];
}

/** The user errors of one attendee to create, at `field`. */
export function checkAttendee(attendee: AttendeeInput, field: string[]): UserErrorModel[] {
  return [
    ...checkText(attendee.externalUserId, [...field, 'externalUserId'], PARAMETERS.ExternalUserId),
    ...(attendee.tags ? checkTags(attendee.tags, [...field, 'tags'], MAX_ATTENDEE_TAGS) : []),
  ];
}

/** The user errors of a list of 1 to `max` attendees to create, each checked as `checkAttendee` does. */
export function checkAttendees(
  attendees: readonly AttendeeInput[] | null | undefined,
  field: string[],
  max: number,
) {
  if (attendees == null) return [];
  return [
    ...checkItemCount(attendees, field, { min: 1, max }),
    ...attendees.flatMap((attendee, index) => checkAttendee(attendee, [...field, String(index)])),
  ];
}
