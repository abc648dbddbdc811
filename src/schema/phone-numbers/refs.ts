import type { PhoneNumberModel } from '../../loaders/phone-numbers.ts';
import { builder } from '../builder.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { PhoneNumberProductTypeEnum, PhoneNumberStatusEnum } from '../shared/enums.ts';

// The PhoneNumber type's references, apart from its fields: users, accounts, voice connectors and
// their groups list numbers, and a number points back at its account and user, so each side
// imports the other's reference from a leaf module.

/** The PhoneNumber object type, implemented in phone-number.ts. */
export const PhoneNumberRef = builder.objectRef<PhoneNumberModel>('PhoneNumber');

/** A page of phone numbers. */
export const PhoneNumberConnection = builder.connectionObject({
  type: PhoneNumberRef,
  name: 'PhoneNumberConnection',
});

/**
 * The arguments of every phone number list: a page, narrowed by product type and status as
 * ListPhoneNumbers allows beside any association filter.
 */
export const phoneNumberListArgs = builder.args((t) => ({
  ...forwardPageArgs,
  productType: t.field({ type: PhoneNumberProductTypeEnum }),
  status: t.field({ type: PhoneNumberStatusEnum }),
}));
