import type { AttendeeKey, AttendeeModel, MeetingModel } from '../../loaders/meetings.ts';
import { getAttendee, getMeeting, listAttendees, listMeetings } from '../../resolvers/meetings/reads.ts';
import { builder } from '../builder.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { compoundId, splitCompoundId } from '../shared/ids.ts';
import { byIdOfParent, fromParent, fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import { AttendeeConnection, AttendeeRef, MeetingConnection, MeetingRef } from './refs.ts';

/** The upstream key behind an Attendee node id; null when the id is not one. */
const toAttendeeKey = (id: string): AttendeeKey | null => {
  const [meetingId, attendeeId] = splitCompoundId(id, 2) ?? [];
  return meetingId && attendeeId ? { meetingId, attendeeId } : null;
};

const MediaPlacementRef = builder.objectRef<NonNullable<MeetingModel['mediaPlacement']>>('MediaPlacement');
MediaPlacementRef.implement({
  description: "Where a meeting's clients connect for audio, video, screen sharing and events.",
  fields: (t) => ({
    audioHostUrl: t.exposeString('audioHostUrl', { nullable: true }),
    audioFallbackUrl: t.exposeString('audioFallbackUrl', { nullable: true }),
    signalingUrl: t.exposeString('signalingUrl', { nullable: true }),
    turnControlUrl: t.exposeString('turnControlUrl', { nullable: true }),
    screenDataUrl: t.exposeString('screenDataUrl', { nullable: true }),
    screenViewingUrl: t.exposeString('screenViewingUrl', { nullable: true }),
    screenSharingUrl: t.exposeString('screenSharingUrl', { nullable: true }),
    eventIngestionUrl: t.exposeString('eventIngestionUrl', { nullable: true }),
  }),
});

// Every field below that needs only the id starts beside GetMeeting under `meeting(meetingId:)`.
const idOf = (meeting: MeetingModel) => meeting.meetingId;

builder.node(MeetingRef, {
  description: 'An Amazon Chime SDK meeting: its media Region and placement, and its attendees.',
  id: { resolve: (meeting) => meeting.meetingId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getMeeting(ctx, id))),
  fields: (t) => ({
    meetingId: t.exposeString('meetingId'),
    externalMeetingId: t.exposeString('externalMeetingId', { nullable: true }),
    mediaRegion: t.exposeString('mediaRegion', { nullable: true, description: 'e.g. us-east-1.' }),
    mediaPlacement: t.expose('mediaPlacement', { type: MediaPlacementRef, nullable: true }),
    attendees: t.field({
      type: AttendeeConnection,
      nullable: true,
      description: "The meeting's attendees (ListAttendees).",
      args: forwardPageArgs,
      ...fromParentId(idOf, (id, page, ctx, ahead) =>
        listAttendees(ctx, id, { ...page, onItems: ahead.items }),
      ),
    }),
    attendee: t.field({
      type: AttendeeRef,
      nullable: true,
      description: 'One attendee by id (GetAttendee); null when the meeting has none by that id.',
      args: { attendeeId: t.arg.string({ required: true }) },
      ...fromParentId(idOf, (meetingId, { attendeeId }, ctx) => getAttendee(ctx, { meetingId, attendeeId })),
    }),
  }),
});

builder.node(AttendeeRef, {
  description:
    "An attendee of a meeting. Its join token is a credential for the meeting's media: no field answers it.",
  id: { resolve: (attendee) => compoundId(attendee.meetingId, attendee.attendeeId) },
  loadMany: (ids, ctx) =>
    Promise.all(
      ids.map((id) => {
        const key = toAttendeeKey(id);
        return key && getAttendee(ctx, key);
      }),
    ),
  fields: (t) => ({
    attendeeId: t.exposeString('attendeeId'),
    meetingId: t.exposeString('meetingId'),
    externalUserId: t.exposeString('externalUserId', { nullable: true }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      ...byIdOfParent(
        (attendee: AttendeeModel) => attendee.meetingId,
        (meetingId, ctx) => getMeeting(ctx, meetingId),
      ),
    }),
  }),
});

builder.queryFields((t) => ({
  meetings: t.field({
    authScopes: outsideAccounts,
    type: MeetingConnection,
    nullable: true,
    description: 'The active meetings (ListMeetings, which only the legacy Amazon Chime namespace has).',
    args: forwardPageArgs,
    ...fromParent((_root, page, ctx, ahead) => listMeetings(ctx, { ...page, onItems: ahead.items })),
  }),
  meeting: t.field({
    authScopes: outsideAccounts,
    type: MeetingRef,
    nullable: true,
    description: 'A meeting by id; null when there is none (it ended or was deleted).',
    args: { meetingId: t.arg.string({ required: true }) },
    resolve: (_root, { meetingId }, ctx, info) =>
      loadWithChildren(meetingId, ctx, info, getMeeting(ctx, meetingId)),
  }),
}));
