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

// Each feature's loaders, made together by its factory (they share caches and priming).
const FEATURES = [
  createAccountLoaders,
  createUserLoaders,
  createRoomLoaders,
  createBotLoaders,
  createGlobalSettingsLoaders,
  createPhoneNumberLoaders,
  createPhoneNumberOrderLoaders,
  createVoiceConnectorLoaders,
  createVoiceConnectorGroupLoaders,
  createProxySessionLoaders,
  createSipMediaApplicationLoaders,
  createSipRuleLoaders,
  createAppInstanceLoaders,
  createChannelLoaders,
  createMeetingLoaders,
  createMediaCapturePipelineLoaders,
  createMeetingTagLoaders,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (
  intersection: infer I,
) => void
  ? I
  : never;

/** The per-request loaders. */
export type Loaders = UnionToIntersection<ReturnType<(typeof FEATURES)[number]>>;

const REQUEST = Symbol('loaders of a request');

interface LoaderSet {
  readonly [REQUEST]: { client: CachingCaller; cursors: Cursors; made: Record<string, unknown>[] };
}

// A request reads a few features of the graph's many, so a feature's loaders are made the first
// time one of them is read: every getter below, put once on the prototype, makes its feature's.
const LoaderSetPrototype: object = {};
for (const [index, create] of FEATURES.entries()) {
  // Factories only build loaders and closures; nothing reaches the client until a load.
  const names = Object.keys(create(undefined as never, undefined as never));
  for (const name of names) {
    if (Object.hasOwn(LoaderSetPrototype, name))
      throw new Error(`Two features name a loader ${JSON.stringify(name)}; each name must be one loader`);
    Object.defineProperty(LoaderSetPrototype, name, {
      get(this: LoaderSet) {
        const request = this[REQUEST];
        request.made[index] ??= create(request.client, request.cursors) as Record<string, unknown>;
        return request.made[index][name];
      },
    });
  }
}

/**
 * Every loader of one request, made fresh in the context factory so that caching and
 * batching never cross requests (or callers); `cursors` signs and reads the connections' cursors.
 * `client` may answer tagged reads from the shared cache, which the loaders' cache writes keep true.
 * Each feature's loaders are made when the request first reads one of them.
 */
export function createLoaders(client: CachingCaller, cursors: Cursors): Loaders {
  const set: LoaderSet = Object.create(LoaderSetPrototype);
  Object.defineProperty(set, REQUEST, { value: { client, cursors, made: [] } });
  return set as unknown as Loaders;
}
