import type { Route } from '../router.ts';
import { banRoutes } from './ban-routes.ts';
import { channelRoutes } from './channel-routes.ts';
import { identityRoutes } from './identity-routes.ts';
import { membershipRoutes } from './membership-routes.ts';
import { messageRoutes } from './message-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { streamingRoutes } from './streaming-routes.ts';
import { userChannelRoutes } from './user-channel-routes.ts';

/**
 * The messaging group's operations (Chime SDK Messaging: channels, memberships,
 * moderators, bans, messages, the channels of one user, the session endpoint, an app instance's
 * streaming configurations) and the identity group's (app instances and their users),
 * which share the messaging state.
 */
export const messagingRoutes: Route[] = [
  ...identityRoutes,
  ...channelRoutes,
  ...membershipRoutes,
  ...banRoutes,
  ...messageRoutes,
  ...userChannelRoutes,
  ...sessionRoutes,
  ...streamingRoutes,
];
