import { defineOperation } from '../operation.ts';
import type {
  MemberError,
  MembershipItem,
  Room,
  RoomMembership,
  RoomMembershipRole,
} from '../shapes/room.ts';

// Chat rooms are legacy Amazon Chime only: no Chime SDK namespace took them over.

export interface CreateRoomInput {
  AccountId: string;
  Name: string;
  ClientRequestToken?: string;
}

export interface RoomOutput {
  Room: Room;
}

/** Creates a chat room for the specified Amazon Chime Enterprise account. `POST /accounts/{AccountId}/rooms` */
export const CreateRoom = defineOperation<CreateRoomInput, RoomOutput>({
  name: 'CreateRoom',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms',
  successStatus: 201,
});

export interface RoomKeyInput {
  AccountId: string;
  RoomId: string;
}

/** Retrieves room details, such as the room name, for a room in an Amazon Chime Enterprise account. `GET /accounts/{AccountId}/rooms/{RoomId}` */
export const GetRoom = defineOperation<RoomKeyInput, RoomOutput>({
  name: 'GetRoom',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/rooms/{RoomId}',
  successStatus: 200,
});

export interface ListRoomsInput {
  AccountId: string;
  MaxResults?: number;
  MemberId?: string;
  NextToken?: string;
}

export interface ListRoomsOutput {
  NextToken?: string;
  Rooms: Room[];
}

/** Lists the room details for the specified Amazon Chime Enterprise account, optionally those a member belongs to. `GET /accounts/{AccountId}/rooms` */
export const ListRooms = defineOperation<ListRoomsInput, ListRoomsOutput>({
  name: 'ListRooms',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/rooms',
  query: { MaxResults: 'max-results', MemberId: 'member-id', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateRoomInput extends RoomKeyInput {
  Name?: string;
}

/** Updates room details, such as the room name, for a room in an Amazon Chime Enterprise account. `POST /accounts/{AccountId}/rooms/{RoomId}` */
export const UpdateRoom = defineOperation<UpdateRoomInput, RoomOutput>({
  name: 'UpdateRoom',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms/{RoomId}',
  successStatus: 200,
});

/** Deletes a chat room in an Amazon Chime Enterprise account. `DELETE /accounts/{AccountId}/rooms/{RoomId}` */
export const DeleteRoom = defineOperation<RoomKeyInput, Record<string, never>>({
  name: 'DeleteRoom',
  group: 'admin',
  method: 'DELETE',
  path: '/accounts/{AccountId}/rooms/{RoomId}',
  successStatus: 204,
});

export interface RoomMembershipInput extends RoomKeyInput {
  MemberId: string;
  Role?: RoomMembershipRole;
}

export interface RoomMembershipOutput {
  RoomMembership: RoomMembership;
}

/** Adds a member (a user or a bot) to a chat room in an Amazon Chime Enterprise account. `POST /accounts/{AccountId}/rooms/{RoomId}/memberships` */
export const CreateRoomMembership = defineOperation<RoomMembershipInput, RoomMembershipOutput>({
  name: 'CreateRoomMembership',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
  successStatus: 201,
});

export interface BatchCreateRoomMembershipInput extends RoomKeyInput {
  MembershipItemList: MembershipItem[];
}

export interface BatchCreateRoomMembershipOutput {
  Errors?: MemberError[];
}

/** Adds up to 50 members to a chat room in an Amazon Chime Enterprise account. `POST /accounts/{AccountId}/rooms/{RoomId}/memberships?operation=batch-create` */
export const BatchCreateRoomMembership = defineOperation<
  BatchCreateRoomMembershipInput,
  BatchCreateRoomMembershipOutput
>({
  name: 'BatchCreateRoomMembership',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
  fixedQuery: { operation: 'batch-create' },
  successStatus: 201,
});

export interface ListRoomMembershipsInput extends RoomKeyInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListRoomMembershipsOutput {
  NextToken?: string;
  RoomMemberships: RoomMembership[];
}

/** Lists the membership details for the specified room in an Amazon Chime Enterprise account. `GET /accounts/{AccountId}/rooms/{RoomId}/memberships` */
export const ListRoomMemberships = defineOperation<ListRoomMembershipsInput, ListRoomMembershipsOutput>({
  name: 'ListRoomMemberships',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

/** Updates a room member's role (user members only). `POST /accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}` */
export const UpdateRoomMembership = defineOperation<RoomMembershipInput, RoomMembershipOutput>({
  name: 'UpdateRoomMembership',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}',
  successStatus: 200,
});

export interface RoomMemberKeyInput extends RoomKeyInput {
  MemberId: string;
}

/** Removes a member from a chat room in an Amazon Chime Enterprise account. `DELETE /accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}` */
export const DeleteRoomMembership = defineOperation<RoomMemberKeyInput, Record<string, never>>({
  name: 'DeleteRoomMembership',
  group: 'admin',
  method: 'DELETE',
  path: '/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}',
  successStatus: 204,
});

export interface RedactRoomMessageInput extends RoomKeyInput {
  MessageId: string;
}

/** Redacts the specified message from the specified chat room. `POST /accounts/{AccountId}/rooms/{RoomId}/messages/{MessageId}?operation=redact` */
export const RedactRoomMessage = defineOperation<RedactRoomMessageInput, Record<string, never>>({
  name: 'RedactRoomMessage',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/rooms/{RoomId}/messages/{MessageId}',
  fixedQuery: { operation: 'redact' },
  successStatus: 200,
});

export interface RedactConversationMessageInput {
  AccountId: string;
  ConversationId: string;
  MessageId: string;
}

/** Redacts the specified message from the specified Amazon Chime conversation. `POST /accounts/{AccountId}/conversations/{ConversationId}/messages/{MessageId}?operation=redact` */
export const RedactConversationMessage = defineOperation<
  RedactConversationMessageInput,
  Record<string, never>
>({
  name: 'RedactConversationMessage',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/conversations/{ConversationId}/messages/{MessageId}',
  fixedQuery: { operation: 'redact' },
  successStatus: 200,
});
