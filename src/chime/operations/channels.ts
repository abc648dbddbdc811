import { defineOperation } from '../operation.ts';
import type {
  Channel,
  ChannelMode,
  ChannelPrivacy,
  ChannelSummary,
  ExpirationSettings,
} from '../shapes/channel.ts';
import type { Tag } from '../shapes/tag.ts';

export interface CreateChannelInput {
  ChimeBearer: string;
  AppInstanceArn: string;
  ClientRequestToken: string;
  Metadata?: string;
  Mode?: ChannelMode;
  Name: string;
  Privacy?: ChannelPrivacy;
  Tags?: Tag[];
}

export interface CreateChannelOutput {
  ChannelArn: string;
}

/** Creates a channel to which you can add users and send messages. `POST /channels` */
export const CreateChannel = defineOperation<CreateChannelInput, CreateChannelOutput>({
  name: 'CreateChannel',
  group: 'messaging',
  method: 'POST',
  path: '/channels',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 201,
});

export interface DescribeChannelInput {
  ChannelArn: string;
  ChimeBearer: string;
}

export interface DescribeChannelOutput {
  Channel: Channel;
}

/** Returns the full details of a channel in an Amazon Chime AppInstance. `GET /channels/{ChannelArn}` */
export const DescribeChannel = defineOperation<DescribeChannelInput, DescribeChannelOutput>({
  name: 'DescribeChannel',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelsInput {
  AppInstanceArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
  Privacy?: ChannelPrivacy;
}

export interface ListChannelsOutput {
  Channels: ChannelSummary[];
  NextToken?: string;
}

/** Lists all Channels created under a single Chime App as a paginated list. `GET /channels` */
export const ListChannels = defineOperation<ListChannelsInput, ListChannelsOutput>({
  name: 'ListChannels',
  group: 'messaging',
  method: 'GET',
  path: '/channels',
  query: {
    AppInstanceArn: 'app-instance-arn',
    MaxResults: 'max-results',
    NextToken: 'next-token',
    Privacy: 'privacy',
  },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});

export interface UpdateChannelInput {
  ChannelArn: string;
  ChimeBearer: string;
  Metadata?: string;
  Mode: ChannelMode;
  Name: string;
}

export interface UpdateChannelOutput {
  ChannelArn: string;
}

/** Update a channel's attributes. `PUT /channels/{ChannelArn}` */
export const UpdateChannel = defineOperation<UpdateChannelInput, UpdateChannelOutput>({
  name: 'UpdateChannel',
  group: 'messaging',
  method: 'PUT',
  path: '/channels/{ChannelArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface DeleteChannelInput {
  ChannelArn: string;
  ChimeBearer: string;
}

/** Immediately makes a channel and its memberships inaccessible and marks them for deletion. `DELETE /channels/{ChannelArn}` */
export const DeleteChannel = defineOperation<DeleteChannelInput, Record<string, never>>({
  name: 'DeleteChannel',
  group: 'messaging',
  method: 'DELETE',
  path: '/channels/{ChannelArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 204,
});

export interface PutChannelExpirationSettingsInput {
  ChannelArn: string;
  ChimeBearer: string;
  ExpirationSettings?: ExpirationSettings;
}

export interface PutChannelExpirationSettingsOutput {
  ChannelArn: string;
  ExpirationSettings?: ExpirationSettings;
}

/** Sets the number of days before the channel is automatically deleted. `PUT /channels/{ChannelArn}/expiration-settings` */
export const PutChannelExpirationSettings = defineOperation<
  PutChannelExpirationSettingsInput,
  PutChannelExpirationSettingsOutput
>({
  name: 'PutChannelExpirationSettings',
  group: 'messaging',
  method: 'PUT',
  path: '/channels/{ChannelArn}/expiration-settings',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface UpdateChannelReadMarkerInput {
  ChannelArn: string;
  ChimeBearer: string;
}

export interface UpdateChannelReadMarkerOutput {
  ChannelArn: string;
}

/** Marks the channel read, now, for the bearer. `PUT /channels/{ChannelArn}/readMarker` */
export const UpdateChannelReadMarker = defineOperation<
  UpdateChannelReadMarkerInput,
  UpdateChannelReadMarkerOutput
>({
  name: 'UpdateChannelReadMarker',
  group: 'messaging',
  method: 'PUT',
  path: '/channels/{ChannelArn}/readMarker',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});
