import { defineOperation } from '../operation.ts';
import type { Identity } from '../shapes/channel.ts';
import type { ChannelBan, ChannelBanSummary } from '../shapes/channel-ban.ts';

export interface CreateChannelBanInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArn: string;
}

export interface CreateChannelBanOutput {
  ChannelArn: string;
  Member?: Identity;
}

/** Permanently bans a member from a channel; a member is removed from it. `POST /channels/{ChannelArn}/bans` */
export const CreateChannelBan = defineOperation<CreateChannelBanInput, CreateChannelBanOutput>({
  name: 'CreateChannelBan',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/bans',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 201,
});

export interface ChannelBanInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArn: string;
}

export interface DescribeChannelBanOutput {
  ChannelBan: ChannelBan;
}

/** Returns the full details of a channel ban. `GET /channels/{ChannelArn}/bans/{MemberArn}` */
export const DescribeChannelBan = defineOperation<ChannelBanInput, DescribeChannelBanOutput>({
  name: 'DescribeChannelBan',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/bans/{MemberArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelBansInput {
  ChannelArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListChannelBansOutput {
  ChannelArn: string;
  ChannelBans: ChannelBanSummary[];
  NextToken?: string;
}

/** Lists all the users banned from a channel. `GET /channels/{ChannelArn}/bans` */
export const ListChannelBans = defineOperation<ListChannelBansInput, ListChannelBansOutput>({
  name: 'ListChannelBans',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/bans',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});

/** Removes a user from a channel's ban list. `DELETE /channels/{ChannelArn}/bans/{MemberArn}` */
export const DeleteChannelBan = defineOperation<ChannelBanInput, Record<string, never>>({
  name: 'DeleteChannelBan',
  group: 'messaging',
  method: 'DELETE',
  path: '/channels/{ChannelArn}/bans/{MemberArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 204,
});
