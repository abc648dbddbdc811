import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetAttendee, GetMeeting, ListAttendees, ListMeetings } from '../chime/operations/meetings.ts';
import { type Attendee, MEDIA_REGIONS, type MediaRegion, type Meeting } from '../chime/shapes/meeting.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { knownValue } from './shared/upstream-values.ts';

/** Where a meeting's clients connect for audio, video, screen sharing and events. */
export interface MediaPlacementModel {
  audioHostUrl: string | null;
  audioFallbackUrl: string | null;
  signalingUrl: string | null;
  turnControlUrl: string | null;
  screenDataUrl: string | null;
  screenViewingUrl: string | null;
  screenSharingUrl: string | null;
  eventIngestionUrl: string | null;
}

/** An Amazon Chime SDK meeting. */
export interface MeetingModel {
  meetingId: string;
  externalMeetingId: string | null;
  mediaRegion: MediaRegion | null;
  mediaPlacement: MediaPlacementModel | null;
}

/** An attendee is addressed by its meeting and its own id. */
export interface AttendeeKey {
  meetingId: string;
  attendeeId: string;
}

/**
 * An attendee of a meeting. Its join token is left out on purpose: it is a credential that
 * lets a client join as the attendee, and the gateway never hands one out.
 */
export interface AttendeeModel extends AttendeeKey {
  externalUserId: string | null;
}

/** Maps an upstream meeting. */
export function toMeeting(meeting: Meeting): MeetingModel {
  const placement = meeting.MediaPlacement;
  return {
    meetingId: meeting.MeetingId,
    externalMeetingId: meeting.ExternalMeetingId ?? null,
    mediaRegion: knownValue(MEDIA_REGIONS, meeting.MediaRegion),
    mediaPlacement: placement
      ? {
          audioHostUrl: placement.AudioHostUrl ?? null,
          audioFallbackUrl: placement.AudioFallbackUrl ?? null,
          signalingUrl: placement.SignalingUrl ?? null,
          turnControlUrl: placement.TurnControlUrl ?? null,
          screenDataUrl: placement.ScreenDataUrl ?? null,
          screenViewingUrl: placement.ScreenViewingUrl ?? null,
          screenSharingUrl: placement.ScreenSharingUrl ?? null,
          eventIngestionUrl: placement.EventIngestionUrl ?? null,
        }
      : null,
  };
}

/** Maps an upstream attendee of meeting `meetingId`, dropping its join token. */
export function toAttendee(meetingId: string, attendee: Attendee): AttendeeModel {
  return { meetingId, attendeeId: attendee.AttendeeId, externalUserId: attendee.ExternalUserId ?? null };
}

/** One string for an attendee key: the loader's cache key. */
const attendeeIdOf = ({ meetingId, attendeeId }: AttendeeKey) => `${meetingId}/${attendeeId}`;

/**
 * Per-request loaders for meetings and their attendees, and the writes that keep them true
 * after a mutation. Meetings are in the shared cache; attendees never are: every answer about
 * one carries its join token, which no cache store may hold.
 */
export function createMeetingLoaders(client: CachingCaller, cursors: Cursors) {
  const meeting = getLoader(
    (meetingId: string) =>
      client
        .send(GetMeeting, { MeetingId: meetingId }, cachedAs('meetings', meetingId))
        .then((out) => toMeeting(out.Meeting)),
    (meetingId) => meetingId,
  );
  const attendee = getLoader(
    (key: AttendeeKey) =>
      client
        .send(GetAttendee, { MeetingId: key.meetingId, AttendeeId: key.attendeeId })
        .then((out) => toAttendee(key.meetingId, out.Attendee)),
    attendeeIdOf,
  );
  /** Attendee keys this request has loaded, by meeting: what forgetting a meeting forgets. */
  const attendeeKeysByMeeting = new Map<string, Set<string>>();
  const primeAttendee = (model: AttendeeModel) => {
    const key = { meetingId: model.meetingId, attendeeId: model.attendeeId };
    attendee.clear(key).prime(key, model);
    const keys = attendeeKeysByMeeting.get(model.meetingId) ?? new Set<string>();
    keys.add(model.attendeeId);
    attendeeKeysByMeeting.set(model.meetingId, keys);
  };
  return {
    meeting,
    attendee,
    /** A page of the active meetings; each one read primes `meeting`. */
    listMeetings: (page: ForwardPage) =>
      readConnection<MeetingModel>(page, {
        cursors,
        scope: ['meetings'],
        maxResults: ListMeetings.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(
            ListMeetings,
            { MaxResults: maxResults, NextToken: token ?? undefined },
            cachedAs('meetings'),
          );
          const meetings = out.Meetings.map(toMeeting);
          for (const model of meetings) meeting.prime(model.meetingId, model);
          return { items: meetings, nextToken: out.NextToken };
        },
      }),
    /** A page of a meeting's attendees; each one read primes `attendee`. */
    listAttendees: (meetingId: string, page: ForwardPage) =>
      readConnection<AttendeeModel>(page, {
        cursors,
        scope: ['attendees', meetingId],
        maxResults: ListAttendees.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListAttendees, {
            MeetingId: meetingId,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          const attendees = out.Attendees.map((item) => toAttendee(meetingId, item));
          for (const model of attendees) primeAttendee(model);
          return { items: attendees, nextToken: out.NextToken };
        },
      }),
    /** Records a meeting as the upstream just answered it (created). */
    replaceMeeting: (model: MeetingModel) => {
      meeting.clear(model.meetingId).prime(model.meetingId, model);
      client.changed('meetings', model.meetingId);
    },
    /** Records that a meeting, and with it every attendee of it, no longer exists. */
    forgetMeeting: (meetingId: string) => {
      meeting.clear(meetingId).prime(meetingId, null);
      for (const attendeeId of attendeeKeysByMeeting.get(meetingId) ?? [])
        attendee.clear({ meetingId, attendeeId }).prime({ meetingId, attendeeId }, null);
      attendeeKeysByMeeting.delete(meetingId);
      client.changed('meetings', meetingId);
    },
    /** Records an attendee as the upstream just answered it (created). */
    replaceAttendee: primeAttendee,
    /** Records that an attendee no longer exists. */
    forgetAttendee: (key: AttendeeKey) => {
      attendee.clear(key).prime(key, null);
    },
  };
}
