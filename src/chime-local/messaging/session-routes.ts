import type { Route } from '../router.ts';
import { LOCAL_REGION } from '../store.ts';

/**
 * Where GetMessagingSessionEndpoint points. chime-local serves no WebSocket sessions: the
 * `.invalid` name (RFC 2606) never resolves, so nothing mistakes it for a live endpoint.
 */
export const LOCAL_MESSAGING_SESSION_URL = `https://ws-messaging.${LOCAL_REGION}.chime-local.invalid`;

/** The messaging session endpoint: the same for every caller, and asked without a bearer. */
export const sessionRoutes: Route[] = [
  {
    operation: 'GetMessagingSessionEndpoint',
    method: 'GET',
    path: '/endpoints/messaging-session',
    handle() {
      return { body: { Endpoint: { Url: LOCAL_MESSAGING_SESSION_URL } } };
    },
  },
];
