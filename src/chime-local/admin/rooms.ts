import { conflict, notFound } from '../errors.ts';
import type { Route } from '../router.ts';
import { LOCAL_AWS_ACCOUNT_ID, type Store } from '../store.ts';
import {
  optionalEnum,
  optionalInt,
  optionalString,
  requiredArray,
  requiredObject,
  requiredString,
} from '../validate.ts';
import { requireAccount, userOfAccount } from './records.ts';
import { accountIdLabel, NON_BLANK } from './rules.ts';
import type { Account, Room, RoomMember, RoomRole, User } from './state.ts';

/** Who chime-local says created a room or invited a member: the one IAM user that signs its requests. */
export const LOCAL_CALLER_ARN = `arn:aws:iam::${LOCAL_AWS_ACCOUNT_ID}:user/chime-local`;

export const ROOM_ROLES: readonly RoomRole[] = ['Administrator', 'Member'];

/** The reference's bound on ListRooms' and ListRoomMemberships' MaxResults. */
const MAX_RESULTS = { min: 1, max: 99 };

/** CreateRoom's ClientRequestToken: 2-64 characters of `[-_a-zA-Z0-9]`. */
const CLIENT_REQUEST_TOKEN = { pattern: /^[-_a-zA-Z0-9]*$/, min: 2, max: 64 };

/** BatchCreateRoomMembership's MembershipItemList: at most 50 items. */
const MAX_BATCH_MEMBERS = 50;

const label = (params: Record<string, string>, name: string) =>
  requiredString(params[name], name, { pattern: NON_BLANK });

/** The room `{RoomId}` of the account `{AccountId}`, or 404 (also for a room of another account). */
function roomFromLabels(store: Store, params: Record<string, string>): { account: Account; room: Room } {
  const account = requireAccount(store, accountIdLabel(params));
  const roomId = label(params, 'RoomId');
  const room = store.admin.rooms.get(roomId);
  if (room?.AccountId !== account.AccountId)
    throw notFound(
      `Room ${JSON.stringify(roomId)} does not exist in account ${JSON.stringify(account.AccountId)}`,
    );
  return { account, room };
}

const membersOf = (store: Store, roomId: string): Map<string, RoomMember> => {
  let members = store.admin.roomMembers.get(roomId);
  if (!members) {
    members = new Map();
    store.admin.roomMembers.set(roomId, members);
  }
  return members;
};

const noSuchMember = (memberId: string, accountId: string) =>
  `Member ${JSON.stringify(memberId)} is not a user of account ${JSON.stringify(accountId)}`;

/** A room membership as the service answers it: the member's details come from the user. */
function membershipView(room: Room, member: RoomMember, user: User | undefined) {
  return {
    RoomId: room.RoomId,
    Role: member.Role,
    InvitedBy: member.InvitedBy,
    UpdatedTimestamp: member.UpdatedTimestamp,
    Member: {
      MemberId: member.MemberId,
      MemberType: 'User',
      AccountId: room.AccountId,
      ...(user?.PrimaryEmail !== undefined && { Email: user.PrimaryEmail }),
      ...(user?.DisplayName !== undefined && { FullName: user.DisplayName }),
    },
  };
}

/** Adds `memberId` (a user of the room's account) to `room`; the error the service gives otherwise. */
function addMember(
  store: Store,
  room: Room,
  memberId: string,
  role: RoomRole | undefined,
): { member: RoomMember; user: User } | { error: 'NotFound' | 'Conflict'; message: string } {
  const user = userOfAccount(store, room.AccountId, memberId);
  if (!user) return { error: 'NotFound', message: noSuchMember(memberId, room.AccountId) };
  const members = membersOf(store, room.RoomId);
  if (members.has(memberId))
    return {
      error: 'Conflict',
      message: `Member ${JSON.stringify(memberId)} is already in room ${JSON.stringify(room.RoomId)}`,
    };
  const member: RoomMember = {
    MemberId: memberId,
    Role: role ?? 'Member',
    InvitedBy: LOCAL_CALLER_ARN,
    UpdatedTimestamp: store.now(),
  };
  members.set(memberId, member);
  return { member, user };
}

/** The member `{MemberId}` of a room, or 404. */
function memberFromLabels(store: Store, room: Room, params: Record<string, string>): RoomMember {
  const memberId = label(params, 'MemberId');
  const member = store.admin.roomMembers.get(room.RoomId)?.get(memberId);
  if (!member)
    throw notFound(`Member ${JSON.stringify(memberId)} is not in room ${JSON.stringify(room.RoomId)}`);
  return member;
}

