import type { AttendeeModel, MeetingModel } from '../../loaders/meetings.ts';
import { builder } from '../builder.ts';

// The Meeting and Attendee types' references, apart from their fields: a meeting lists its
// attendees and an attendee points back at its meeting, and the mutations' payloads name both.

/** The Meeting object type, implemented in meeting.ts. */
export const MeetingRef = builder.objectRef<MeetingModel>('Meeting');

/** The Attendee object type, implemented in meeting.ts. */
export const AttendeeRef = builder.objectRef<AttendeeModel>('Attendee');

/** A page of meetings. */
export const MeetingConnection = builder.connectionObject({ type: MeetingRef, name: 'MeetingConnection' });

/** A page of a meeting's attendees. */
export const AttendeeConnection = builder.connectionObject({ type: AttendeeRef, name: 'AttendeeConnection' });
