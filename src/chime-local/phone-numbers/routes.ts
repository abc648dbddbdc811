import type { Route } from '../router.ts';
import { listSupportedPhoneNumberCountries } from './countries.ts';
import { batchDeletePhoneNumber, deletePhoneNumber, restorePhoneNumber } from './deletion.ts';
import { getPhoneNumber, listPhoneNumbers } from './listing.ts';
import { createPhoneNumberOrder, getPhoneNumberOrder, listPhoneNumberOrders } from './orders.ts';
import { searchAvailablePhoneNumbers } from './search.ts';
import { getPhoneNumberSettings, updatePhoneNumberSettings } from './settings.ts';
import { batchUpdatePhoneNumber, updatePhoneNumber } from './updates.ts';
import { associatePhoneNumberWithUser, disassociatePhoneNumberFromUser } from './user-associations.ts';

/** Phone number operations (inventory, orders, search, user associations, settings, countries). */
export const phoneNumberRoutes: Route[] = [
  {
    operation: 'SearchAvailablePhoneNumbers',
    method: 'GET',
    path: '/search',
    query: { type: 'phone-numbers' },
    handle: searchAvailablePhoneNumbers,
  },
  {
    operation: 'CreatePhoneNumberOrder',
    method: 'POST',
    path: '/phone-number-orders',
    handle: createPhoneNumberOrder,
  },
  {
    operation: 'GetPhoneNumberOrder',
    method: 'GET',
    path: '/phone-number-orders/{PhoneNumberOrderId}',
    handle: getPhoneNumberOrder,
  },
  {
    operation: 'ListPhoneNumberOrders',
    method: 'GET',
    path: '/phone-number-orders',
    handle: listPhoneNumberOrders,
  },
  {
    operation: 'GetPhoneNumber',
    method: 'GET',
    path: '/phone-numbers/{PhoneNumberId}',
    handle: getPhoneNumber,
  },
  { operation: 'ListPhoneNumbers', method: 'GET', path: '/phone-numbers', handle: listPhoneNumbers },
  {
    operation: 'UpdatePhoneNumber',
    method: 'POST',
    path: '/phone-numbers/{PhoneNumberId}',
    handle: updatePhoneNumber,
  },
  {
    operation: 'BatchUpdatePhoneNumber',
    method: 'POST',
    path: '/phone-numbers',
    query: { operation: 'batch-update' },
    handle: batchUpdatePhoneNumber,
  },
  {
    operation: 'DeletePhoneNumber',
    method: 'DELETE',
    path: '/phone-numbers/{PhoneNumberId}',
    handle: deletePhoneNumber,
  },
  {
    operation: 'BatchDeletePhoneNumber',
    method: 'POST',
    path: '/phone-numbers',
    query: { operation: 'batch-delete' },
    handle: batchDeletePhoneNumber,
  },
  {
    operation: 'RestorePhoneNumber',
    method: 'POST',
    path: '/phone-numbers/{PhoneNumberId}',
    query: { operation: 'restore' },
    handle: restorePhoneNumber,
  },
  {
    operation: 'AssociatePhoneNumberWithUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users/{UserId}',
    query: { operation: 'associate-phone-number' },
    handle: associatePhoneNumberWithUser,
  },
  {
    operation: 'DisassociatePhoneNumberFromUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users/{UserId}',
    query: { operation: 'disassociate-phone-number' },
    handle: disassociatePhoneNumberFromUser,
  },
  {
    operation: 'GetPhoneNumberSettings',
    method: 'GET',
    path: '/settings/phone-number',
    handle: getPhoneNumberSettings,
  },
  {
    operation: 'UpdatePhoneNumberSettings',
    method: 'PUT',
    path: '/settings/phone-number',
    handle: updatePhoneNumberSettings,
  },
  {
    operation: 'ListSupportedPhoneNumberCountries',
    method: 'GET',
    path: '/phone-number-countries',
    handle: listSupportedPhoneNumberCountries,
  },
];
