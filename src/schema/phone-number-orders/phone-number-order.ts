import {
  ORDERED_PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_ORDER_STATUSES,
} from '../../chime/shapes/phone-number-order.ts';
import type { PhoneNumberOrderModel } from '../../loaders/phone-number-orders.ts';
import { orderPhoneNumbers } from '../../resolvers/phone-number-orders/commands.ts';
import {
  getPhoneNumberOrder,
  listPhoneNumberOrders,
  searchAvailablePhoneNumbers,
} from '../../resolvers/phone-number-orders/reads.ts';
import { getPhoneNumber } from '../../resolvers/phone-numbers/reads.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { PhoneNumberRef } from '../phone-numbers/refs.ts';
import { outsideAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { PhoneNumberProductTypeEnum, PhoneNumberTypeEnum, upstreamEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const PhoneNumberOrderStatusEnum = upstreamEnum('PhoneNumberOrderStatus', PHONE_NUMBER_ORDER_STATUSES);
const OrderedPhoneNumberStatusEnum = upstreamEnum('OrderedPhoneNumberStatus', ORDERED_PHONE_NUMBER_STATUSES);

export const PhoneNumberOrderRef = builder.objectRef<PhoneNumberOrderModel>('PhoneNumberOrder');

const OrderedPhoneNumberRef =
  builder.objectRef<PhoneNumberOrderModel['orderedPhoneNumbers'][number]>('OrderedPhoneNumber');
OrderedPhoneNumberRef.implement({
  description: 'A phone number an order asked for.',
  fields: (t) => ({
    e164PhoneNumber: t.exposeString('e164PhoneNumber', { nullable: true }),
    status: t.expose('status', { type: OrderedPhoneNumberStatusEnum, nullable: true }),
    phoneNumber: t.field({
      type: PhoneNumberRef,
      nullable: true,
      description: 'The number in the inventory, once acquired.',
      resolve: (ordered, _args, ctx) =>
        ordered.status === 'Acquired' && ordered.e164PhoneNumber
          ? getPhoneNumber(ctx, ordered.e164PhoneNumber)
          : null,
    }),
  }),
});

export const PhoneNumberOrderConnection = builder.connectionObject({
  type: PhoneNumberOrderRef,
  name: 'PhoneNumberOrderConnection',
});

builder.node(PhoneNumberOrderRef, {
  description: 'An order for phone numbers: they enter the inventory UNASSIGNED once acquired.',
  id: { resolve: (order) => order.phoneNumberOrderId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getPhoneNumberOrder(ctx, id))),
  fields: (t) => ({
    phoneNumberOrderId: t.exposeString('phoneNumberOrderId'),
    productType: t.expose('productType', { type: PhoneNumberProductTypeEnum, nullable: true }),
    status: t.expose('status', { type: PhoneNumberOrderStatusEnum, nullable: true }),
    orderedPhoneNumbers: t.expose('orderedPhoneNumbers', { type: [OrderedPhoneNumberRef] }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

const AvailablePhoneNumberConnection = builder.connectionObject({
  type: 'String',
  name: 'AvailablePhoneNumberConnection',
});

builder.queryFields((t) => ({
  phoneNumberOrder: t.field({
    authScopes: outsideAccounts,
    type: PhoneNumberOrderRef,
    nullable: true,
    description: 'A phone number order by its id (GetPhoneNumberOrder); null when there is none.',
    args: { phoneNumberOrderId: t.arg.string({ required: true }) },
    resolve: (_root, { phoneNumberOrderId }, ctx) => getPhoneNumberOrder(ctx, phoneNumberOrderId),
  }),
  phoneNumberOrders: t.field({
    authScopes: outsideAccounts,
    type: PhoneNumberOrderConnection,
    nullable: true,
    description: 'The phone number orders of the AWS account (ListPhoneNumberOrders).',
    args: forwardPageArgs,
    resolve: (_root, page, ctx) => listPhoneNumberOrders(ctx, page),
  }),
  availablePhoneNumbers: t.field({
    authScopes: outsideAccounts,
    type: AvailablePhoneNumberConnection,
    nullable: true,
    description:
      'E.164 numbers that can be ordered (SearchAvailablePhoneNumbers). US searches (the default) need areaCode, city (with state), state or tollFreePrefix; elsewhere, phoneNumberType alone.',
    args: {
      ...forwardPageArgs,
      country: t.arg.string({ description: 'ISO 3166-1 alpha-2; default US.' }),
      areaCode: t.arg.string(),
      city: t.arg.string(),
      state: t.arg.string(),
      tollFreePrefix: t.arg.string({ description: '800, 833, 844, 855, 866, 877 or 888.' }),
      phoneNumberType: t.arg({ type: PhoneNumberTypeEnum }),
    },
    resolve: (_root, { first, after, ...filters }, ctx) =>
      searchAvailablePhoneNumbers(ctx, { first, after }, filters),
  }),
}));

const OrderPhoneNumbersInput = builder.inputType('OrderPhoneNumbersInput', {
  fields: (t) => ({
    productType: t.field({ type: PhoneNumberProductTypeEnum, required: true }),
    e164PhoneNumbers: t.stringList({
      required: true,
      description: 'E.164 numbers, e.g. from availablePhoneNumbers.',
    }),
  }),
});

const OrderPhoneNumbersPayload =
  builder.objectRef<MutationResult<{ phoneNumberOrderId: string }>>('OrderPhoneNumbersPayload');
OrderPhoneNumbersPayload.implement({
  fields: (t) => ({
    phoneNumberOrder: t.field({
      type: PhoneNumberOrderRef,
      nullable: true,
      description: 'The order, with the status of each number it asked for.',
      resolve: (payload, _args, ctx) =>
        payload.phoneNumberOrderId === null ? null : getPhoneNumberOrder(ctx, payload.phoneNumberOrderId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationField('orderPhoneNumbers', (t) =>
  t.field({
    authScopes: writeOutsideAccounts,
    type: OrderPhoneNumbersPayload,
    nullable: true,
    description:
      'Orders phone numbers for the inventory (CreatePhoneNumberOrder). Toll-free numbers cannot be BUSINESS_CALLING; numbers outside the US must be SIP_MEDIA_APPLICATION_DIAL_IN.',
    args: { input: t.arg({ type: OrderPhoneNumbersInput, required: true }) },
    resolve: (_root, { input }, ctx) => orderPhoneNumbers(ctx, input),
  }),
);
