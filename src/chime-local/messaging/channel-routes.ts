import { forbidden } from '../errors.ts';
import type { Route } from '../router.ts';
import { optionalEnum, optionalString, requiredEnum, requiredString } from '../validate.ts';
import { authenticate, canSee, requireModerator, requireOwnAppInstance, visibleChannel } from './access.ts';
import { channelArn } from './arns.ts';
import { epochSeconds } from './clock.ts';
import { pageRequest } from './list-page.ts';
import {
  ARN_RULE,
  CLIENT_REQUEST_TOKEN_RULE,
  METADATA_RULE,
  optionalExpirationSettings,
  RESOURCE_NAME_RULE,
  validateTags,
} from './rules.ts';
import { CHANNEL_MODES, CHANNEL_PRIVACIES, type Channel } from './wire.ts';

/** ListChannels answers at most this many channels per page. */
const MAX_CHANNELS = 50;

/** A channel as ListChannels summarizes it. */
export function channelSummary(channel: Channel) {
  return {
    Name: channel.Name,
    ChannelArn: channel.ChannelArn,
    Mode: channel.Mode,
    Privacy: channel.Privacy,
    Metadata: channel.Metadata,
    LastMessageTimestamp: channel.LastMessageTimestamp,
  };
}

/** Channels themselves: create, read, list, update, delete, expiration. */
export const channelRoutes: Route[] = [
  {
    operation: 'CreateChannel',
    method: 'POST',
    path: '/channels',
    handle(request) {
      const { body, store } = request;
      const bearer = authenticate(request);
      const appInstanceArn = requiredString(body.AppInstanceArn, 'AppInstanceArn', ARN_RULE);
      const name = requiredString(body.Name, 'Name', RESOURCE_NAME_RULE);
      const mode = optionalEnum(body.Mode, 'Mode', CHANNEL_MODES) ?? 'UNRESTRICTED';
      const privacy = optionalEnum(body.Privacy, 'Privacy', CHANNEL_PRIVACIES) ?? 'PUBLIC';
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const token = requiredString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN_RULE);
      validateTags(body.Tags);
      const expiration = optionalExpirationSettings(body.ExpirationSettings);
      requireOwnAppInstance(bearer, appInstanceArn);
      const arn = store.messaging.idempotent(`CreateChannel:${bearer.identity.Arn}`, token, () => {
        const created = store.messaging.addChannel({
          appInstanceArn,
          arn: channelArn(appInstanceArn, store.newId()),
          creator: bearer.identity,
          name,
          mode,
          privacy,
          ...(metadata === undefined ? {} : { metadata }),
          ...(expiration ? { expiration } : {}),
          timestamp: epochSeconds(store),
        });
        return created.channel.ChannelArn;
      });
      return { status: 201, body: { ChannelArn: arn } };
    },
  },
  {
    operation: 'DescribeChannel',
    method: 'GET',
    path: '/channels/{ChannelArn}',
    handle(request) {
      const channel = visibleChannel(request, authenticate(request));
      return { body: { Channel: channel.channel } };
    },
  },
  {
    operation: 'ListChannels',
    method: 'GET',
    path: '/channels',
    handle(request) {
      const { query, store } = request;
      const bearer = authenticate(request);
      const appInstanceArn = requiredString(
        query.get('app-instance-arn') ?? undefined,
        'AppInstanceArn',
        ARN_RULE,
      );
      const privacy = optionalEnum(query.get('privacy') ?? undefined, 'Privacy', CHANNEL_PRIVACIES);
      const paging = pageRequest(query, MAX_CHANNELS);
      requireOwnAppInstance(bearer, appInstanceArn);
      // privacy=PUBLIC lists every public channel; privacy=PRIVATE every private one, and
      // only an AppInstanceAdmin may ask for that (as the reference says). Without the
      // filter the bearer sees public channels plus the private ones it takes part in.
      if (privacy === 'PRIVATE' && !bearer.isAdmin)
        throw forbidden(
          `Only an AppInstanceAdmin can list PRIVATE channels; ${bearer.identity.Arn} is not one`,
        );
      const channels = [...store.messaging.channels.values()]
        .filter((record) => record.appInstanceArn === appInstanceArn)
        .filter((record) => (privacy ? record.channel.Privacy === privacy : canSee(record, bearer)))
        .map((record) => channelSummary(record.channel));
      const page = store.paginator.page(
        channels,
        paging.maxResults,
        paging.nextToken,
        `ListChannels:${appInstanceArn}:${privacy ?? ''}:${bearer.identity.Arn}`,
      );
      return { body: { Channels: page.items, NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateChannel',
    method: 'PUT',
    path: '/channels/{ChannelArn}',
    handle(request) {
      const { body, store } = request;
      const bearer = authenticate(request);
      const name = requiredString(body.Name, 'Name', RESOURCE_NAME_RULE);
      const mode = requiredEnum(body.Mode, 'Mode', CHANNEL_MODES);
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const record = visibleChannel(request, bearer);
      requireModerator(record, bearer, 'UpdateChannel');
      const { channel } = record;
      channel.Name = name;
      channel.Mode = mode;
      if (metadata !== undefined) channel.Metadata = metadata;
      channel.LastUpdatedTimestamp = epochSeconds(store);
      return { body: { ChannelArn: channel.ChannelArn } };
    },
  },
  {
    operation: 'DeleteChannel',
    method: 'DELETE',
    path: '/channels/{ChannelArn}',
    handle(request) {
      const bearer = authenticate(request);
      const record = visibleChannel(request, bearer);
      requireModerator(record, bearer, 'DeleteChannel');
      request.store.messaging.channels.delete(record.channel.ChannelArn);
      return { status: 204 };
    },
  },
  {
    operation: 'PutChannelExpirationSettings',
    method: 'PUT',
    path: '/channels/{ChannelArn}/expiration-settings',
    handle(request) {
      const bearer = authenticate(request);
      const settings = optionalExpirationSettings(request.body.ExpirationSettings);
      const record = visibleChannel(request, bearer);
      requireModerator(record, bearer, 'PutChannelExpirationSettings');
      const { channel } = record;
      // Leaving the settings out removes them: the channel no longer expires.
      if (settings) channel.ExpirationSettings = settings;
      else delete channel.ExpirationSettings;
      channel.LastUpdatedTimestamp = epochSeconds(request.store);
      return { body: { ChannelArn: channel.ChannelArn, ExpirationSettings: settings } };
    },
  },
];
