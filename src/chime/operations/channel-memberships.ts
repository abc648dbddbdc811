import { defineOperation } from '../operation.ts';
import type { Identity } from '../shapes/channel.ts';
import type {
  BatchChannelMemberships,
  BatchCreateChannelMembershipError,
  ChannelMembership,
  ChannelMembershipForAppInstanceUserSummary,
  ChannelMembershipSummary,
  ChannelMembershipType,
  ChannelModeratedByAppInstanceUserSummary,
  ChannelModerator,
  ChannelModeratorSummary,
} from '../shapes/channel-membership.ts';

export interface CreateChannelMembershipInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArn: string;
  Type: ChannelMembershipType;
}

export interface CreateChannelMembershipOutput {
  ChannelArn: string;
  Member: Identity;
}

/** Adds a user to a channel. `POST /channels/{ChannelArn}/memberships` */
export const CreateChannelMembership = defineOperation<
  CreateChannelMembershipInput,
  CreateChannelMembershipOutput
>({
  name: 'CreateChannelMembership',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/memberships',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 201,
});

export interface DescribeChannelMembershipInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArn: string;
}

export interface DescribeChannelMembershipOutput {
  ChannelMembership: ChannelMembership;
}

/** Returns the full details of a user's channel membership. `GET /channels/{ChannelArn}/memberships/{MemberArn}` */
export const DescribeChannelMembership = defineOperation<
  DescribeChannelMembershipInput,
  DescribeChannelMembershipOutput
