import type { PhoneNumberProductType } from './phone-number.ts';
import type { IsoTimestamp } from './timestamps.ts';

export const ORDERED_PHONE_NUMBER_STATUSES = ['Processing', 'Acquired', 'Failed'] as const;
export type OrderedPhoneNumberStatus = (typeof ORDERED_PHONE_NUMBER_STATUSES)[number];

export const PHONE_NUMBER_ORDER_STATUSES = ['Processing', 'Successful', 'Failed', 'Partial'] as const;
export type PhoneNumberOrderStatus = (typeof PHONE_NUMBER_ORDER_STATUSES)[number];

/** The details of a phone number order created for Amazon Chime. */
export interface PhoneNumberOrder {
  CreatedTimestamp?: IsoTimestamp;
  OrderedPhoneNumbers?: OrderedPhoneNumber[];
  PhoneNumberOrderId: string;
  ProductType?: PhoneNumberProductType;
  Status?: PhoneNumberOrderStatus;
  UpdatedTimestamp?: IsoTimestamp;
}

/** A phone number for which an order has been placed. */
export interface OrderedPhoneNumber {
  E164PhoneNumber?: string;
  Status?: OrderedPhoneNumberStatus;
}
