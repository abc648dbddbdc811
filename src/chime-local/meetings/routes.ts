import type { Route } from '../router.ts';
import { attendeeRoutes } from './attendee-routes.ts';
import { dialOutRoutes } from './dial-out-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { meetingTagRoutes } from './tag-routes.ts';
import { transcriptionRoutes } from './transcription-routes.ts';

/**
 * The meetings actions: the Chime SDK Meetings namespace's, and the legacy namespace's
 * ListMeetings, tags by id and dial-outs at the same paths.
 */
export const meetingsRoutes: Route[] = [
  ...meetingRoutes,
  ...attendeeRoutes,
  ...meetingTagRoutes,
  ...transcriptionRoutes,
  ...dialOutRoutes,
];
