import { defineOperation } from '../operation.ts';
import type { MessagingSessionEndpoint } from '../shapes/messaging-session.ts';

export interface GetMessagingSessionEndpointOutput {
  Endpoint?: MessagingSessionEndpoint;
}

/**
 * The endpoint of the account's messaging sessions. `GET /endpoints/messaging-session`; the only
 * messaging operation without the chime bearer header: the answer is the same for every user.
 */
export const GetMessagingSessionEndpoint = defineOperation<
  Record<string, never>,
  GetMessagingSessionEndpointOutput
>({
  name: 'GetMessagingSessionEndpoint',
  group: 'messaging',
  method: 'GET',
  path: '/endpoints/messaging-session',
  successStatus: 200,
});
