import { forbidden, notFound } from '../errors.ts';
import type { LocalRequest } from '../router.ts';
import { requiredString } from '../validate.ts';
import { ARN_RULE } from './rules.ts';
import { type AppInstanceRecord, type ChannelRecord, identityOf } from './state.ts';
import type { Identity } from './wire.ts';

/**
 * Who a messaging call is made as, and the rules for what they may do. chime-local's
 * model, kept simple:
 * - an AppInstanceAdmin moderates every channel of its instance;
 * - a channel's moderators (its creator first) manage it, its members and moderators;
 * - participants (members, moderators, admins) send messages;
 * - a PUBLIC channel is readable by every user of its instance, a PRIVATE one only by
 *   its participants (also in listings: see ListChannels).
 */
export interface Bearer {
  identity: Identity;
  appInstance: AppInstanceRecord;
  isAdmin: boolean;
}

/**
 * The caller named by the `x-amz-chime-bearer` header: required (400 naming ChimeBearer),
 * an ARN, and an existing AppInstanceUser (403 otherwise).
 */
export function authenticate(request: LocalRequest): Bearer {
  const header = request.headers['x-amz-chime-bearer'];
  const arn = requiredString(Array.isArray(header) ? header[0] : header, 'ChimeBearer', ARN_RULE);
  const state = request.store.messaging;
  const record = state.users.get(arn);
  const appInstance = record && state.appInstances.get(record.appInstanceArn);
  if (!record || !appInstance) throw forbidden(`ChimeBearer ${arn} is not an AppInstanceUser`);
  return {
    identity: identityOf(record.user),
    appInstance,
    isAdmin: appInstance.admins.has(arn),
  };
}

/** Throws 403 unless `appInstanceArn` is the bearer's own AppInstance. */
export function requireOwnAppInstance(bearer: Bearer, appInstanceArn: string): void {
  if (bearer.appInstance.appInstance.AppInstanceArn !== appInstanceArn)
    throw forbidden(`ChimeBearer ${bearer.identity.Arn} does not belong to AppInstance ${appInstanceArn}`);
}

/** Whether the bearer moderates `channel`: one of its moderators, or an AppInstanceAdmin. */
export function canModerate(channel: ChannelRecord, bearer: Bearer): boolean {
  return bearer.isAdmin || channel.moderators.has(bearer.identity.Arn);
}

/** Whether the bearer takes part in `channel`: a member or a moderator of it. */
export function isParticipant(channel: ChannelRecord, bearer: Bearer): boolean {
  return canModerate(channel, bearer) || channel.memberships.has(bearer.identity.Arn);
}

/** Whether the bearer may read `channel`: any user when it is PUBLIC, participants when PRIVATE. */
export function canSee(channel: ChannelRecord, bearer: Bearer): boolean {
  return channel.channel.Privacy === 'PUBLIC' || isParticipant(channel, bearer);
}

/** Throws 403 unless the bearer moderates `channel`; `action` says what was refused. */
export function requireModerator(channel: ChannelRecord, bearer: Bearer, action: string): void {
  if (!canModerate(channel, bearer))
    throw forbidden(
      `${action} needs a moderator of channel ${channel.channel.ChannelArn} or an AppInstanceAdmin; ` +
        `${bearer.identity.Arn} is neither`,
    );
}

/**
 * The channel named by the `ChannelArn` path label, readable by the bearer: 400 for a
 * malformed ARN, 404 when there is no such channel, 403 when it belongs to another
 * AppInstance or is PRIVATE and the bearer takes no part in it.
 */
export function visibleChannel(request: LocalRequest, bearer: Bearer): ChannelRecord {
  const arn = requiredString(request.params.ChannelArn, 'ChannelArn', ARN_RULE);
  const channel = request.store.messaging.channels.get(arn);
  if (!channel) throw notFound(`Channel ${arn} does not exist`);
  requireOwnAppInstance(bearer, channel.appInstanceArn);
  if (!canSee(channel, bearer))
    throw forbidden(
      `Channel ${arn} is PRIVATE and ${bearer.identity.Arn} is not a member or moderator of it`,
    );
  return channel;
}

/** The AppInstanceUser `arn` (parameter `name`) of the bearer's own AppInstance; 404 otherwise. */
export function userOfInstance(request: LocalRequest, bearer: Bearer, arn: string, name: string): Identity {
  const record = request.store.messaging.users.get(arn);
  if (!record || record.appInstanceArn !== bearer.appInstance.appInstance.AppInstanceArn)
    throw notFound(
      `${name} ${arn} is not an AppInstanceUser of ${bearer.appInstance.appInstance.AppInstanceArn}`,
    );
  return identityOf(record.user);
}
