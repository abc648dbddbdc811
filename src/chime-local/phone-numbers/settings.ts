import type { LocalRequest, LocalResponse } from '../router.ts';
import { requiredString } from '../validate.ts';
import { CALLING_NAME_PATTERN } from './rules.ts';

/** GetPhoneNumberSettings (`GET /settings/phone-number`): the default outbound calling name, once set. */
export function getPhoneNumberSettings({ store }: LocalRequest): LocalResponse {
  return { body: { ...store.phoneNumbers.settings } };
}

/**
 * UpdatePhoneNumberSettings (`PUT /settings/phone-number`) → 204. The service allows one change
 * every seven days and takes up to 72 hours to apply it; chime-local applies each at once, so that
 * tests need no clock.
 */
export function updatePhoneNumberSettings({ body, store }: LocalRequest): LocalResponse {
  const callingName = requiredString(body.CallingName, 'CallingName', { pattern: CALLING_NAME_PATTERN });
  store.phoneNumbers.settings = { CallingName: callingName, CallingNameUpdatedTimestamp: store.now() };
  return { status: 204 };
}
