import type { Route } from '../router.ts';
import { attendeeRoutes } from './attendee-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';

/**
 * The meetings actions: the Chime SDK Meetings namespace's, and the legacy namespace's
 * ListMeetings at the same paths.
 */
export const meetingsRoutes: Route[] = [...meetingRoutes, ...attendeeRoutes];
