import type { PhoneNumberProductType } from './phone-number.ts';
import type { IsoTimestamp } from './timestamps.ts';

export type OrderedPhoneNumberStatus = 'Processing' | 'Acquired' | 'Failed';

export type PhoneNumberOrderStatus = 'Processing' | 'Successful' | 'Failed' | 'Partial';

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
