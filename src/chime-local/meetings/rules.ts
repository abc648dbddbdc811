import { notFound } from '../errors.ts';
import type { LocalRequest } from '../router.ts';
import {
  optionalObject,
  optionalString,
  requiredArray,
  requiredString,
  type StringRule,
} from '../validate.ts';
import type { AttendeeRecord, MeetingRecord, MeetingTag } from './state.ts';

/**
 * The API reference's restrictions on the meetings actions (CreateMeeting, CreateAttendee,
 * BatchCreateAttendee...). Its patterns are whole-value matches, hence the anchors.
 */

/** MeetingId and AttendeeId: UUIDs (the reference's intact form of its patterns). */
export const UUID_RULE: StringRule = {
  pattern: /^[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$/,
};

/** ClientRequestToken: 2-64 characters of `[-_a-zA-Z0-9]`. */
export const CLIENT_REQUEST_TOKEN_RULE: StringRule = { min: 2, max: 64, pattern: /^[-_a-zA-Z0-9]*$/ };

/** ExternalMeetingId, MeetingHostId and ExternalUserId: 2-64 characters. */
export const EXTERNAL_ID_RULE: StringRule = { min: 2, max: 64 };

/** The ARNs of a MeetingNotificationConfiguration. */
const NOTIFICATION_ARN_RULE: StringRule = { min: 1, max: 1024, pattern: /^arn[/:\-.a-zA-Z0-9]+$/ };

/** CreateMeetingWithAttendees creates up to 10 attendees. */
export const MAX_MEETING_ATTENDEES = 10;
/** BatchCreateAttendee creates up to 100 attendees. */
export const MAX_BATCH_ATTENDEES = 100;

/** The meeting `{MeetingId}` names: 400 for an id that is not one, 404 for one that does not exist. */
export function meetingOf(request: LocalRequest): MeetingRecord {
  const id = requiredString(request.params.MeetingId, 'MeetingId', UUID_RULE);
  const record = request.store.meetings.meetings.get(id);
  if (!record) throw notFound(`Meeting ${id} not found`);
  return record;
}

/** The attendee `{AttendeeId}` names in the meeting `{MeetingId}` names, or 400/404. */
export function attendeeOf(request: LocalRequest): { meeting: MeetingRecord; attendee: AttendeeRecord } {
  const meeting = meetingOf(request);
  const id = requiredString(request.params.AttendeeId, 'AttendeeId', UUID_RULE);
  const attendee = meeting.attendees.get(id);
  if (!attendee) throw notFound(`Attendee ${id} not found in meeting ${meeting.meeting.MeetingId}`);
  return { meeting, attendee };
}

/** `Tags` of a create: `max` at most (at least 1), each a Key of 1-128 and a Value of 0-256 characters. */
export function parseTags(value: unknown, name: string, max: number): MeetingTag[] | undefined {
  if (value === undefined || value === null) return undefined;
  return requiredArray(value, name, { min: 1, max }).map((tag, index) => {
    const fields = optionalObject(tag, `${name}[${index}]`) ?? {};
    return {
      Key: requiredString(fields.Key, `${name}[${index}].Key`, { min: 1, max: 128 }),
      Value: requiredString(fields.Value, `${name}[${index}].Value`, { min: 0, max: 256 }),
    };
  });
}

/** A MeetingNotificationConfiguration, when the request has one. */
export function parseNotificationsConfiguration(
  value: unknown,
): MeetingRecord['notificationsConfiguration'] | undefined {
  const input = optionalObject(value, 'NotificationsConfiguration');
  if (!input) return undefined;
  const sns = optionalString(
    input.SnsTopicArn,
    'NotificationsConfiguration.SnsTopicArn',
    NOTIFICATION_ARN_RULE,
  );
  const sqs = optionalString(
    input.SqsQueueArn,
    'NotificationsConfiguration.SqsQueueArn',
    NOTIFICATION_ARN_RULE,
  );
  return {
    ...(sns === undefined ? {} : { SnsTopicArn: sns }),
    ...(sqs === undefined ? {} : { SqsQueueArn: sqs }),
  };
}

/** An attendee to create: its ExternalUserId and tags (at most 10). */
export interface AttendeeItem {
  externalUserId: string;
  tags?: MeetingTag[];
}

/** One CreateAttendeeRequestItem, or the reason it is not one. */
export function parseAttendeeItem(value: unknown, name: string): AttendeeItem {
  const fields = optionalObject(value, name) ?? {};
  const tags = parseTags(fields.Tags, `${name}.Tags`, 10);
  return {
    externalUserId: requiredString(fields.ExternalUserId, `${name}.ExternalUserId`, EXTERNAL_ID_RULE),
    ...(tags === undefined ? {} : { tags }),
  };
}

/**
 * The `Attendees` list of a request: 1 to `max` items (each checked on its own, when it is created);
 * CreateMeetingWithAttendees may leave it out.
 */
export function attendeeItems(
  value: unknown,
  { required, max }: { required: boolean; max: number },
): unknown[] {
  if (!required && (value === undefined || value === null)) return [];
  return requiredArray(value, 'Attendees', { min: 1, max });
}
