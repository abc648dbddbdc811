import type { AccountModel } from '../../loaders/accounts.ts';
import type {
  PhoneNumberAssociationModel,
  PhoneNumberCapabilitiesModel,
  PhoneNumberModel,
} from '../../loaders/phone-numbers.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import { associationValue, getPhoneNumber, listPhoneNumbers } from '../../resolvers/phone-numbers/reads.ts';
import { getUser } from '../../resolvers/users/reads.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { outsideAccounts } from '../shared/access.ts';
import {
  CallingNameStatusEnum,
  PhoneNumberAssociationNameEnum,
  PhoneNumberProductTypeEnum,
  PhoneNumberStatusEnum,
  PhoneNumberTypeEnum,
} from '../shared/enums.ts';
import { byIdOfParent, fromParent, fromParentId } from '../shared/look-ahead.ts';
import { UserRef } from '../users/refs.ts';
import { PhoneNumberConnection, PhoneNumberRef, phoneNumberListArgs } from './refs.ts';

const PhoneNumberCapabilitiesRef = builder.objectRef<PhoneNumberCapabilitiesModel>('PhoneNumberCapabilities');
PhoneNumberCapabilitiesRef.implement({
  description: 'Calls and messages a phone number can make and take.',
  fields: (t) => ({
    inboundCall: t.exposeBoolean('inboundCall', { nullable: true }),
    outboundCall: t.exposeBoolean('outboundCall', { nullable: true }),
    inboundSms: t.exposeBoolean('inboundSms', { nullable: true }),
    outboundSms: t.exposeBoolean('outboundSms', { nullable: true }),
    inboundMms: t.exposeBoolean('inboundMms', { nullable: true }),
    outboundMms: t.exposeBoolean('outboundMms', { nullable: true }),
  }),
});

const PhoneNumberAssociationRef = builder.objectRef<PhoneNumberAssociationModel>('PhoneNumberAssociation');
PhoneNumberAssociationRef.implement({
  description: 'An account, user, voice connector, voice connector group or SIP rule the number serves.',
  fields: (t) => ({
    name: t.expose('name', { type: PhoneNumberAssociationNameEnum, nullable: true }),
    value: t.exposeString('value', { nullable: true }),
    associatedTimestamp: t.expose('associatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

builder.node(PhoneNumberRef, {
  description: 'A phone number of the inventory: Business Calling, Voice Connector or SIP media application.',
  id: { resolve: (number) => number.phoneNumberId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getPhoneNumber(ctx, id))),
  fields: (t) => ({
    phoneNumberId: t.exposeString('phoneNumberId'),
    e164PhoneNumber: t.exposeString('e164PhoneNumber', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    type: t.expose('type', { type: PhoneNumberTypeEnum, nullable: true }),
    productType: t.expose('productType', { type: PhoneNumberProductTypeEnum, nullable: true }),
    status: t.expose('status', { type: PhoneNumberStatusEnum, nullable: true }),
    capabilities: t.expose('capabilities', { type: PhoneNumberCapabilitiesRef, nullable: true }),
    associations: t.expose('associations', { type: [PhoneNumberAssociationRef] }),
    callingName: t.exposeString('callingName', { nullable: true }),
    callingNameStatus: t.expose('callingNameStatus', { type: CallingNameStatusEnum, nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    deletionTimestamp: t.expose('deletionTimestamp', { type: 'DateTime', nullable: true }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: 'Resolved from the AccountId association.',
      ...byIdOfParent(
        (number: PhoneNumberModel) => associationValue(number, 'AccountId'),
        (accountId, ctx) => getAccount(ctx, accountId),
      ),
    }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Resolved from the UserId association.',
      ...fromParent((number: PhoneNumberModel, _args, ctx) => {
        const accountId = associationValue(number, 'AccountId');
        const userId = associationValue(number, 'UserId');
        return accountId && userId ? getUser(ctx, { accountId, userId }) : null;
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  phoneNumbers: t.field({
    authScopes: outsideAccounts,
    type: PhoneNumberConnection,
    nullable: true,
    description: 'The phone number inventory of the AWS account, optionally by product type and status.',
    args: phoneNumberListArgs,
    ...fromParent((_root, { productType, status, ...page }, ctx, ahead) =>
      listPhoneNumbers(ctx, { ...page, onItems: ahead.items }, { productType, status }),
    ),
  }),
  phoneNumber: t.field({
    type: PhoneNumberRef,
    nullable: true,
    description: 'A phone number by its PhoneNumberId (or its E.164 number); null when there is none.',
    args: { phoneNumberId: t.arg.string({ required: true }) },
    resolve: (_root, { phoneNumberId }, ctx) => getPhoneNumber(ctx, phoneNumberId),
  }),
}));

builder.objectFields(AccountRef, (t) => ({
  phoneNumbers: t.field({
    type: PhoneNumberConnection,
    nullable: true,
    description: "The account's phone numbers (its users' numbers), optionally by product type and status.",
    args: phoneNumberListArgs,
    // Needs only the account's id: under `account(accountId:)` it starts beside GetAccount.
    ...fromParentId(
      (account: AccountModel) => account.accountId,
      (accountId, { productType, status, ...page }, ctx, ahead) =>
        listPhoneNumbers(
          ctx,
          { ...page, onItems: ahead.items },
          { productType, status, filterName: 'AccountId', filterValue: accountId },
        ),
    ),
  }),
}));
