import {
  type AttendeeMutationResult,
  type AttendeesMutationResult,
  batchCreateAttendee,
  createAttendee,
  createMeeting,
  createMeetingWithAttendees,
  type DeleteAttendeeResult,
  type DeleteMeetingResult,
  deleteAttendee,
  deleteMeeting,
  type MeetingMutationResult,
} from '../../resolvers/meetings/commands.ts';
import { getAttendee, getMeeting } from '../../resolvers/meetings/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { AttendeeErrorRef } from '../shared/batch-item-errors.ts';
import { compoundId } from '../shared/ids.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { AttendeeRef, MeetingRef } from './refs.ts';

/** A tag of a meeting or an attendee. */
export const MeetingTagInput = builder.inputType('MeetingTagInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: '1-128 characters.' }),
    value: t.string({ required: true, description: '1-256 characters.' }),
  }),
});

const MeetingNotificationsConfigurationInput = builder.inputType('MeetingNotificationsConfigurationInput', {
  description: "Where the upstream sends the meeting's and its attendees' event notifications.",
  fields: (t) => ({
    snsTopicArn: t.string({ description: 'An SNS topic ARN (arn[/:-.a-zA-Z0-9]+, at most 1024).' }),
    sqsQueueArn: t.string({ description: 'An SQS queue ARN (arn[/:-.a-zA-Z0-9]+, at most 1024).' }),
  }),
});

const CreateAttendeeItemInput = builder.inputType('CreateAttendeeItemInput', {
  description: 'One attendee to create.',
  fields: (t) => ({
    externalUserId: t.string({
      required: true,
      description: "2-64 characters: the caller's id of the user, and the attendee's idempotency token.",
    }),
    tags: t.field({ type: [MeetingTagInput], description: '1-10 tags.' }),
  }),
});

/** The settings of a new meeting, shared by createMeeting and createMeetingWithAttendees. */
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];
const meetingSettings = (t: InputFields) => ({
  clientRequestToken: t.string({
    description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
  }),
  externalMeetingId: t.string({ description: "2-64 characters: the caller's id of the meeting." }),
  mediaRegion: t.string({ description: 'The media Region, e.g. eu-west-1; us-east-1 unless said.' }),
  meetingHostId: t.string({ description: 'Reserved; 2-64 characters.' }),
  notificationsConfiguration: t.field({ type: MeetingNotificationsConfigurationInput }),
  tags: t.field({ type: [MeetingTagInput], description: '1-50 tags.' }),
});

const CreateMeetingInput = builder.inputType('CreateMeetingInput', {
  fields: (t) => meetingSettings(t),
});

const CreateMeetingWithAttendeesInput = builder.inputType('CreateMeetingWithAttendeesInput', {
  fields: (t) => ({
    ...meetingSettings(t),
    attendees: t.field({ type: [CreateAttendeeItemInput], required: false, description: '1-10 attendees.' }),
  }),
});

const DeleteMeetingInput = builder.inputType('DeleteMeetingInput', {
  fields: (t) => ({ meetingId: t.string({ required: true }) }),
});

const CreateAttendeeInput = builder.inputType('CreateAttendeeInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    externalUserId: t.string({
      required: true,
      description: "2-64 characters: the caller's id of the user, and the attendee's idempotency token.",
    }),
    tags: t.field({ type: [MeetingTagInput], description: '1-10 tags.' }),
  }),
});

const BatchCreateAttendeeInput = builder.inputType('BatchCreateAttendeeInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    attendees: t.field({ type: [CreateAttendeeItemInput], required: true, description: '1-100 attendees.' }),
  }),
});

const DeleteAttendeeInput = builder.inputType('DeleteAttendeeInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    attendeeId: t.string({ required: true }),
  }),
});

