import { ServiceError } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalInt } from '../validate.ts';
import { attendeeItems, attendeeOf, MAX_BATCH_ATTENDEES, meetingOf, parseAttendeeItem } from './rules.ts';
import { type Attendee, MAX_ATTENDEES_PER_MEETING, type MeetingRecord } from './state.ts';

/** An attendee the service could not create, as BatchCreateAttendee reports it. */
interface CreateAttendeeError {
  ExternalUserId?: string;
  ErrorCode: string;
  ErrorMessage: string;
}

const full = (record: MeetingRecord) =>
  `Meeting ${record.meeting.MeetingId} already has ${MAX_ATTENDEES_PER_MEETING} attendees, its limit`;

/**
 * Creates each attendee of a batch that it can: an item that breaks a rule, or one past the
 * meeting's limit, comes back in `Errors` and the others are created.
 */
export function createAttendees(
  store: Store,
  record: MeetingRecord,
  items: readonly unknown[],
): { Attendees: Attendee[]; Errors: CreateAttendeeError[] } {
  const created: Attendee[] = [];
  const errors: CreateAttendeeError[] = [];
  for (const [index, item] of items.entries()) {
    let parsed: ReturnType<typeof parseAttendeeItem>;
    try {
      parsed = parseAttendeeItem(item, `Attendees[${index}]`);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const externalUserId = (item as { ExternalUserId?: unknown } | null)?.ExternalUserId;
      errors.push({
        ...(typeof externalUserId === 'string' ? { ExternalUserId: externalUserId } : {}),
        ErrorCode: 'BadRequest',
        ErrorMessage: error.message,
      });
      continue;
    }
    const attendee = store.meetings.addAttendee(record, { id: store.newId(), ...parsed });
    if (attendee) created.push(structuredClone(attendee.attendee));
    else
      errors.push({
        ExternalUserId: parsed.externalUserId,
        ErrorCode: 'ResourceLimitExceeded',
        ErrorMessage: full(record),
      });
  }
  return { Attendees: created, Errors: errors };
}

/** Attendee create, batch create, read, list and delete. */
export const attendeeRoutes: Route[] = [
  {
    operation: 'CreateAttendee',
    method: 'POST',
    path: '/meetings/{MeetingId}/attendees',
    handle: (request) => {
      const record = meetingOf(request);
      const item = parseAttendeeItem(request.body, 'Attendee');
      const attendee = request.store.meetings.addAttendee(record, { id: request.store.newId(), ...item });
      if (!attendee) throw new ServiceError(400, 'ResourceLimitExceededException', full(record));
      return { body: { Attendee: structuredClone(attendee.attendee) } };
    },
  },
  {
    operation: 'BatchCreateAttendee',
    method: 'POST',
    path: '/meetings/{MeetingId}/attendees',
    query: { operation: 'batch-create' },
    handle: (request) => {
      const record = meetingOf(request);
      const items = attendeeItems(request.body.Attendees, { required: true, max: MAX_BATCH_ATTENDEES });
      return { body: createAttendees(request.store, record, items) };
    },
  },
  {
    operation: 'GetAttendee',
    method: 'GET',
    path: '/meetings/{MeetingId}/attendees/{AttendeeId}',
    handle: (request) => ({ body: { Attendee: structuredClone(attendeeOf(request).attendee.attendee) } }),
  },
  {
    operation: 'ListAttendees',
    method: 'GET',
    path: '/meetings/{MeetingId}/attendees',
    handle: (request) => {
      const { query, store } = request;
      const record = meetingOf(request);
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const page = store.paginator.page(
        [...record.attendees.values()],
        maxResults,
        query.get('next-token'),
        `ListAttendees:${record.meeting.MeetingId}`,
      );
      return {
        body: {
          Attendees: page.items.map((attendee) => structuredClone(attendee.attendee)),
          NextToken: page.nextToken,
        },
      };
    },
  },
  {
    operation: 'DeleteAttendee',
    method: 'DELETE',
    path: '/meetings/{MeetingId}/attendees/{AttendeeId}',
    handle: (request) => {
      const { meeting, attendee } = attendeeOf(request);
      meeting.attendees.delete(attendee.attendee.AttendeeId);
      return { status: 204 };
    },
  },
];
