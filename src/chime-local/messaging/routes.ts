import type { Route } from '../router.ts';
import { channelRoutes } from './channel-routes.ts';
import { identityRoutes } from './identity-routes.ts';
import { membershipRoutes } from './membership-routes.ts';
import { messageRoutes } from './message-routes.ts';

/**
 * The messaging group's operations (Chime SDK Messaging: channels, memberships,
 * moderators, messages) and the identity group's (app instances and their users),
 * which share the messaging state.
 */
export const messagingRoutes: Route[] = [
  ...identityRoutes,
  ...channelRoutes,
  ...membershipRoutes,
  ...messageRoutes,
];
