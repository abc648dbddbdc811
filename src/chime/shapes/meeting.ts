import type { Tag } from './tag.ts';

/** The media Regions a meeting can be hosted in (the reference's `Available values`). */
export const MEDIA_REGIONS = [
  'af-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
] as const;
export type MediaRegion = (typeof MEDIA_REGIONS)[number];

/** The Region a meeting is created in when the request names none. */
export const DEFAULT_MEDIA_REGION: MediaRegion = 'us-east-1';

/** The media placement of a meeting: where its clients connect for audio, video and screen sharing. */
export interface MediaPlacement {
  AudioFallbackUrl?: string;
  AudioHostUrl?: string;
  EventIngestionUrl?: string;
  ScreenDataUrl?: string;
  ScreenSharingUrl?: string;
  ScreenViewingUrl?: string;
  SignalingUrl?: string;
  TurnControlUrl?: string;
}

/** A meeting created using the Amazon Chime SDK. */
export interface Meeting {
  ExternalMeetingId?: string;
  MediaPlacement?: MediaPlacement;
  MediaRegion?: string;
  MeetingId: string;
}

/** Where the service sends a meeting's and its attendees' event notifications. */
export interface MeetingNotificationConfiguration {
  SnsTopicArn?: string;
  SqsQueueArn?: string;
}

/**
 * An Amazon Chime SDK meeting attendee. `JoinToken` lets a client join as the attendee: it is a
 * credential, which the gateway never maps into its models.
 */
export interface Attendee {
  AttendeeId: string;
  ExternalUserId?: string;
  JoinToken?: string;
}

/** One attendee to create, in BatchCreateAttendee and CreateMeetingWithAttendees. */
export interface CreateAttendeeRequestItem {
  ExternalUserId: string;
  Tags?: Tag[];
}

/** An attendee that BatchCreateAttendee or CreateMeetingWithAttendees could not create. */
export interface CreateAttendeeError {
  ErrorCode?: string;
  ErrorMessage?: string;
  ExternalUserId?: string;
}
