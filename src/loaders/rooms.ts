import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetRoom, ListRoomMemberships, ListRooms } from '../chime/operations/rooms.ts';
import {
  MEMBER_TYPES,
  type MemberType,
  ROOM_MEMBERSHIP_ROLES,
  type Room,
  type RoomMembership,
  type RoomMembershipRole,
} from '../chime/shapes/room.ts';
import { type ForwardPage, listPages, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** A room is addressed by its account and its own id. */
export interface RoomKey {
  accountId: string;
  roomId: string;
}

/** A chat room of an Amazon Chime account. */
export interface RoomModel {
  roomId: string;
  accountId: string;
  name: string | null;
  createdBy: string | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** A member of a room (a user or a bot) and its role there. */
export interface RoomMembershipModel {
  roomId: string;
  accountId: string;
  memberId: string | null;
  memberType: MemberType | null;
  email: string | null;
  fullName: string | null;
  role: RoomMembershipRole | null;
  invitedBy: string | null;
  updatedTimestamp: string | null;
}

/** Maps an upstream room of `accountId` (the path it was read under names the account when the answer does not). */
export function toRoom(accountId: string, room: Room): RoomModel {
  return {
    roomId: room.RoomId,
    accountId: room.AccountId ?? accountId,
    name: room.Name ?? null,
    createdBy: room.CreatedBy ?? null,
    createdTimestamp: isoTimestamp(room.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(room.UpdatedTimestamp),
  };
}

/** Maps an upstream membership of the room `key`. */
export function toRoomMembership(key: RoomKey, membership: RoomMembership): RoomMembershipModel {
  const member = membership.Member ?? {};
  return {
    roomId: membership.RoomId ?? key.roomId,
    accountId: member.AccountId ?? key.accountId,
    memberId: member.MemberId ?? null,
    memberType: knownValue(MEMBER_TYPES, member.MemberType),
    email: member.Email ?? null,
    fullName: member.FullName ?? null,
    role: knownValue(ROOM_MEMBERSHIP_ROLES, membership.Role),
    invitedBy: membership.InvitedBy ?? null,
    updatedTimestamp: isoTimestamp(membership.UpdatedTimestamp),
  };
}

/** One string for a room key: the loader's cache key, and its id in the shared cache. */
const idOf = ({ accountId, roomId }: RoomKey) => `${accountId}/${roomId}`;

/**
 * Per-request loaders for rooms and their memberships, and the writes that keep them true.
 * Memberships are cached as lists of the `rooms` feature: a change to a room's members makes
 * the room's reads and every list of rooms (the member filter among them) stale.
 */
export function createRoomLoaders(client: CachingCaller, cursors: Cursors) {
  const room = getLoader(
    (key: RoomKey) =>
      client
        .send(GetRoom, { AccountId: key.accountId, RoomId: key.roomId }, cachedAs('rooms', idOf(key)))
        .then((out) => toRoom(key.accountId, out.Room)),
    idOf,
  );
  return {
    room,
    /** A page of an account's rooms, or of those `memberId` belongs to; each one read primes `room`. */
    listRooms: (accountId: string, page: ForwardPage, memberId: string | null) =>
      readConnection<RoomModel>(page, {
        cursors,
        scope: ['rooms', accountId, memberId],
        maxResults: ListRooms.maxResults!,
        read: listPages(
          client,
          ListRooms,
          { AccountId: accountId, MemberId: memberId ?? undefined },
          (out) => {
            const rooms = out.Rooms.map((item) => toRoom(accountId, item));
            for (const item of rooms) room.prime({ accountId: item.accountId, roomId: item.roomId }, item);
            return rooms;
          },
          cachedAs('rooms'),
        ),
      }),
    /** A page of a room's memberships. */
    listRoomMemberships: (key: RoomKey, page: ForwardPage) =>
      readConnection<RoomMembershipModel>(page, {
        cursors,
        scope: ['roomMemberships', key.accountId, key.roomId],
        maxResults: ListRoomMemberships.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(
            ListRoomMemberships,
            {
              AccountId: key.accountId,
              RoomId: key.roomId,
              MaxResults: maxResults,
              NextToken: token ?? undefined,
            },
            cachedAs('rooms'),
          );
          return {
            items: out.RoomMemberships.map((membership) => toRoomMembership(key, membership)),
            nextToken: out.NextToken,
          };
        },
      }),
    /** Records a room as the upstream just answered it (created or updated). */
    replaceRoom: (model: RoomModel) => {
      const key = { accountId: model.accountId, roomId: model.roomId };
      room.clear(key).prime(key, model);
      client.changed('rooms', idOf(key));
    },
    /** Records that a room no longer exists. */
    forgetRoom: (key: RoomKey) => {
      room.clear(key).prime(key, null);
      client.changed('rooms', idOf(key));
    },
    /** Records that a room's members changed: its lists, and the lists of rooms by member, are read afresh. */
    roomMembersChanged: (key: RoomKey) => {
      // The room itself is unchanged; the request keeps no list, so only the shared cache has to know.
      client.changed('rooms', idOf(key));
    },
    /** Forgets every room read so far: a deleted account takes its rooms with it. */
    forgetAllRooms: () => {
      room.clearAll();
      client.changedAll('rooms');
    },
  };
}
