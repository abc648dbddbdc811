/**
 * The operation catalog: every upstream operation the gateway may call, by area. Bindings follow the API
 * reference and the official SDK clients (test/chime/catalog.test.ts checks them against the SDKs' schemas);
 * members follow the reference's Required flags, except that the member identifying a returned resource
 * (UserId, PhoneNumberId, ChannelArn…) is required: the service always sends it.
 */
export * from './accounts.ts';
export * from './app-instance-streaming.ts';
export * from './app-instances.ts';
export * from './bots.ts';
export * from './channel-bans.ts';
export * from './channel-memberships.ts';
export * from './channel-messages.ts';
export * from './channels.ts';
export * from './e911-addresses.ts';
export * from './media-capture-pipelines.ts';
export * from './meeting-dial-outs.ts';
export * from './meeting-tags.ts';
export * from './meeting-transcription.ts';
export * from './meetings.ts';
export * from './meetings.ts';
export * from './messaging-sessions.ts';
export * from './phone-number-orders.ts';
export * from './phone-numbers.ts';
export * from './proxy-sessions.ts';
export * from './rooms.ts';
export * from './settings.ts';
export * from './sip-media-applications.ts';
export * from './sip-rules.ts';
export * from './users.ts';
export * from './voice-connector-configuration.ts';
export * from './voice-connector-groups.ts';
export * from './voice-connectors.ts';
