import { randomBytes } from 'node:crypto';

/** A tag on a meeting or an attendee. */
export interface MeetingTag {
  Key: string;
  Value: string;
}

/** Where a meeting's clients connect, as the service returns it. */
export interface MediaPlacement {
  AudioFallbackUrl: string;
  AudioHostUrl: string;
  EventIngestionUrl: string;
  ScreenDataUrl: string;
  ScreenSharingUrl: string;
  ScreenViewingUrl: string;
  SignalingUrl: string;
  TurnControlUrl: string;
}

/** A meeting, as the service returns it. */
export interface Meeting {
  MeetingId: string;
  ExternalMeetingId?: string;
  MediaRegion: string;
  MediaPlacement: MediaPlacement;
}

/** An attendee, as the service returns it (with the join token a client joins with). */
export interface Attendee {
  AttendeeId: string;
  ExternalUserId: string;
  JoinToken: string;
}

/** A meeting and what the service keeps beside it. */
export interface MeetingRecord {
  meeting: Meeting;
  meetingHostId?: string;
  notificationsConfiguration?: { SnsTopicArn?: string; SqsQueueArn?: string };
  tags: MeetingTag[];
  /** The TranscriptionConfiguration of the transcription running, if one is. */
  transcription?: Record<string, unknown>;
  /** By AttendeeId, in creation order. */
  attendees: Map<string, AttendeeRecord>;
}

/** An attendee and its tags. */
export interface AttendeeRecord {
  attendee: Attendee;
  tags: MeetingTag[];
}

/** The most attendees a meeting holds (the Chime SDK's default quota). */
export const MAX_ATTENDEES_PER_MEETING = 250;

/** Where a meeting's media is served in a Region; chime-local names hosts no one resolves. */
function mediaPlacementOf(meetingId: string, region: string): MediaPlacement {
  const host = `${region}.meetings.chime-local.invalid`;
  return {
    AudioHostUrl: `audio.${host}:3478`,
    AudioFallbackUrl: `wss://audio.${host}:443/calls/${meetingId}`,
    SignalingUrl: `wss://signal.${host}/control/${meetingId}`,
    TurnControlUrl: `https://turn.${host}/v2/turn_sessions`,
    ScreenDataUrl: `wss://screen.${host}/v2/screen/${meetingId}`,
    ScreenViewingUrl: `wss://screen.${host}/ws/connect?passcode=null&viewer_uuid=null&X-BitHub-Call-Id=${meetingId}`,
    ScreenSharingUrl: `wss://screen.${host}/v2/screen/${meetingId}`,
    EventIngestionUrl: `https://data.${host}/v1/client-events`,
  };
}

/**
 * The meetings group's collections in chime-local's store. The `add*` methods are the one
 * place records are made; callers validate input first.
 */
export class MeetingState {
  /** By MeetingId, in creation order. */
  readonly meetings = new Map<string, MeetingRecord>();
  /** The meeting each ClientRequestToken created: a replayed token answers it again. */
  readonly #requestTokens = new Map<string, string>();

  /**
   * Creates a meeting, or answers the one `clientRequestToken` already created (the service's
   * idempotency); `created` says which.
   */
  addMeeting(input: {
    id: string;
    clientRequestToken: string;
    externalMeetingId?: string;
    mediaRegion: string;
    meetingHostId?: string;
    notificationsConfiguration?: MeetingRecord['notificationsConfiguration'];
    tags?: MeetingTag[];
  }): { record: MeetingRecord; created: boolean } {
    const earlier = this.#requestTokens.get(input.clientRequestToken);
    const existing = earlier === undefined ? undefined : this.meetings.get(earlier);
    if (existing) return { record: existing, created: false };
    const record: MeetingRecord = {
      meeting: {
        MeetingId: input.id,
        ...(input.externalMeetingId === undefined ? {} : { ExternalMeetingId: input.externalMeetingId }),
        MediaRegion: input.mediaRegion,
        MediaPlacement: mediaPlacementOf(input.id, input.mediaRegion),
      },
      ...(input.meetingHostId === undefined ? {} : { meetingHostId: input.meetingHostId }),
      ...(input.notificationsConfiguration === undefined
        ? {}
        : { notificationsConfiguration: input.notificationsConfiguration }),
      tags: input.tags ?? [],
      attendees: new Map(),
    };
    this.meetings.set(input.id, record);
    this.#requestTokens.set(input.clientRequestToken, input.id);
    return { record, created: true };
  }

  /**
   * Adds an attendee to a meeting, or answers the one its ExternalUserId already names there
   * (the ExternalUserId is the attendee's idempotency token); null when the meeting is full.
   */
  addAttendee(
    record: MeetingRecord,
    input: { id: string; externalUserId: string; tags?: MeetingTag[] },
  ): AttendeeRecord | null {
    for (const attendee of record.attendees.values())
      if (attendee.attendee.ExternalUserId === input.externalUserId) return attendee;
    if (record.attendees.size >= MAX_ATTENDEES_PER_MEETING) return null;
    const attendee: AttendeeRecord = {
      attendee: {
        AttendeeId: input.id,
        ExternalUserId: input.externalUserId,
        JoinToken: randomBytes(48).toString('base64'),
      },
      tags: input.tags ?? [],
    };
    record.attendees.set(input.id, attendee);
    return attendee;
  }

  /** Deletes a meeting and every attendee of it. */
  deleteMeeting(meetingId: string): void {
    this.meetings.delete(meetingId);
  }
}
