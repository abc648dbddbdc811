import { randomUUID } from 'node:crypto';
import {
  BatchCreateAttendee,
  type BatchCreateAttendeeOutput,
  CreateAttendee,
  CreateMeeting,
  CreateMeetingWithAttendees,
  DeleteAttendee,
  DeleteMeeting,
} from '../../chime/operations/meetings.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import { DEFAULT_MEDIA_REGION, type Meeting } from '../../chime/shapes/meeting.ts';
import type { Tag } from '../../chime/shapes/tag.ts';
import type { RequestContext } from '../../context.ts';
import { type AttendeeKey, type AttendeeModel, toAttendee, toMeeting } from '../../loaders/meetings.ts';
import { type BatchItemErrorModel, toAttendeeErrors } from '../shared/batch-item-errors.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import {
  type AttendeeInput,
  checkAttendee,
  checkAttendees,
  checkMeetingSettings,
  MAX_BATCH_ATTENDEES,
  MAX_MEETING_ATTENDEES,
  type MeetingSettingsInput,
  type TagInput,
} from '../shared/meeting-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/** What a meeting mutation answers: the meeting, read through the request's loader (primed by it). */
export type MeetingMutationResult = MutationResult<{ meetingId: string }>;

/** What the mutations that create several attendees answer: those created, and one item error per other. */
export type AttendeesMutationResult = MutationResult<{
  meetingId: string;
  attendees: AttendeeModel[];
  itemErrors: BatchItemErrorModel[];
}>;

/** What `createAttendee` answers: the attendee, read through the request's loader (primed by it). */
export type AttendeeMutationResult = MutationResult<{ attendeeKey: AttendeeKey }>;

/** What `deleteMeeting` answers: the meeting that is gone. */
export type DeleteMeetingResult = MutationResult<{ deletedMeetingId: string }>;

/** What `deleteAttendee` answers: the attendee that is gone. */
export type DeleteAttendeeResult = MutationResult<{ deletedAttendeeKey: AttendeeKey }>;

/** Input of `createMeetingWithAttendees`. */
export interface CreateMeetingWithAttendeesInput extends MeetingSettingsInput {
  attendees?: AttendeeInput[] | null;
}

/** Input of `createAttendee`. */
export interface CreateAttendeeInput extends AttendeeInput {
  meetingId: string;
}

/** Input of `batchCreateAttendee`. */
export interface BatchCreateAttendeeInput {
  meetingId: string;
  attendees: AttendeeInput[];
}

const toTags = (tags: readonly TagInput[] | null | undefined): Tag[] | undefined =>
  tags?.map((tag) => ({ Key: tag.key, Value: tag.value }));

/** The body members of a new meeting; the gateway makes up the idempotency token when absent. */
function meetingSettings(input: MeetingSettingsInput) {
  const notifications = input.notificationsConfiguration;
  return {
    ClientRequestToken: input.clientRequestToken ?? randomUUID(),
    ExternalMeetingId: input.externalMeetingId ?? undefined,
    // The reference's default, sent: the Chime SDK Meetings namespace asks for one.
    MediaRegion: input.mediaRegion ?? DEFAULT_MEDIA_REGION,
    MeetingHostId: input.meetingHostId ?? undefined,
    NotificationsConfiguration: notifications
      ? {
          SnsTopicArn: notifications.snsTopicArn ?? undefined,
          SqsQueueArn: notifications.sqsQueueArn ?? undefined,
        }
      : undefined,
    Tags: toTags(input.tags),
  };
}

const toRequestItems = (attendees: readonly AttendeeInput[]) =>
  attendees.map((attendee) => ({ ExternalUserId: attendee.externalUserId, Tags: toTags(attendee.tags) }));

/** The meeting as the upstream just answered it replaces whatever the request had loaded. */
function replaceMeeting(ctx: RequestContext, meeting: Meeting): string {
  const model = toMeeting(meeting);
  ctx.loaders.replaceMeeting(model);
  return model.meetingId;
}

/** The attendees the upstream just created, recorded, and the ones it could not, as item errors. */
function createdAttendees(
  ctx: RequestContext,
  meetingId: string,
  requested: readonly AttendeeInput[],
  out: BatchCreateAttendeeOutput,
) {
  const attendees = (out.Attendees ?? []).map((attendee) => toAttendee(meetingId, attendee));
  for (const attendee of attendees) ctx.loaders.replaceAttendee(attendee);
  const externalUserIds = requested.map((attendee) => attendee.externalUserId);
  return { attendees, itemErrors: toAttendeeErrors(out.Errors, externalUserIds, ['input', 'attendees']) };
}

const checkMeetingId = (meetingId: string) =>
  checkText(meetingId, ['input', 'meetingId'], PARAMETERS.MeetingId);

