import type { LocalRequest, Route } from '../router.ts';
import { optionalEnum, optionalInt, optionalString, requiredString } from '../validate.ts';
import { createAttendees } from './attendee-routes.ts';
import {
  attendeeItems,
  CLIENT_REQUEST_TOKEN_RULE,
  EXTERNAL_ID_RULE,
  MAX_MEETING_ATTENDEES,
  meetingOf,
  parseNotificationsConfiguration,
  parseTags,
} from './rules.ts';
import type { MeetingRecord } from './state.ts';

/** The Regions a meeting can be hosted in; `us-east-1` when the request names none. */
const MEDIA_REGIONS = [
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

/** Creates the meeting a CreateMeeting or CreateMeetingWithAttendees body describes (once per token). */
function createMeeting(request: LocalRequest): { record: MeetingRecord; created: boolean } {
  const { body, store } = request;
  const clientRequestToken = requiredString(
    body.ClientRequestToken,
    'ClientRequestToken',
    CLIENT_REQUEST_TOKEN_RULE,
  );
  const externalMeetingId = optionalString(body.ExternalMeetingId, 'ExternalMeetingId', EXTERNAL_ID_RULE);
  const meetingHostId = optionalString(body.MeetingHostId, 'MeetingHostId', EXTERNAL_ID_RULE);
  const mediaRegion = optionalEnum(body.MediaRegion, 'MediaRegion', MEDIA_REGIONS) ?? 'us-east-1';
  const notificationsConfiguration = parseNotificationsConfiguration(body.NotificationsConfiguration);
  const tags = parseTags(body.Tags, 'Tags', 50);
  return store.meetings.addMeeting({
    id: store.newId(),
    clientRequestToken,
    mediaRegion,
    ...(externalMeetingId === undefined ? {} : { externalMeetingId }),
    ...(meetingHostId === undefined ? {} : { meetingHostId }),
    ...(notificationsConfiguration === undefined ? {} : { notificationsConfiguration }),
    ...(tags === undefined ? {} : { tags }),
  });
}

/** Meeting create (with or without attendees), read, list and delete. */
export const meetingRoutes: Route[] = [
  {
    operation: 'CreateMeeting',
    method: 'POST',
    path: '/meetings',
    handle: (request) => ({ body: { Meeting: structuredClone(createMeeting(request).record.meeting) } }),
  },
  {
    operation: 'CreateMeetingWithAttendees',
    method: 'POST',
    path: '/meetings',
    query: { operation: 'create-attendees' },
    handle: (request) => {
      // The list is checked before the meeting exists, so that a refused request creates nothing.
      const items = attendeeItems(request.body.Attendees, { required: false, max: MAX_MEETING_ATTENDEES });
      const { record } = createMeeting(request);
      const { Attendees, Errors } = createAttendees(request.store, record, items);
      return { body: { Meeting: structuredClone(record.meeting), Attendees, Errors } };
    },
  },
  {
    operation: 'GetMeeting',
    method: 'GET',
    path: '/meetings/{MeetingId}',
    handle: (request) => ({ body: { Meeting: structuredClone(meetingOf(request).meeting) } }),
  },
  {
    operation: 'ListMeetings',
    method: 'GET',
    path: '/meetings',
    handle: (request) => {
      const { query, store } = request;
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const page = store.paginator.page(
        [...store.meetings.meetings.values()],
        maxResults,
        query.get('next-token'),
        'ListMeetings',
      );
      return {
        body: {
          Meetings: page.items.map((record) => structuredClone(record.meeting)),
          NextToken: page.nextToken,
        },
      };
    },
  },
  {
    operation: 'DeleteMeeting',
    method: 'DELETE',
    path: '/meetings/{MeetingId}',
    handle: (request) => {
      request.store.meetings.deleteMeeting(meetingOf(request).meeting.MeetingId);
      return { status: 204 };
    },
  },
];
