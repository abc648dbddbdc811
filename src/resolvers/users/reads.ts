import type { User } from '../../chime/shapes/user.ts';
import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import type { UserFilters, UserKey } from '../../loaders/users.ts';
import { mapConnection } from '../shared/connection.ts';
import {
  INVITE_STATUSES,
  type InviteStatus,
  knownValue,
  LICENSES,
  type License,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  USER_TYPES,
  type UserType,
} from '../shared/enums.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

/** An Amazon Chime user, as the graph sees it. */
export interface UserModel {
  userId: string;
  accountId: string | null;
  primaryEmail: string | null;
  primaryProvisionedNumber: string | null;
  displayName: string | null;
  licenseType: License | null;
  userType: UserType | null;
  userRegistrationStatus: RegistrationStatus | null;
  userInvitationStatus: InviteStatus | null;
  registeredOn: string | null;
  invitedOn: string | null;
}

/** A user's telephony permissions. */
export interface UserSettingsModel {
  telephony: { inboundCalling: boolean; outboundCalling: boolean; sms: boolean };
}

/** Maps an upstream user. */
export function toUser(user: User): UserModel {
  return {
    userId: user.UserId,
    accountId: user.AccountId ?? null,
    primaryEmail: user.PrimaryEmail ?? null,
    primaryProvisionedNumber: user.PrimaryProvisionedNumber || null,
    displayName: user.DisplayName ?? null,
    licenseType: knownValue(LICENSES, user.LicenseType),
    userType: knownValue(USER_TYPES, user.UserType),
    userRegistrationStatus: knownValue(REGISTRATION_STATUSES, user.UserRegistrationStatus),
    userInvitationStatus: knownValue(INVITE_STATUSES, user.UserInvitationStatus),
    registeredOn: isoTimestamp(user.RegisteredOn),
    invitedOn: isoTimestamp(user.InvitedOn),
  };
}

/** GetUser; null when there is no such user (or account). */
export async function getUser(ctx: RequestContext, key: UserKey): Promise<UserModel | null> {
  const user = await ctx.loaders.user.load(key);
  return user && toUser(user);
}

/** ListUsers of one account, as a connection. */
export async function listUsers(
  ctx: RequestContext,
  accountId: string,
  page: ForwardPage,
  filters: UserFilters,
) {
  return mapConnection(await ctx.loaders.listUsers(accountId, page, filters), toUser);
}

/** GetUserSettings; null when the user does not exist. */
export async function getUserSettings(ctx: RequestContext, key: UserKey): Promise<UserSettingsModel | null> {
  const settings = await ctx.loaders.userSettings.load(key);
  return (
    settings && {
      telephony: {
        inboundCalling: settings.Telephony.InboundCalling,
        outboundCalling: settings.Telephony.OutboundCalling,
        sms: settings.Telephony.SMS,
      },
    }
  );
}
