import { badRequest } from '../errors.ts';
import { numbersAssociatedWith } from '../phone-numbers/associations.ts';
import type { PhoneNumber } from '../phone-numbers/state.ts';
import type { Store } from '../store.ts';
import type { ProxySession } from './state.ts';

/** What proxy number allocation looks at in a session being created. */
export type ProxyRequest = Pick<
  ProxySession,
  'VoiceConnectorId' | 'GeoMatchLevel' | 'GeoMatchParams' | 'NumberSelectionBehavior'
> & { participants: readonly [string, string] };

/** The area code of a North American (+1) number; other plans have none chime-local knows. */
const areaCodeOf = (e164: string) => (e164.startsWith('+1') ? e164.slice(2, 5) : undefined);

const sharesParticipant = (session: ProxySession, participants: readonly string[]) =>
  session.Participants.some((participant) => participants.includes(participant.PhoneNumber));

const samePair = (session: ProxySession, participants: readonly string[]) =>
  session.Participants.length === participants.length &&
  session.Participants.every((participant) => participants.includes(participant.PhoneNumber));

/**
 * Picks the proxy number for a new session from the numbers associated with its voice
 * connector, in inventory order:
 * - a number already proxying an unclosed session of either participant is taken (the
 *   participant could not be routed unambiguously);
 * - GeoMatchLevel keeps the numbers whose country (or +1 area code) GeoMatchParams names;
 * - the numbers earlier sessions of the same pair used come first (PreferSticky, the
 *   default) or last (AvoidSticky).
 * Throws 400 BadRequestException naming what ran out when no number is left.
 */
export function allocateProxyNumber(store: Store, request: ProxyRequest): string {
  const { VoiceConnectorId: voiceConnectorId, participants } = request;
  const sessions = [...store.voice.proxySessions.values()].filter(
    (session) => session.VoiceConnectorId === voiceConnectorId,
  );
  const taken = new Set(
    sessions
      .filter((session) => session.Status !== 'Closed' && sharesParticipant(session, participants))
      .flatMap((session) => session.Participants.map((participant) => participant.ProxyPhoneNumber)),
  );
  const associated = numbersAssociatedWith(store, 'VoiceConnectorId', voiceConnectorId);
  if (associated.length === 0)
    throw badRequest(
      `Voice connector ${voiceConnectorId} has no associated phone numbers to use as proxy numbers`,
    );
  const matching = associated.filter((number) => matchesGeo(number, request));
  if (matching.length === 0)
    throw badRequest(
      `No phone number associated with voice connector ${voiceConnectorId} matches GeoMatchParams ${JSON.stringify(request.GeoMatchParams)} at GeoMatchLevel ${request.GeoMatchLevel}`,
    );
  const free = matching.map((number) => number.E164PhoneNumber).filter((e164) => !taken.has(e164));
  const sticky = new Set(
    sessions
      .filter((session) => samePair(session, participants))
      .flatMap((session) => session.Participants.map((participant) => participant.ProxyPhoneNumber)),
  );
  const avoid = request.NumberSelectionBehavior === 'AvoidSticky';
  const ordered = [
    ...free.filter((e164) => sticky.has(e164) !== avoid),
    ...free.filter((e164) => sticky.has(e164) === avoid),
  ];
  const chosen = ordered[0];
  if (chosen === undefined)
    throw badRequest(
      `Every phone number of voice connector ${voiceConnectorId} that fits already proxies an open session of ${participants.join(' or ')}`,
    );
  return chosen;
}

function matchesGeo(
  number: PhoneNumber,
  { GeoMatchLevel: level, GeoMatchParams: params }: ProxyRequest,
): boolean {
  if (!level || !params) return true;
  if (params.Country && number.Country !== params.Country) return false;
  return level === 'Country' || !params.AreaCode || areaCodeOf(number.E164PhoneNumber) === params.AreaCode;
}
