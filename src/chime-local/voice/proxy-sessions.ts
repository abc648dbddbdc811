import { badRequest } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import {
  optionalEnum,
  optionalInt,
  optionalObject,
  optionalString,
  requiredArray,
  requiredEnum,
  requiredString,
} from '../validate.ts';
import { E164, proxySessionOf, voiceConnectorOf } from './lookup.ts';
import { allocateProxyNumber } from './proxy-numbers.ts';
import {
  GEO_MATCH_LEVELS,
  NUMBER_SELECTION_BEHAVIORS,
  PROXY_CAPABILITIES,
  PROXY_SESSION_STATUSES,
  type ProxyCapability,
  type ProxySession,
} from './state.ts';

/** Proxy session paths take ids of at most 128 characters. */
const ID_MAX = 128;

/** Capabilities (required, Voice | SMS), without repeats, in the service's (alphabetical) order. */
function parseCapabilities(value: unknown): ProxyCapability[] {
  const capabilities = requiredArray(value, 'Capabilities', { min: 1 }).map((capability) =>
    requiredEnum(capability, 'Capabilities', PROXY_CAPABILITIES),
  );
  return [...new Set(capabilities)].sort();
}

function parseGeoMatchParams(value: unknown): ProxySession['GeoMatchParams'] {
  const input = optionalObject(value, 'GeoMatchParams');
  if (!input) return undefined;
  return {
    Country: requiredString(input.Country, 'Country', { pattern: /^$|^[A-Z]{2}$/ }),
    AreaCode: requiredString(input.AreaCode, 'AreaCode', { pattern: /^$|^[0-9]{3}$/ }),
  };
}

/** The two distinct participant numbers of a CreateProxySession body. */
function parseParticipants(value: unknown): [string, string] {
  const [first, second] = requiredArray(value, 'ParticipantPhoneNumbers', { min: 2, max: 2 }).map((number) =>
    requiredString(number, 'ParticipantPhoneNumbers', { pattern: E164 }),
  ) as [string, string];
  if (first === second)
    throw badRequest(`ParticipantPhoneNumbers must name two different numbers, got ${first} twice`);
  return [first, second];
}

/** Drops the members left undefined, so the wire shape only has what was set. */
const defined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

/**
 * Closes the sessions whose ExpiryMinutes have run out (counted from creation). The
 * service does this on its own; chime-local does it whenever proxy sessions are read.
 */
function closeExpiredSessions(store: Store): void {
  const now = Date.now();
  for (const session of store.voice.proxySessions.values()) {
    if (session.Status === 'Closed' || session.ExpiryMinutes === undefined) continue;
    const expiry = Date.parse(session.CreatedTimestamp) + session.ExpiryMinutes * 60_000;
    if (expiry > now) continue;
    const ended = new Date(expiry).toISOString();
    Object.assign(session, { Status: 'Closed', EndedTimestamp: ended, UpdatedTimestamp: ended });
  }
}

/** What it takes to create a proxy session; `id` fixes the id (seed data). */
export type NewProxySession = Omit<
  ProxySession,
  'ProxySessionId' | 'Status' | 'CreatedTimestamp' | 'UpdatedTimestamp' | 'EndedTimestamp' | 'Participants'
> & { participants: [string, string]; id?: string };

/** Adds an `Open` proxy session, with a proxy number allocated from its connector's numbers. */
export function createProxySession(store: Store, input: NewProxySession): ProxySession {
  const { participants, id, ...settings } = input;
  const proxyPhoneNumber = allocateProxyNumber(store, { ...settings, participants });
  const now = store.now();
  const session: ProxySession = defined({
    ...settings,
    ProxySessionId: id ?? store.newId(),
    Status: 'Open',
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
    Participants: [...participants]
      .sort()
      .map((phoneNumber) => ({ PhoneNumber: phoneNumber, ProxyPhoneNumber: proxyPhoneNumber })),
  });
  store.voice.proxySessions.set(session.ProxySessionId, session);
  return session;
}