const CreateMeetingPayload = builder.objectRef<MeetingMutationResult>('CreateMeetingPayload');
CreateMeetingPayload.implement({
  description: 'The meeting created.',
  fields: (t) => ({
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      resolve: (payload, _args, ctx) => (payload.meetingId ? getMeeting(ctx, payload.meetingId) : null),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

/** A payload of the mutations that create several attendees: the meeting, those created, and the others. */
const attendeesPayload = (name: string, description: string) => {
  const ref = builder.objectRef<AttendeesMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      meeting: t.field({
        type: MeetingRef,
        nullable: true,
        resolve: (payload, _args, ctx) => (payload.meetingId ? getMeeting(ctx, payload.meetingId) : null),
      }),
      attendees: t.expose('attendees', {
        type: [AttendeeRef],
        nullable: true,
        description:
          'The attendees created (an ExternalUserId the meeting already had answers its attendee).',
      }),
      itemErrors: t.expose('itemErrors', {
        type: [AttendeeErrorRef],
        nullable: true,
        description: 'One per attendee the upstream did not create; the others were created.',
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const DeleteMeetingPayload = builder.objectRef<DeleteMeetingResult>('DeleteMeetingPayload');
DeleteMeetingPayload.implement({
  fields: (t) => ({
    deletedMeetingId: t.exposeString('deletedMeetingId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted meeting, for clients to drop it from their caches.',
      resolve: (payload) => payload.deletedMeetingId && { type: 'Meeting', id: payload.deletedMeetingId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const CreateAttendeePayload = builder.objectRef<AttendeeMutationResult>('CreateAttendeePayload');
CreateAttendeePayload.implement({
  description: 'The attendee created, or the one its ExternalUserId already named in the meeting.',
  fields: (t) => ({
    attendee: t.field({
      type: AttendeeRef,
      nullable: true,
      resolve: (payload, _args, ctx) => payload.attendeeKey && getAttendee(ctx, payload.attendeeKey),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const DeleteAttendeePayload = builder.objectRef<DeleteAttendeeResult>('DeleteAttendeePayload');
DeleteAttendeePayload.implement({
  fields: (t) => ({
    deletedAttendeeId: t.string({
      nullable: true,
      resolve: (payload) => payload.deletedAttendeeKey?.attendeeId ?? null,
    }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted attendee, for clients to drop it from their caches.',
      resolve: (payload) => {
        const key = payload.deletedAttendeeKey;
        return key && { type: 'Attendee', id: compoundId(key.meetingId, key.attendeeId) };
      },
    }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: 'The meeting the attendee left.',
      resolve: (payload, _args, ctx) =>
        payload.deletedAttendeeKey && getMeeting(ctx, payload.deletedAttendeeKey.meetingId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createMeeting: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateMeetingPayload,
    nullable: true,
    description: 'Creates a meeting in a media Region, with no attendees yet (CreateMeeting).',
    args: { input: t.arg({ type: CreateMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) => createMeeting(ctx, input),
  }),
  createMeetingWithAttendees: t.field({
    authScopes: writeOutsideAccounts,
    type: attendeesPayload(
      'CreateMeetingWithAttendeesPayload',
      'The meeting created, the attendees created with it, and the ones it could not create.',
    ),
    nullable: true,
    description:
      'Creates a meeting and up to 10 of its attendees in one call (CreateMeetingWithAttendees); the ' +
      'attendees it cannot create come back as itemErrors.',
    args: { input: t.arg({ type: CreateMeetingWithAttendeesInput, required: true }) },
    resolve: (_root, { input }, ctx) => createMeetingWithAttendees(ctx, input),
  }),
  deleteMeeting: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteMeetingPayload,
    nullable: true,
    description: 'Ends a meeting: its attendees are deleted and its clients disconnected (DeleteMeeting).',
    args: { input: t.arg({ type: DeleteMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteMeeting(ctx, input),
  }),
  createAttendee: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateAttendeePayload,
    nullable: true,
    description: 'Adds an attendee to an active meeting (CreateAttendee).',
    args: { input: t.arg({ type: CreateAttendeeInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAttendee(ctx, input),
  }),
  batchCreateAttendee: t.field({
    authScopes: writeOutsideAccounts,
    type: attendeesPayload(
      'BatchCreateAttendeePayload',
      'The attendees BatchCreateAttendee created, and the ones it could not create.',
    ),
    nullable: true,
    description:
      'Adds up to 100 attendees to an active meeting at once (BatchCreateAttendee); the attendees it ' +
      'cannot create come back as itemErrors.',
    args: { input: t.arg({ type: BatchCreateAttendeeInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchCreateAttendee(ctx, input),
  }),
  deleteAttendee: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteAttendeePayload,
    nullable: true,
    description: 'Removes an attendee from a meeting; its join token stops working (DeleteAttendee).',
    args: { input: t.arg({ type: DeleteAttendeeInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAttendee(ctx, input),
  }),
}));