/** CreateMeeting: a meeting with no attendees yet. Changes: the new meeting (replaced). */
export function createMeeting(
  ctx: RequestContext,
  input: MeetingSettingsInput,
): Promise<MeetingMutationResult> {
  return validateThenRun(checkMeetingSettings(input), { meetingId: null }, async () => {
    const { Meeting } = await ctx.client.send(CreateMeeting, meetingSettings(input));
    return { meetingId: replaceMeeting(ctx, Meeting) };
  });
}

/**
 * CreateMeetingWithAttendees: a meeting and up to 10 attendees in one call; the attendees the
 * upstream cannot create come back as item errors. Changes: the meeting and the attendees (replaced).
 */
export function createMeetingWithAttendees(
  ctx: RequestContext,
  input: CreateMeetingWithAttendeesInput,
): Promise<AttendeesMutationResult> {
  const attendees = input.attendees ?? [];
  return validateThenRun(
    [
      ...checkMeetingSettings(input),
      ...checkAttendees(input.attendees, ['input', 'attendees'], MAX_MEETING_ATTENDEES),
    ],
    { meetingId: null, attendees: null, itemErrors: null },
    async () => {
      const out = await ctx.client.send(CreateMeetingWithAttendees, {
        ...meetingSettings(input),
        Attendees: input.attendees ? toRequestItems(attendees) : undefined,
      });
      const meetingId = replaceMeeting(ctx, out.Meeting);
      return { meetingId, ...createdAttendees(ctx, meetingId, attendees, out) };
    },
  );
}

/** DeleteMeeting: the meeting ends and its attendees with it. Changes: the meeting and its attendees (gone). */
export function deleteMeeting(
  ctx: RequestContext,
  input: { meetingId: string },
): Promise<DeleteMeetingResult> {
  const { meetingId } = input;
  return validateThenRun(checkMeetingId(meetingId), { deletedMeetingId: null }, async () => {
    await ctx.client.send(DeleteMeeting, { MeetingId: meetingId });
    ctx.loaders.forgetMeeting(meetingId);
    return { deletedMeetingId: meetingId };
  });
}

/**
 * CreateAttendee: the ExternalUserId is the upstream's idempotency token, so creating one
 * again answers the same attendee. Changes: the attendee (replaced).
 */
export function createAttendee(
  ctx: RequestContext,
  input: CreateAttendeeInput,
): Promise<AttendeeMutationResult> {
  const { meetingId } = input;
  return validateThenRun(
    [...checkMeetingId(meetingId), ...checkAttendee(input, ['input'])],
    { attendeeKey: null },
    async () => {
      const { Attendee } = await ctx.client.send(CreateAttendee, {
        MeetingId: meetingId,
        ExternalUserId: input.externalUserId,
        Tags: toTags(input.tags),
      });
      const attendee = toAttendee(meetingId, Attendee);
      ctx.loaders.replaceAttendee(attendee);
      return { attendeeKey: { meetingId, attendeeId: attendee.attendeeId } };
    },
  );
}

/**
 * BatchCreateAttendee: up to 100 attendees at once; those the upstream cannot create come back
 * as item errors, each pointing at its input item. Changes: every attendee created (replaced).
 */
export function batchCreateAttendee(
  ctx: RequestContext,
  input: BatchCreateAttendeeInput,
): Promise<AttendeesMutationResult> {
  const { meetingId, attendees } = input;
  return validateThenRun(
    [...checkMeetingId(meetingId), ...checkAttendees(attendees, ['input', 'attendees'], MAX_BATCH_ATTENDEES)],
    { meetingId: null, attendees: null, itemErrors: null },
    async () => {
      const out = await ctx.client.send(BatchCreateAttendee, {
        MeetingId: meetingId,
        Attendees: toRequestItems(attendees),
      });
      return { meetingId, ...createdAttendees(ctx, meetingId, attendees, out) };
    },
  );
}

/** DeleteAttendee: the attendee leaves and its join token stops working. Changes: the attendee (gone). */
export function deleteAttendee(ctx: RequestContext, input: AttendeeKey): Promise<DeleteAttendeeResult> {
  const key = { meetingId: input.meetingId, attendeeId: input.attendeeId };
  return validateThenRun(
    [
      ...checkMeetingId(key.meetingId),
      ...checkText(key.attendeeId, ['input', 'attendeeId'], PARAMETERS.AttendeeId),
    ],
    { deletedAttendeeKey: null },
    async () => {
      await ctx.client.send(DeleteAttendee, { MeetingId: key.meetingId, AttendeeId: key.attendeeId });
      ctx.loaders.forgetAttendee(key);
      return { deletedAttendeeKey: key };
    },
  );
}
