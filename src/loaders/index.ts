import type { CachingCaller } from '../cache/read-cache.ts';
import { createAccountLoaders } from './accounts.ts';
import { createAppInstanceLoaders } from './app-instances.ts';
import { createBotLoaders } from './bots.ts';
import { createChannelLoaders } from './channels.ts';
import { createMediaCapturePipelineLoaders } from './media-capture-pipelines.ts';
import { createMeetingTagLoaders } from './meeting-tags.ts';
import { createMeetingLoaders } from './meetings.ts';
import { createPhoneNumberOrderLoaders } from './phone-number-orders.ts';
import { createPhoneNumberLoaders } from './phone-numbers.ts';
import { createProxySessionLoaders } from './proxy-sessions.ts';
import { createRoomLoaders } from './rooms.ts';
import { createGlobalSettingsLoaders } from './settings.ts';
import type { Cursors } from './shared/cursor.ts';
import { createSipMediaApplicationLoaders } from './sip-media-applications.ts';
import { createSipRuleLoaders } from './sip-rules.ts';
import { createUserLoaders } from './users.ts';
import { createVoiceConnectorGroupLoaders } from './voice-connector-groups.ts';
import { createVoiceConnectorLoaders } from './voice-connectors.ts';

/**
 * Every loader of one request, made fresh in the context factory so that caching and
 * batching never cross requests (or callers); `cursors` signs and reads the connections' cursors.
 * `client` may answer tagged reads from the shared cache, which the loaders' cache writes keep true.
 */
export function createLoaders(client: CachingCaller, cursors: Cursors) {
  return {
    ...createAccountLoaders(client, cursors),
    ...createUserLoaders(client, cursors),
    ...createRoomLoaders(client, cursors),
    ...createBotLoaders(client, cursors),
    ...createGlobalSettingsLoaders(client),
    ...createPhoneNumberLoaders(client, cursors),
    ...createPhoneNumberOrderLoaders(client, cursors),
    ...createVoiceConnectorLoaders(client, cursors),
    ...createVoiceConnectorGroupLoaders(client, cursors),
    ...createProxySessionLoaders(client, cursors),
    ...createSipMediaApplicationLoaders(client, cursors),
    ...createSipRuleLoaders(client, cursors),
    ...createAppInstanceLoaders(client, cursors),
    ...createChannelLoaders(client, cursors),
    ...createMeetingLoaders(client, cursors),
    ...createMediaCapturePipelineLoaders(client, cursors),
    ...createMeetingTagLoaders(client),
  };
}

/** The per-request loaders. */
export type Loaders = ReturnType<typeof createLoaders>;
