import { defineOperation } from '../operation.ts';
import type {
  Attendee,
  CreateAttendeeError,
  CreateAttendeeRequestItem,
  Meeting,
  MeetingNotificationConfiguration,
} from '../shapes/meeting.ts';
import type { Tag } from '../shapes/tag.ts';

// The Chime SDK Meetings namespace answers its creates with 200 where the legacy reference
// prints 201; the catalog test holds these records to the SDK's bindings.

export interface CreateMeetingInput {
  ClientRequestToken: string;
  ExternalMeetingId?: string;
  MediaRegion?: string;
  MeetingHostId?: string;
  NotificationsConfiguration?: MeetingNotificationConfiguration;
  Tags?: Tag[];
}

export interface CreateMeetingOutput {
  Meeting: Meeting;
}

/** Creates a meeting in a media Region, with no attendees. `POST /meetings` */
export const CreateMeeting = defineOperation<CreateMeetingInput, CreateMeetingOutput>({
  name: 'CreateMeeting',
  group: 'meetings',
  method: 'POST',
  path: '/meetings',
  successStatus: 200,
});

export interface CreateMeetingWithAttendeesInput extends CreateMeetingInput {
  Attendees?: CreateAttendeeRequestItem[];
}

export interface CreateMeetingWithAttendeesOutput {
  Meeting: Meeting;
  Attendees?: Attendee[];
  Errors?: CreateAttendeeError[];
}

/** Creates a meeting and up to 10 of its attendees at once. `POST /meetings?operation=create-attendees` */
export const CreateMeetingWithAttendees = defineOperation<
  CreateMeetingWithAttendeesInput,
  CreateMeetingWithAttendeesOutput
>({
  name: 'CreateMeetingWithAttendees',
  group: 'meetings',
  method: 'POST',
  path: '/meetings',
  fixedQuery: { operation: 'create-attendees' },
  successStatus: 200,
});

export interface GetMeetingInput {
  MeetingId: string;
}

export interface GetMeetingOutput {
  Meeting: Meeting;
}

/** Gets a meeting. `GET /meetings/{MeetingId}` */
export const GetMeeting = defineOperation<GetMeetingInput, GetMeetingOutput>({
  name: 'GetMeeting',
  group: 'meetings',
  method: 'GET',
  path: '/meetings/{MeetingId}',
  successStatus: 200,
});

export interface ListMeetingsInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListMeetingsOutput {
  Meetings: Meeting[];
  NextToken?: string;
}

/**
 * Lists the active meetings. Only the legacy namespace has it (the Chime SDK Meetings namespace
 * has no list of meetings). `GET /meetings`
 */
export const ListMeetings = defineOperation<ListMeetingsInput, ListMeetingsOutput>({
  name: 'ListMeetings',
  group: 'admin',
  method: 'GET',
  path: '/meetings',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface DeleteMeetingInput {
  MeetingId: string;
}

/** Deletes a meeting and all of its attendees. `DELETE /meetings/{MeetingId}` */
export const DeleteMeeting = defineOperation<DeleteMeetingInput, Record<string, never>>({
  name: 'DeleteMeeting',
  group: 'meetings',
  method: 'DELETE',
  path: '/meetings/{MeetingId}',
  successStatus: 204,
});

export interface CreateAttendeeInput {
  MeetingId: string;
  ExternalUserId: string;
  Tags?: Tag[];
}

export interface CreateAttendeeOutput {
  Attendee: Attendee;
}

/** Creates an attendee of an active meeting. `POST /meetings/{MeetingId}/attendees` */
export const CreateAttendee = defineOperation<CreateAttendeeInput, CreateAttendeeOutput>({
  name: 'CreateAttendee',
  group: 'meetings',
  method: 'POST',
  path: '/meetings/{MeetingId}/attendees',
  successStatus: 200,
});

export interface BatchCreateAttendeeInput {
  MeetingId: string;
  Attendees: CreateAttendeeRequestItem[];
}

export interface BatchCreateAttendeeOutput {
  Attendees?: Attendee[];
  Errors?: CreateAttendeeError[];
}

/**
 * Creates several attendees of an active meeting; each one it cannot create comes back in
 * `Errors`. `POST /meetings/{MeetingId}/attendees?operation=batch-create`
 */
export const BatchCreateAttendee = defineOperation<BatchCreateAttendeeInput, BatchCreateAttendeeOutput>({
  name: 'BatchCreateAttendee',
  group: 'meetings',
  method: 'POST',
  path: '/meetings/{MeetingId}/attendees',
  fixedQuery: { operation: 'batch-create' },
  successStatus: 200,
});

export interface GetAttendeeInput {
  MeetingId: string;
  AttendeeId: string;
}

export interface GetAttendeeOutput {
  Attendee: Attendee;
}

/** Gets an attendee of a meeting. `GET /meetings/{MeetingId}/attendees/{AttendeeId}` */
export const GetAttendee = defineOperation<GetAttendeeInput, GetAttendeeOutput>({
  name: 'GetAttendee',
  group: 'meetings',
  method: 'GET',
  path: '/meetings/{MeetingId}/attendees/{AttendeeId}',
  successStatus: 200,
});

export interface ListAttendeesInput {
  MeetingId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAttendeesOutput {
  Attendees: Attendee[];
  NextToken?: string;
}

/** Lists the attendees of a meeting. `GET /meetings/{MeetingId}/attendees` */
export const ListAttendees = defineOperation<ListAttendeesInput, ListAttendeesOutput>({
  name: 'ListAttendees',
  group: 'meetings',
  method: 'GET',
  path: '/meetings/{MeetingId}/attendees',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface DeleteAttendeeInput {
  MeetingId: string;
  AttendeeId: string;
}

/** Deletes an attendee of a meeting, and with it their join token. `DELETE /meetings/{MeetingId}/attendees/{AttendeeId}` */
export const DeleteAttendee = defineOperation<DeleteAttendeeInput, Record<string, never>>({
  name: 'DeleteAttendee',
  group: 'meetings',
  method: 'DELETE',
  path: '/meetings/{MeetingId}/attendees/{AttendeeId}',
  successStatus: 204,
});