>({
  name: 'DescribeChannelMembership',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/memberships/{MemberArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelMembershipsInput {
  ChannelArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
  Type?: ChannelMembershipType;
}

export interface ListChannelMembershipsOutput {
  ChannelArn: string;
  ChannelMemberships: ChannelMembershipSummary[];
  NextToken?: string;
}

/** Lists all channel memberships in a channel. `GET /channels/{ChannelArn}/memberships` */
export const ListChannelMemberships = defineOperation<
  ListChannelMembershipsInput,
  ListChannelMembershipsOutput
>({
  name: 'ListChannelMemberships',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/memberships',
  query: { MaxResults: 'max-results', NextToken: 'next-token', Type: 'type' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});

export interface DeleteChannelMembershipInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArn: string;
}

/** Removes a member from a channel. `DELETE /channels/{ChannelArn}/memberships/{MemberArn}` */
export const DeleteChannelMembership = defineOperation<DeleteChannelMembershipInput, Record<string, never>>({
  name: 'DeleteChannelMembership',
  group: 'messaging',
  method: 'DELETE',
  path: '/channels/{ChannelArn}/memberships/{MemberArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 204,
});

export interface CreateChannelModeratorInput {
  ChannelArn: string;
  ChimeBearer: string;
  ChannelModeratorArn: string;
}

export interface CreateChannelModeratorOutput {
  ChannelArn: string;
  ChannelModerator: Identity;
}

/** Creates a new ChannelModerator. `POST /channels/{ChannelArn}/moderators` */
export const CreateChannelModerator = defineOperation<
  CreateChannelModeratorInput,
  CreateChannelModeratorOutput
>({
  name: 'CreateChannelModerator',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/moderators',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 201,
});

export interface DescribeChannelModeratorInput {
  ChannelArn: string;
  ChannelModeratorArn: string;
  ChimeBearer: string;
}

export interface DescribeChannelModeratorOutput {
  ChannelModerator: ChannelModerator;
}

/** Returns the full details of a single ChannelModerator. `GET /channels/{ChannelArn}/moderators/{ChannelModeratorArn}` */
export const DescribeChannelModerator = defineOperation<
  DescribeChannelModeratorInput,
  DescribeChannelModeratorOutput
>({
  name: 'DescribeChannelModerator',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}/moderators/{ChannelModeratorArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelModeratorsInput {
  ChannelArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListChannelModeratorsOutput {
  ChannelArn: string;
  ChannelModerators: ChannelModeratorSummary[];
  NextToken?: string;
}

/** Lists all the moderators for a channel. `GET /channels/{ChannelArn}/moderators` */
export const ListChannelModerators = defineOperation<ListChannelModeratorsInput, ListChannelModeratorsOutput>(
  {
    name: 'ListChannelModerators',
    group: 'messaging',
    method: 'GET',
    path: '/channels/{ChannelArn}/moderators',
    query: { MaxResults: 'max-results', NextToken: 'next-token' },
    headers: { ChimeBearer: 'x-amz-chime-bearer' },
    successStatus: 200,
    maxResults: 50,
  },
);

export interface DeleteChannelModeratorInput {
  ChannelArn: string;
  ChannelModeratorArn: string;
  ChimeBearer: string;
}

/** Deletes a channel moderator. `DELETE /channels/{ChannelArn}/moderators/{ChannelModeratorArn}` */
export const DeleteChannelModerator = defineOperation<DeleteChannelModeratorInput, Record<string, never>>({
  name: 'DeleteChannelModerator',
  group: 'messaging',
  method: 'DELETE',
  path: '/channels/{ChannelArn}/moderators/{ChannelModeratorArn}',
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 204,
});

export interface BatchCreateChannelMembershipInput {
  ChannelArn: string;
  ChimeBearer: string;
  MemberArns: string[];
  Type?: ChannelMembershipType;
}

export interface BatchCreateChannelMembershipOutput {
  BatchChannelMemberships?: BatchChannelMemberships;
  Errors?: BatchCreateChannelMembershipError[];
}

/** Adds up to 100 users to a channel; those it could not add come back as errors. `POST /channels/{ChannelArn}/memberships?operation=batch-create` */
export const BatchCreateChannelMembership = defineOperation<
  BatchCreateChannelMembershipInput,
  BatchCreateChannelMembershipOutput
>({
  name: 'BatchCreateChannelMembership',
  group: 'messaging',
  method: 'POST',
  path: '/channels/{ChannelArn}/memberships',
  fixedQuery: { operation: 'batch-create' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface DescribeChannelMembershipForAppInstanceUserInput {
  ChannelArn: string;
  AppInstanceUserArn: string;
  ChimeBearer: string;
}

export interface DescribeChannelMembershipForAppInstanceUserOutput {
  ChannelMembership: ChannelMembershipForAppInstanceUserSummary;
}

/** A channel a user is a member of, with the membership. `GET /channels/{ChannelArn}?scope=app-instance-user-membership` */
export const DescribeChannelMembershipForAppInstanceUser = defineOperation<
  DescribeChannelMembershipForAppInstanceUserInput,
  DescribeChannelMembershipForAppInstanceUserOutput
>({
  name: 'DescribeChannelMembershipForAppInstanceUser',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}',
  fixedQuery: { scope: 'app-instance-user-membership' },
  query: { AppInstanceUserArn: 'app-instance-user-arn' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelMembershipsForAppInstanceUserInput {
  AppInstanceUserArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListChannelMembershipsForAppInstanceUserOutput {
  ChannelMemberships: ChannelMembershipForAppInstanceUserSummary[];
  NextToken?: string;
}

/** The channels a user is a member of. `GET /channels?scope=app-instance-user-memberships` */
export const ListChannelMembershipsForAppInstanceUser = defineOperation<
  ListChannelMembershipsForAppInstanceUserInput,
  ListChannelMembershipsForAppInstanceUserOutput
>({
  name: 'ListChannelMembershipsForAppInstanceUser',
  group: 'messaging',
  method: 'GET',
  path: '/channels',
  fixedQuery: { scope: 'app-instance-user-memberships' },
  query: { AppInstanceUserArn: 'app-instance-user-arn', MaxResults: 'max-results', NextToken: 'next-token' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});

export interface DescribeChannelModeratedByAppInstanceUserInput {
  ChannelArn: string;
  AppInstanceUserArn: string;
  ChimeBearer: string;
}

export interface DescribeChannelModeratedByAppInstanceUserOutput {
  Channel: ChannelModeratedByAppInstanceUserSummary;
}

/** A channel a user moderates. `GET /channels/{ChannelArn}?scope=app-instance-user-moderated-channel` */
export const DescribeChannelModeratedByAppInstanceUser = defineOperation<
  DescribeChannelModeratedByAppInstanceUserInput,
  DescribeChannelModeratedByAppInstanceUserOutput
>({
  name: 'DescribeChannelModeratedByAppInstanceUser',
  group: 'messaging',
  method: 'GET',
  path: '/channels/{ChannelArn}',
  fixedQuery: { scope: 'app-instance-user-moderated-channel' },
  query: { AppInstanceUserArn: 'app-instance-user-arn' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
});

export interface ListChannelsModeratedByAppInstanceUserInput {
  AppInstanceUserArn: string;
  ChimeBearer: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListChannelsModeratedByAppInstanceUserOutput {
  Channels: ChannelModeratedByAppInstanceUserSummary[];
  NextToken?: string;
}

/** The channels a user moderates. `GET /channels?scope=app-instance-user-moderated-channels` */
export const ListChannelsModeratedByAppInstanceUser = defineOperation<
  ListChannelsModeratedByAppInstanceUserInput,
  ListChannelsModeratedByAppInstanceUserOutput
>({
  name: 'ListChannelsModeratedByAppInstanceUser',
  group: 'messaging',
  method: 'GET',
  path: '/channels',
  fixedQuery: { scope: 'app-instance-user-moderated-channels' },
  query: { AppInstanceUserArn: 'app-instance-user-arn', MaxResults: 'max-results', NextToken: 'next-token' },
  headers: { ChimeBearer: 'x-amz-chime-bearer' },
  successStatus: 200,
  maxResults: 50,
});
