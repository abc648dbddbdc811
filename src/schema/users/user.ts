import type { UserKey, UserModel, UserSettingsModel } from '../../loaders/users.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import {
  getPhoneNumber,
  listPhoneNumbers,
  readAccountNumbersAhead,
} from '../../resolvers/phone-numbers/reads.ts';
import { getUser, getUserSettings } from '../../resolvers/users/reads.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { PhoneNumberConnection, PhoneNumberRef, phoneNumberListArgs } from '../phone-numbers/refs.ts';
import { InviteStatusEnum, LicenseEnum, RegistrationStatusEnum, UserTypeEnum } from '../shared/enums.ts';
import { compoundId, splitCompoundId } from '../shared/ids.ts';
import { byIdOfParent, fromParent } from '../shared/look-ahead.ts';
import { UserRef } from './refs.ts';

const toUserKey = (id: string): UserKey | null => {
  const [accountId, userId] = splitCompoundId(id, 2) ?? [];
  return accountId && userId ? { accountId, userId } : null;
};

const TelephonySettingsRef = builder.objectRef<UserSettingsModel['telephony']>('TelephonySettings');
TelephonySettingsRef.implement({
  fields: (t) => ({
    inboundCalling: t.exposeBoolean('inboundCalling'),
    outboundCalling: t.exposeBoolean('outboundCalling'),
    sms: t.exposeBoolean('sms'),
  }),
});

export const UserSettingsRef = builder.objectRef<UserSettingsModel>('UserSettings');
UserSettingsRef.implement({
  fields: (t) => ({ telephony: t.expose('telephony', { type: TelephonySettingsRef }) }),
});

builder.node(UserRef, {
  description: 'A user of an Amazon Chime account.',
  id: { resolve: (user) => compoundId(user.accountId ?? '', user.userId) },
  loadMany: (ids, ctx) =>
    Promise.all(
      ids.map((id) => {
        const key = toUserKey(id);
        return key && getUser(ctx, key);
      }),
    ),
  fields: (t) => ({
    userId: t.exposeString('userId'),
    accountId: t.exposeString('accountId', { nullable: true }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      ...byIdOfParent(
        (user: UserModel) => user.accountId,
        (accountId, ctx) => getAccount(ctx, accountId),
      ),
    }),
    primaryEmail: t.exposeString('primaryEmail', { nullable: true }),
    primaryProvisionedNumber: t.exposeString('primaryProvisionedNumber', { nullable: true }),
    primaryPhoneNumber: t.field({
      type: PhoneNumberRef,
      nullable: true,
      description: 'The phone number resource behind primaryProvisionedNumber.',
      // The numbers of one account's users are in that account's list: it starts with the users' list.
      ...fromParent(
        (user: UserModel, _args, ctx) =>
          user.primaryProvisionedNumber
            ? getPhoneNumber(ctx, user.primaryProvisionedNumber, user.accountId)
            : null,
        { fromGroup: (accountId, _args, ctx, expected) => readAccountNumbersAhead(ctx, accountId, expected) },
      ),
    }),
    phoneNumbers: t.field({
      type: PhoneNumberConnection,
      nullable: true,
      description: 'The phone numbers associated with the user, optionally by product type and status.',
      args: phoneNumberListArgs,
      ...fromParent((user: UserModel, { productType, status, ...page }, ctx, ahead) =>
        listPhoneNumbers(
          ctx,
          { ...page, onItems: ahead.items },
          { productType, status, filterName: 'UserId', filterValue: user.userId },
        ),
      ),
    }),
    displayName: t.exposeString('displayName', { nullable: true }),
    licenseType: t.expose('licenseType', { type: LicenseEnum, nullable: true }),
    userType: t.expose('userType', { type: UserTypeEnum, nullable: true }),
    userRegistrationStatus: t.expose('userRegistrationStatus', {
      type: RegistrationStatusEnum,
      nullable: true,
    }),
    userInvitationStatus: t.expose('userInvitationStatus', { type: InviteStatusEnum, nullable: true }),
    registeredOn: t.expose('registeredOn', { type: 'DateTime', nullable: true }),
    invitedOn: t.expose('invitedOn', { type: 'DateTime', nullable: true }),
    settings: t.field({
      type: UserSettingsRef,
      nullable: true,
      ...fromParent((user: UserModel, _args, ctx) =>
        user.accountId ? getUserSettings(ctx, { accountId: user.accountId, userId: user.userId }) : null,
      ),
    }),
  }),
});
