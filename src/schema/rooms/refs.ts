import { MEMBER_TYPES, ROOM_MEMBERSHIP_ROLES } from '../../chime/shapes/room.ts';
import type { RoomModel } from '../../loaders/rooms.ts';
import { builder } from '../builder.ts';
import { upstreamEnum } from '../shared/enums.ts';

// The Room type's references, apart from its fields: mutations' payloads name the room, and the
// room's fields name accounts and users, so each side imports the other's reference from a leaf module.

/** The Room object type, implemented in room.ts. */
export const RoomRef = builder.objectRef<RoomModel>('Room');

/** A page of rooms. */
export const RoomConnection = builder.connectionObject({ type: RoomRef, name: 'RoomConnection' });

export const RoomMembershipRoleEnum = upstreamEnum(
  'RoomMembershipRole',
  ROOM_MEMBERSHIP_ROLES,
  'Whether a member administers the chat room or takes part in it.',
);

export const MemberTypeEnum = upstreamEnum('MemberType', MEMBER_TYPES, 'What kind of member a room has.');
