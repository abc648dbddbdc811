import { defineOperation } from '../operation.ts';
import { isBusinessCalling, type PhoneNumberProductType } from '../shapes/phone-number.ts';
import type { PhoneNumberOrder } from '../shapes/phone-number-order.ts';

export interface CreatePhoneNumberOrderInput {
  E164PhoneNumbers: string[];
  ProductType: PhoneNumberProductType;
}

export interface CreatePhoneNumberOrderOutput {
  PhoneNumberOrder: PhoneNumberOrder;
}

/** Creates an order for phone numbers to be provisioned. `POST /phone-number-orders` */
export const CreatePhoneNumberOrder = defineOperation<
  CreatePhoneNumberOrderInput,
  CreatePhoneNumberOrderOutput
>({
  name: 'CreatePhoneNumberOrder',
  group: 'voice',
  legacyWhen: (input) => isBusinessCalling(input.ProductType),
  method: 'POST',
  path: '/phone-number-orders',
  successStatus: 201,
});

export interface GetPhoneNumberOrderInput {
  PhoneNumberOrderId: string;
}

export interface GetPhoneNumberOrderOutput {
  PhoneNumberOrder: PhoneNumberOrder;
}

/** Retrieves details for the specified phone number order, such as the order creation timestamp, phone numbers in E.164 format, product type, and order status. `GET /phone-number-orders/{PhoneNumberOrderId}` */
export const GetPhoneNumberOrder = defineOperation<GetPhoneNumberOrderInput, GetPhoneNumberOrderOutput>({
  name: 'GetPhoneNumberOrder',
  group: 'voice',
  method: 'GET',
  path: '/phone-number-orders/{PhoneNumberOrderId}',
  successStatus: 200,
});

export interface ListPhoneNumberOrdersInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListPhoneNumberOrdersOutput {
  NextToken?: string;
  PhoneNumberOrders: PhoneNumberOrder[];
}

/** Lists the phone number orders for the administrator's Amazon Chime account. `GET /phone-number-orders` */
export const ListPhoneNumberOrders = defineOperation<ListPhoneNumberOrdersInput, ListPhoneNumberOrdersOutput>(
  {
    name: 'ListPhoneNumberOrders',
    group: 'voice',
    method: 'GET',
    path: '/phone-number-orders',
    query: { MaxResults: 'max-results', NextToken: 'next-token' },
    successStatus: 200,
    maxResults: 99,
  },
);
