import type { RequestContext } from '../../context.ts';
import type { AttendeeKey } from '../../loaders/meetings.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetMeeting; null when there is no such meeting (it ended or was deleted). */
export const getMeeting = (ctx: RequestContext, meetingId: string) => ctx.loaders.meeting.load(meetingId);

/** ListMeetings (the legacy namespace's list of active meetings), as a connection. */
export const listMeetings = (ctx: RequestContext, page: ForwardPage) => ctx.loaders.listMeetings(page);

/** GetAttendee; null when the meeting has no such attendee. */
export const getAttendee = (ctx: RequestContext, key: AttendeeKey) => ctx.loaders.attendee.load(key);

/** ListAttendees of one meeting, as a connection. */
export const listAttendees = (ctx: RequestContext, meetingId: string, page: ForwardPage) =>
  ctx.loaders.listAttendees(meetingId, page);