const optionalRole = (value: unknown, name = 'Role') => optionalEnum(value, name, ROOM_ROLES);

/** Removes the rooms of a deleted account, with their members and messages. */
export function deleteRoomsOf(store: Store, accountId: string): void {
  for (const room of [...store.admin.rooms.values()].filter((item) => item.AccountId === accountId)) {
    store.admin.rooms.delete(room.RoomId);
    store.admin.roomMembers.delete(room.RoomId);
    store.admin.roomMessages.delete(room.RoomId);
  }
  for (const [id, conversation] of store.admin.conversations)
    if (conversation.AccountId === accountId) store.admin.conversations.delete(id);
}

/** Room operations: rooms of an account, their memberships, and redacting room and conversation messages. */
export const roomRoutes: Route[] = [
  {
    operation: 'CreateRoom',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const name = requiredString(body.Name, 'Name', { pattern: NON_BLANK });
      const token = optionalString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN);
      const tokenKey = token === undefined ? undefined : `${account.AccountId}/${token}`;
      // The same token again is the same request: it answers the room it created.
      const earlier = tokenKey === undefined ? undefined : store.admin.roomRequestTokens.get(tokenKey);
      const created = earlier === undefined ? undefined : store.admin.rooms.get(earlier);
      if (created) {
        if (created.Name !== name)
          throw conflict(`ClientRequestToken ${JSON.stringify(token)} was used for a room named otherwise`);
        return { status: 201, body: { Room: { ...created } } };
      }
      const now = store.now();
      const room: Room = {
        RoomId: store.newId(),
        AccountId: account.AccountId,
        Name: name,
        CreatedBy: LOCAL_CALLER_ARN,
        CreatedTimestamp: now,
        UpdatedTimestamp: now,
      };
      store.admin.rooms.set(room.RoomId, room);
      if (tokenKey !== undefined) store.admin.roomRequestTokens.set(tokenKey, room.RoomId);
      return { status: 201, body: { Room: { ...room } } };
    },
  },
  {
    operation: 'GetRoom',
    method: 'GET',
    path: '/accounts/{AccountId}/rooms/{RoomId}',
    handle: ({ params, store }) => ({ body: { Room: { ...roomFromLabels(store, params).room } } }),
  },
  {
    operation: 'ListRooms',
    method: 'GET',
    path: '/accounts/{AccountId}/rooms',
    handle: ({ params, query, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', MAX_RESULTS) ?? MAX_RESULTS.max;
      const memberId = optionalString(query.get('member-id'), 'MemberId', { pattern: NON_BLANK });
      const rooms = [...store.admin.rooms.values()].filter(
        (room) =>
          room.AccountId === account.AccountId &&
          (memberId === undefined || store.admin.roomMembers.get(room.RoomId)?.has(memberId) === true),
      );
      const page = store.paginator.page(
        rooms,
        maxResults,
        query.get('next-token'),
        `ListRooms:${account.AccountId}:${memberId ?? ''}`,
      );
      return { body: { Rooms: page.items.map((room) => ({ ...room })), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateRoom',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms/{RoomId}',
    handle: ({ params, body, store }) => {
      const { room } = roomFromLabels(store, params);
      const name = optionalString(body.Name, 'Name', { pattern: NON_BLANK });
      if (name !== undefined) {
        room.Name = name;
        room.UpdatedTimestamp = store.now();
      }
      return { body: { Room: { ...room } } };
    },
  },
  {
    operation: 'DeleteRoom',
    method: 'DELETE',
    path: '/accounts/{AccountId}/rooms/{RoomId}',
    handle: ({ params, store }) => {
      const { room } = roomFromLabels(store, params);
      store.admin.rooms.delete(room.RoomId);
      store.admin.roomMembers.delete(room.RoomId);
      store.admin.roomMessages.delete(room.RoomId);
      return { status: 204 };
    },
  },
  {
    operation: 'CreateRoomMembership',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
    handle: ({ params, body, store }) => {
      const { room } = roomFromLabels(store, params);
      const memberId = requiredString(body.MemberId, 'MemberId', { pattern: NON_BLANK });
      const added = addMember(store, room, memberId, optionalRole(body.Role));
      if ('error' in added)
        throw added.error === 'NotFound' ? notFound(added.message) : conflict(added.message);
      return { status: 201, body: { RoomMembership: membershipView(room, added.member, added.user) } };
    },
  },
  {
    operation: 'BatchCreateRoomMembership',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
    query: { operation: 'batch-create' },
    handle: ({ params, body, store }) => {
      const { room } = roomFromLabels(store, params);
      // The whole request is checked before any member is added; per-member problems are Errors.
      const items = requiredArray(body.MembershipItemList, 'MembershipItemList', {
        max: MAX_BATCH_MEMBERS,
      }).map((raw, index) => {
        const item = requiredObject(raw, `MembershipItemList[${index}]`);
        return {
          memberId: requiredString(item.MemberId, `MembershipItemList[${index}].MemberId`, {
            pattern: NON_BLANK,
          }),
          role: optionalRole(item.Role, `MembershipItemList[${index}].Role`),
        };
      });
      const errors = items.flatMap(({ memberId, role }) => {
        const added = addMember(store, room, memberId, role);
        return 'error' in added
          ? [{ MemberId: memberId, ErrorCode: added.error, ErrorMessage: added.message }]
          : [];
      });
      return { status: 201, body: { Errors: errors } };
    },
  },
  {
    operation: 'ListRoomMemberships',
    method: 'GET',
    path: '/accounts/{AccountId}/rooms/{RoomId}/memberships',
    handle: ({ params, query, store }) => {
      const { room } = roomFromLabels(store, params);
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', MAX_RESULTS) ?? MAX_RESULTS.max;
      const members = [...(store.admin.roomMembers.get(room.RoomId)?.values() ?? [])];
      const page = store.paginator.page(
        members,
        maxResults,
        query.get('next-token'),
        `ListRoomMemberships:${room.RoomId}`,
      );
      return {
        body: {
          RoomMemberships: page.items.map((member) =>
            membershipView(room, member, userOfAccount(store, room.AccountId, member.MemberId)),
          ),
          NextToken: page.nextToken,
        },
      };
    },
  },
  {
    operation: 'UpdateRoomMembership',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}',
    handle: ({ params, body, store }) => {
      const { room } = roomFromLabels(store, params);
      const member = memberFromLabels(store, room, params);
      const role = optionalRole(body.Role);
      if (role !== undefined) {
        member.Role = role;
        member.UpdatedTimestamp = store.now();
      }
      const user = userOfAccount(store, room.AccountId, member.MemberId);
      return { body: { RoomMembership: membershipView(room, member, user) } };
    },
  },
  {
    operation: 'DeleteRoomMembership',
    method: 'DELETE',
    path: '/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}',
    handle: ({ params, store }) => {
      const { room } = roomFromLabels(store, params);
      const member = memberFromLabels(store, room, params);
      store.admin.roomMembers.get(room.RoomId)?.delete(member.MemberId);
      return { status: 204 };
    },
  },
  {
    operation: 'RedactRoomMessage',
    method: 'POST',
    path: '/accounts/{AccountId}/rooms/{RoomId}/messages/{MessageId}',
    query: { operation: 'redact' },
    handle: ({ params, store }) => {
      const { room } = roomFromLabels(store, params);
      const messageId = label(params, 'MessageId');
      const message = store.admin.roomMessages.get(room.RoomId)?.get(messageId);
      if (!message)
        throw notFound(
          `Message ${JSON.stringify(messageId)} does not exist in room ${JSON.stringify(room.RoomId)}`,
        );
      message.Redacted = true;
      message.Content = '';
      return {};
    },
  },
  {
    operation: 'RedactConversationMessage',
    method: 'POST',
    path: '/accounts/{AccountId}/conversations/{ConversationId}/messages/{MessageId}',
    query: { operation: 'redact' },
    handle: ({ params, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const conversationId = label(params, 'ConversationId');
      const conversation = store.admin.conversations.get(conversationId);
      if (conversation?.AccountId !== account.AccountId)
        throw notFound(
          `Conversation ${JSON.stringify(conversationId)} does not exist in account ${JSON.stringify(account.AccountId)}`,
        );
      const messageId = label(params, 'MessageId');
      const message = conversation.messages.get(messageId);
      if (!message)
        throw notFound(
          `Message ${JSON.stringify(messageId)} does not exist in conversation ${JSON.stringify(conversationId)}`,
        );
      message.Redacted = true;
      message.Content = '';
      return {};
    },
  },
];
