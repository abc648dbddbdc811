import type { RequestContext } from '../../context.ts';
import type { RoomKey, RoomMembershipModel, RoomModel } from '../../loaders/rooms.ts';
import { emptyConnection, type ForwardPage } from '../../loaders/shared/connection.ts';
import { inScope } from '../shared/tenancy.ts';

/** GetRoom; null when there is no such room (or account), or its account is out of the caller's scope. */
export async function getRoom(ctx: RequestContext, key: RoomKey): Promise<RoomModel | null> {
  if (!inScope(ctx.identity, key.accountId)) return null;
  return ctx.loaders.room.load(key);
}

/**
 * ListRooms of one account, as a connection, optionally only the rooms `memberId` (a user or bot
 * id) belongs to; empty for an account out of the caller's scope.
 */
export async function listRooms(
  ctx: RequestContext,
  accountId: string,
  page: ForwardPage,
  memberId: string | null = null,
) {
  if (!inScope(ctx.identity, accountId)) return emptyConnection<RoomModel>();
  return ctx.loaders.listRooms(accountId, page, memberId);
}

/** ListRoomMemberships of one room, as a connection; empty for an account out of the caller's scope. */
export async function listRoomMemberships(ctx: RequestContext, key: RoomKey, page: ForwardPage) {
  if (!inScope(ctx.identity, key.accountId)) return emptyConnection<RoomMembershipModel>();
  return ctx.loaders.listRoomMemberships(key, page);
}
