import { badRequest } from '../errors.ts';
import {
  optionalObject,
  requiredArray,
  requiredEnum,
  requiredInt,
  requiredString,
  type StringRule,
} from '../validate.ts';
import { EXPIRATION_CRITERIA, type ExpirationSettings } from './wire.ts';

/**
 * The API reference's restrictions shared by the messaging and identity groups. The
 * reference states patterns as whole-value matches, hence the anchors.
 */

/** Every ARN parameter: app instances, users, channels, members, moderators, the bearer. */
export const ARN_RULE: StringRule = {
  min: 5,
  max: 1600,
  pattern: /^arn:[a-z0-9.-]{1,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[^/].{0,1023}$/,
};

/** Names of app instances and channels (NonEmptyResourceName). */
export const RESOURCE_NAME_RULE: StringRule = {
  min: 1,
  max: 256,
  pattern: /^[\t\n\r\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFF\u{10000}-\u{10FFFF}]*$/u,
};

/** AppInstanceUser names. */
export const USER_NAME_RULE: StringRule = { min: 1, max: 100, pattern: /^.*\S.*$/ };

/** AppInstanceUserId, chosen by the caller. */
export const USER_ID_RULE: StringRule = {
  min: 1,
  max: 64,
  pattern: /^[A-Za-z0-9]([A-Za-z0-9:\-_.@]{0,62}[A-Za-z0-9])?$/,
};

/** Metadata of app instances, users, channels and messages: 1 KB. */
export const METADATA_RULE: StringRule = { min: 0, max: 1024, pattern: /^.*$/ };

/** Idempotency tokens. */
export const CLIENT_REQUEST_TOKEN_RULE: StringRule = { min: 2, max: 64, pattern: /^[-_a-zA-Z0-9]*$/ };

/** Message ids in paths. */
export const MESSAGE_ID_RULE: StringRule = { min: 1, max: 128, pattern: /^[-_a-zA-Z0-9]*$/ };

/**
 * `Tags` on create calls: 1 to 50 tags, each a Key of 1–128 and a Value of 1–256 characters, a key
 * at most once; answers them, or an empty list when there are none.
 */
export function validateTags(value: unknown): { Key: string; Value: string }[] {
  if (value === undefined || value === null) return [];
  const tags = requiredArray(value, 'Tags', { min: 1, max: 50 }).map((tag, index) => {
    const fields = optionalObject(tag, `Tags[${index}]`) ?? {};
    return {
      Key: requiredString(fields.Key, `Tags[${index}].Key`, { min: 1, max: 128 }),
      Value: requiredString(fields.Value, `Tags[${index}].Value`, { min: 1, max: 256 }),
    };
  });
  const keys = tags.map((tag) => tag.Key);
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated !== undefined)
    throw badRequest(`Tags names the key ${JSON.stringify(repeated)} more than once`);
  return tags;
}

/** `ExpirationSettings`: ExpirationDays 1–5475 and an ExpirationCriterion, both required. */
export function optionalExpirationSettings(value: unknown): ExpirationSettings | undefined {
  const settings = optionalObject(value, 'ExpirationSettings');
  if (!settings) return undefined;
  return {
    ExpirationDays: requiredInt(settings.ExpirationDays, 'ExpirationSettings.ExpirationDays', {
      min: 1,
      max: 5475,
    }),
    ExpirationCriterion: requiredEnum(
      settings.ExpirationCriterion,
      'ExpirationSettings.ExpirationCriterion',
      EXPIRATION_CRITERIA,
    ),
  };
}

/**
 * A timestamp query parameter (`not-before`, `not-after`) in epoch seconds. The SDK
 * sends ISO 8601 date-times; plain epoch seconds are accepted too.
 */
export function optionalTimestampQuery(value: string | null, name: string): number | undefined {
  if (value === null) return undefined;
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Date.parse(value) / 1000;
  if (!Number.isFinite(seconds))
    throw badRequest(`${name} must be an ISO 8601 date-time or epoch seconds, got ${JSON.stringify(value)}`);
  return seconds;
}