const sessionPath = '/voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}';

/** Proxy session create, read, list, update and delete. */
export const proxySessionRoutes: Route[] = [
  {
    operation: 'CreateProxySession',
    method: 'POST',
    path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions',
    handle: (request) => {
      const { body, store } = request;
      const connector = voiceConnectorOf(request, ID_MAX);
      const participants = parseParticipants(body.ParticipantPhoneNumbers);
      const capabilities = parseCapabilities(body.Capabilities);
      const geoMatchLevel = optionalEnum(body.GeoMatchLevel, 'GeoMatchLevel', GEO_MATCH_LEVELS);
      const geoMatchParams = parseGeoMatchParams(body.GeoMatchParams);
      if (geoMatchLevel && !geoMatchParams)
        throw badRequest(`GeoMatchParams is required when GeoMatchLevel is ${geoMatchLevel}`);
      closeExpiredSessions(store);
      const session = createProxySession(store, {
        VoiceConnectorId: connector.VoiceConnectorId,
        participants,
        Capabilities: capabilities,
        Name: optionalString(body.Name, 'Name', { pattern: /^$|^[a-zA-Z0-9]{0,30}$/ }),
        ExpiryMinutes: optionalInt(body.ExpiryMinutes, 'ExpiryMinutes', { min: 1 }),
        NumberSelectionBehavior: optionalEnum(
          body.NumberSelectionBehavior,
          'NumberSelectionBehavior',
          NUMBER_SELECTION_BEHAVIORS,
        ),
        GeoMatchLevel: geoMatchLevel,
        GeoMatchParams: geoMatchParams,
      });
      return { status: 201, body: { ProxySession: structuredClone(session) } };
    },
  },
  {
    operation: 'GetProxySession',
    method: 'GET',
    path: sessionPath,
    handle: (request) => {
      closeExpiredSessions(request.store);
      return { body: { ProxySession: structuredClone(proxySessionOf(request)) } };
    },
  },
  {
    operation: 'ListProxySessions',
    method: 'GET',
    path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions',
    handle: (request) => {
      const { query, store } = request;
      const { VoiceConnectorId: id } = voiceConnectorOf(request, ID_MAX);
      const status = optionalEnum(query.get('status'), 'Status', PROXY_SESSION_STATUSES);
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      closeExpiredSessions(store);
      const sessions = [...store.voice.proxySessions.values()].filter(
        (session) => session.VoiceConnectorId === id && (status === undefined || session.Status === status),
      );
      const page = store.paginator.page(
        sessions,
        maxResults,
        query.get('next-token'),
        `ListProxySessions:${id}:${status ?? ''}`,
      );
      return {
        body: {
          ProxySessions: page.items.map((session) => structuredClone(session)),
          NextToken: page.nextToken,
        },
      };
    },
  },
  {
    operation: 'UpdateProxySession',
    method: 'POST',
    path: sessionPath,
    handle: (request) => {
      const { body, store } = request;
      closeExpiredSessions(store);
      const session = proxySessionOf(request);
      const capabilities = parseCapabilities(body.Capabilities);
      const expiryMinutes = optionalInt(body.ExpiryMinutes, 'ExpiryMinutes', { min: 1 });
      // UpdateProxySession has no ConflictException: the service answers a closed session with a 400.
      if (session.Status === 'Closed')
        throw badRequest(`Proxy session ${session.ProxySessionId} is Closed and can no longer be updated`);
      Object.assign(session, {
        Capabilities: capabilities,
        ...(expiryMinutes === undefined ? {} : { ExpiryMinutes: expiryMinutes }),
        UpdatedTimestamp: store.now(),
      });
      return { status: 201, body: { ProxySession: structuredClone(session) } };
    },
  },
  {
    operation: 'DeleteProxySession',
    method: 'DELETE',
    path: sessionPath,
    handle: (request) => {
      const session = proxySessionOf(request);
      request.store.voice.proxySessions.delete(session.ProxySessionId);
      return { status: 204 };
    },
  },
];
