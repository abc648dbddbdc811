import { defineOperation } from '../operation.ts';
import {
  isBusinessCalling,
  type PhoneNumber,
  type PhoneNumberAssociationName,
  type PhoneNumberCountry,
  type PhoneNumberError,
  type PhoneNumberProductType,
  type PhoneNumberStatus,
  type PhoneNumberType,
  type UpdatePhoneNumberRequestItem,
} from '../shapes/phone-number.ts';

export interface SearchAvailablePhoneNumbersInput {
  AreaCode?: string;
  City?: string;
  Country?: string;
  MaxResults?: number;
  NextToken?: string;
  PhoneNumberType?: PhoneNumberType;
  State?: string;
  TollFreePrefix?: string;
}

export interface SearchAvailablePhoneNumbersOutput {
  E164PhoneNumbers: string[];
  NextToken?: string;
}

/** Searches for phone numbers that can be ordered. `GET /search?type=phone-numbers` */
export const SearchAvailablePhoneNumbers = defineOperation<
  SearchAvailablePhoneNumbersInput,
  SearchAvailablePhoneNumbersOutput
>({
  name: 'SearchAvailablePhoneNumbers',
  group: 'voice',
  method: 'GET',
  path: '/search',
  fixedQuery: { type: 'phone-numbers' },
  query: {
    AreaCode: 'area-code',
    City: 'city',
    Country: 'country',
    MaxResults: 'max-results',
    NextToken: 'next-token',
    PhoneNumberType: 'phone-number-type',
    State: 'state',
    TollFreePrefix: 'toll-free-prefix',
  },
  successStatus: 200,
  maxResults: 500,
});

export interface GetPhoneNumberInput {
  PhoneNumberId: string;
}

export interface GetPhoneNumberOutput {
  PhoneNumber: PhoneNumber;
}

/** Retrieves details for the specified phone number ID, such as associations, capabilities, and product type. `GET /phone-numbers/{PhoneNumberId}` */
export const GetPhoneNumber = defineOperation<GetPhoneNumberInput, GetPhoneNumberOutput>({
  name: 'GetPhoneNumber',
  group: 'voice',
  method: 'GET',
  path: '/phone-numbers/{PhoneNumberId}',
  successStatus: 200,
});

export interface ListPhoneNumbersInput {
  FilterName?: PhoneNumberAssociationName;
  FilterValue?: string;
  MaxResults?: number;
  NextToken?: string;
  ProductType?: PhoneNumberProductType;
  Status?: PhoneNumberStatus;
}

export interface ListPhoneNumbersOutput {
  NextToken?: string;
  PhoneNumbers: PhoneNumber[];
}

/** Lists the phone numbers for the specified Amazon Chime account, Amazon Chime user, Amazon Chime Voice Connector, or Amazon Chime Voice Connector group. `GET /phone-numbers` */
export const ListPhoneNumbers = defineOperation<ListPhoneNumbersInput, ListPhoneNumbersOutput>({
  name: 'ListPhoneNumbers',
  group: 'voice',
  // Chime SDK Voice lists the numbers of voice connectors, their groups and SIP rules only.
  legacyWhen: (input) =>
    input.FilterName === 'AccountId' || input.FilterName === 'UserId' || isBusinessCalling(input.ProductType),
  method: 'GET',
  path: '/phone-numbers',
  query: {
    FilterName: 'filter-name',
    FilterValue: 'filter-value',
    MaxResults: 'max-results',
    NextToken: 'next-token',
    ProductType: 'product-type',
    Status: 'status',
  },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdatePhoneNumberInput {
  PhoneNumberId: string;
  CallingName?: string;
  ProductType?: PhoneNumberProductType;
}

export interface UpdatePhoneNumberOutput {
  PhoneNumber: PhoneNumber;
}

/** Updates phone number details, such as product type or calling name, for the specified phone number ID. `POST /phone-numbers/{PhoneNumberId}` */
export const UpdatePhoneNumber = defineOperation<UpdatePhoneNumberInput, UpdatePhoneNumberOutput>({
  name: 'UpdatePhoneNumber',
  group: 'voice',
  legacyWhen: (input) => isBusinessCalling(input.ProductType),
  method: 'POST',
  path: '/phone-numbers/{PhoneNumberId}',
  successStatus: 200,
});

export interface BatchUpdatePhoneNumberInput {
  UpdatePhoneNumberRequestItems: UpdatePhoneNumberRequestItem[];
}

export interface BatchUpdatePhoneNumberOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Updates phone number product types or calling names. `POST /phone-numbers?operation=batch-update` */
export const BatchUpdatePhoneNumber = defineOperation<
  BatchUpdatePhoneNumberInput,
  BatchUpdatePhoneNumberOutput
>({
  name: 'BatchUpdatePhoneNumber',
  group: 'voice',
  legacyWhen: (input) =>
    input.UpdatePhoneNumberRequestItems.some((item) => isBusinessCalling(item.ProductType)),
  method: 'POST',
  path: '/phone-numbers',
  fixedQuery: { operation: 'batch-update' },
  successStatus: 200,
});

export interface DeletePhoneNumberInput {
  PhoneNumberId: string;
}

/** Moves the specified phone number into the **Deletion queue**. `DELETE /phone-numbers/{PhoneNumberId}` */
export const DeletePhoneNumber = defineOperation<DeletePhoneNumberInput, Record<string, never>>({
  name: 'DeletePhoneNumber',
  group: 'voice',
  method: 'DELETE',
  path: '/phone-numbers/{PhoneNumberId}',
  successStatus: 204,
});

export interface BatchDeletePhoneNumberInput {
  PhoneNumberIds: string[];
}

export interface BatchDeletePhoneNumberOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Moves phone numbers into the **Deletion queue**. `POST /phone-numbers?operation=batch-delete` */
export const BatchDeletePhoneNumber = defineOperation<
  BatchDeletePhoneNumberInput,
  BatchDeletePhoneNumberOutput
>({
  name: 'BatchDeletePhoneNumber',
  group: 'voice',
  method: 'POST',
  path: '/phone-numbers',
  fixedQuery: { operation: 'batch-delete' },
  successStatus: 200,
});

export interface RestorePhoneNumberInput {
  PhoneNumberId: string;
}

export interface RestorePhoneNumberOutput {
  PhoneNumber: PhoneNumber;
}

/** Moves a phone number from the **Deletion queue** back into the phone number **Inventory**. `POST /phone-numbers/{PhoneNumberId}?operation=restore` */
export const RestorePhoneNumber = defineOperation<RestorePhoneNumberInput, RestorePhoneNumberOutput>({
  name: 'RestorePhoneNumber',
  group: 'voice',
  method: 'POST',
  path: '/phone-numbers/{PhoneNumberId}',
  fixedQuery: { operation: 'restore' },
  successStatus: 200,
});

export interface ListSupportedPhoneNumberCountriesInput {
  ProductType: PhoneNumberProductType;
}

export interface ListSupportedPhoneNumberCountriesOutput {
  PhoneNumberCountries?: PhoneNumberCountry[];
}

/** Lists supported phone number countries. `GET /phone-number-countries?product-type=ProductType` */
export const ListSupportedPhoneNumberCountries = defineOperation<
  ListSupportedPhoneNumberCountriesInput,
  ListSupportedPhoneNumberCountriesOutput
>({
  name: 'ListSupportedPhoneNumberCountries',
  group: 'voice',
  legacyWhen: (input) => isBusinessCalling(input.ProductType),
  method: 'GET',
  path: '/phone-number-countries',
  query: { ProductType: 'product-type' },
  successStatus: 200,
});
