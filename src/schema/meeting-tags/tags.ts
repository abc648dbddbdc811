import type { MeetingTagModel } from '../../loaders/meeting-tags.ts';
import type { AttendeeModel, MeetingModel } from '../../loaders/meetings.ts';
import {
  type AttendeeTagsResult,
  type MeetingTagsResult,
  type ResourceTagsResult,
  tagAttendee,
  tagMeeting,
  tagResource,
  untagAttendee,
  untagMeeting,
  untagResource,
} from '../../resolvers/meeting-tags/commands.ts';
import {
  listAttendeeTags,
  listMeetingTags,
  listTagsForResource,
} from '../../resolvers/meeting-tags/reads.ts';
import { getAttendee, getMeeting } from '../../resolvers/meetings/reads.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { MeetingTagInput } from '../meetings/mutations.ts';
import { AttendeeRef, MeetingRef } from '../meetings/refs.ts';
import { outsideAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { fromParent, fromParentId } from '../shared/look-ahead.ts';
import { UserErrorRef } from '../shared/user-error.ts';

/*
 * The tags of meetings and attendees. Meetings are tagged by id (TagMeeting…) or by ARN
 * (TagResource…, the Chime SDK Meetings namespace's way); both reach the same tags.
 */

export const MeetingTagRef = builder.objectRef<MeetingTagModel>('MeetingTag');
MeetingTagRef.implement({
  description: 'A key-value pair on a meeting or an attendee.',
  fields: (t) => ({
    key: t.exposeString('key'),
    value: t.exposeString('value'),
  }),
});

builder.objectFields(MeetingRef, (t) => ({
  tags: t.field({
    type: [MeetingTagRef],
    nullable: true, // it makes an upstream call: a failure nulls it, its siblings still answer
    description: "The meeting's tags (ListMeetingTags).",
    ...fromParentId(
      (meeting: MeetingModel) => meeting.meetingId,
      (meetingId, _args, ctx) => listMeetingTags(ctx, meetingId),
    ),
  }),
}));

builder.objectFields(AttendeeRef, (t) => ({
  tags: t.field({
    type: [MeetingTagRef],
    nullable: true, // as Meeting.tags
    description: "The attendee's tags (ListAttendeeTags).",
    ...fromParent(({ meetingId, attendeeId }: AttendeeModel, _args, ctx) =>
      listAttendeeTags(ctx, { meetingId, attendeeId }),
    ),
  }),
}));

const TagMeetingInput = builder.inputType('TagMeetingInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    tags: t.field({ type: [MeetingTagInput], required: true, description: '1-50 tags.' }),
  }),
});

const UntagMeetingInput = builder.inputType('UntagMeetingInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    tagKeys: t.stringList({ required: true, description: '1-50 keys; one the meeting lacks is ignored.' }),
  }),
});

const TagAttendeeInput = builder.inputType('TagAttendeeInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    attendeeId: t.string({ required: true }),
    tags: t.field({
      type: [MeetingTagInput],
      required: true,
      description: '1-10 tags; an attendee carries at most 10.',
    }),
  }),
});

const UntagAttendeeInput = builder.inputType('UntagAttendeeInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    attendeeId: t.string({ required: true }),
    tagKeys: t.stringList({ required: true, description: '1-10 keys.' }),
  }),
});

const TagResourceInput = builder.inputType('TagResourceInput', {
  fields: (t) => ({
    resourceArn: t.string({
      required: true,
      description: "A meeting's ARN (arn:aws:chime:{region}:{account}:meeting/{meetingId}).",
    }),
    tags: t.field({ type: [MeetingTagInput], required: true, description: '1-50 tags.' }),
  }),
});

const UntagResourceInput = builder.inputType('UntagResourceInput', {
  fields: (t) => ({
    resourceArn: t.string({ required: true, description: "A meeting's ARN." }),
    tagKeys: t.stringList({ required: true, description: '1-50 keys.' }),
  }),
});

const tagsDescription = 'The tags as they now are (read back: the upstream answers the change without them).';

/** A payload of a meeting tag mutation: the meeting's id and its tags, read back. */
export const MeetingTagsPayloadRef =
  builder.objectRef<MutationResult<MeetingTagsResult>>('MeetingTagsPayload');
