/** Where a client opens its messaging session (a WebSocket). */
export interface MessagingSessionEndpoint {
  Url?: string;
}