MeetingTagsPayloadRef.implement({
  fields: (t) => ({
    meetingId: t.exposeString('meetingId', { nullable: true }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      resolve: (payload, _args, ctx) =>
        payload.meetingId === null ? null : getMeeting(ctx, payload.meetingId),
    }),
    tags: t.field({
      type: [MeetingTagRef],
      nullable: true,
      description: tagsDescription,
      resolve: (payload, _args, ctx) =>
        payload.meetingId === null ? null : listMeetingTags(ctx, payload.meetingId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

/** A payload of an attendee tag mutation: the attendee's ids and its tags, read back. */
export const AttendeeTagsPayloadRef =
  builder.objectRef<MutationResult<AttendeeTagsResult>>('AttendeeTagsPayload');
AttendeeTagsPayloadRef.implement({
  fields: (t) => ({
    meetingId: t.exposeString('meetingId', { nullable: true }),
    attendeeId: t.exposeString('attendeeId', { nullable: true }),
    attendee: t.field({
      type: AttendeeRef,
      nullable: true,
      resolve: ({ meetingId, attendeeId }, _args, ctx) =>
        meetingId === null || attendeeId === null ? null : getAttendee(ctx, { meetingId, attendeeId }),
    }),
    tags: t.field({
      type: [MeetingTagRef],
      nullable: true,
      description: tagsDescription,
      resolve: ({ meetingId, attendeeId }, _args, ctx) =>
        meetingId === null || attendeeId === null ? null : listAttendeeTags(ctx, { meetingId, attendeeId }),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

/** A payload of a resource tag mutation: the resource's ARN and its tags, read back. */
const ResourceTagsPayloadRef = builder.objectRef<MutationResult<ResourceTagsResult>>('ResourceTagsPayload');
ResourceTagsPayloadRef.implement({
  fields: (t) => ({
    resourceArn: t.exposeString('resourceArn', { nullable: true }),
    tags: t.field({
      type: [MeetingTagRef],
      nullable: true,
      description: tagsDescription,
      resolve: (payload, _args, ctx) =>
        payload.resourceArn === null ? null : listTagsForResource(ctx, payload.resourceArn),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.queryFields((t) => ({
  tagsForResource: t.field({
    authScopes: outsideAccounts,
    type: [MeetingTagRef],
    nullable: true,
    description: 'The tags of the meeting an ARN names (ListTagsForResource); null when it names none.',
    args: { resourceArn: t.arg.string({ required: true }) },
    resolve: (_root, { resourceArn }, ctx) => listTagsForResource(ctx, resourceArn),
  }),
}));

// Nullable payloads, as every mutation's: an upstream outage leaves later mutations running.
builder.mutationFields((t) => ({
  tagMeeting: t.field({
    authScopes: writeOutsideAccounts,
    type: MeetingTagsPayloadRef,
    nullable: true,
    description: 'Adds tags to a meeting (TagMeeting, legacy only).',
    args: { input: t.arg({ type: TagMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) => tagMeeting(ctx, input),
  }),
  untagMeeting: t.field({
    authScopes: writeOutsideAccounts,
    type: MeetingTagsPayloadRef,
    nullable: true,
    description: 'Takes tags off a meeting by key (UntagMeeting, legacy only).',
    args: { input: t.arg({ type: UntagMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) => untagMeeting(ctx, input),
  }),
  tagAttendee: t.field({
    authScopes: writeOutsideAccounts,
    type: AttendeeTagsPayloadRef,
    nullable: true,
    description: 'Adds tags to an attendee (TagAttendee, legacy only).',
    args: { input: t.arg({ type: TagAttendeeInput, required: true }) },
    resolve: (_root, { input }, ctx) => tagAttendee(ctx, input),
  }),
  untagAttendee: t.field({
    authScopes: writeOutsideAccounts,
    type: AttendeeTagsPayloadRef,
    nullable: true,
    description: 'Takes tags off an attendee by key (UntagAttendee, legacy only).',
    args: { input: t.arg({ type: UntagAttendeeInput, required: true }) },
    resolve: (_root, { input }, ctx) => untagAttendee(ctx, input),
  }),
  tagResource: t.field({
    authScopes: writeOutsideAccounts,
    type: ResourceTagsPayloadRef,
    nullable: true,
    description: 'Adds tags to a meeting named by its ARN (TagResource).',
    args: { input: t.arg({ type: TagResourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => tagResource(ctx, input),
  }),
  untagResource: t.field({
    authScopes: writeOutsideAccounts,
    type: ResourceTagsPayloadRef,
    nullable: true,
    description: 'Takes tags off a meeting named by its ARN (UntagResource).',
    args: { input: t.arg({ type: UntagResourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => untagResource(ctx, input),
  }),
}));
