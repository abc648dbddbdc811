import type { ChannelMessageType } from '../../chime/shapes/channel-message.ts';
import { checkItemCount, checkText, type TextRule } from './input-rules.ts';
import { invalid, type UserErrorModel } from './user-errors.ts';

/**
 * The API reference's rules for Chime SDK messaging members (seeds, 004 and 001:
 * CreateChannel, UpdateChannel, PutChannelExpirationSettings, CreateChannelMembership,
 * SendChannelMessage, UpdateChannelMessage, ...), checked by the gateway before it spends
 * an upstream call.
 */

/** Channel names: 1–256 characters, printable ones, tabs and line breaks. */
export const CHANNEL_NAME_RULE: TextRule = {
  min: 1,
  max: 256,
  pattern: /^[\t\n\r\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFF\u{10000}-\u{10FFFF}]*$/u,
  patternText:
    '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFF\\u10000-\\u10FFFF]* (no control characters)',
};

/** App instance names: NonEmptyResourceName, as channel names. */
export const APP_INSTANCE_NAME_RULE: TextRule = CHANNEL_NAME_RULE;

/** App instance user names: 1–100 characters, not only white space. */
export const APP_INSTANCE_USER_NAME_RULE: TextRule = {
  min: 1,
  max: 100,
  pattern: /^.*\S.*$/,
  patternText: '.*\\S.* (at least one character that is not white space)',
};

/** Metadata of channels and messages: at most 1024 characters on one line. */
export const METADATA_RULE: TextRule = { min: 0, max: 1024, pattern: /^.*$/, patternText: '.* (one line)' };

/** ClientRequestToken, the idempotency token: 2–64 characters. */
export const CLIENT_REQUEST_TOKEN_RULE: TextRule = {
  min: 2,
  max: 64,
  pattern: /^[-_a-zA-Z0-9]*$/,
  patternText: '[-_a-zA-Z0-9]*',
};

/** ExpirationSettings.ExpirationDays (check with `checkRange`). */
export const EXPIRATION_DAYS = { min: 1, max: 5475 } as const;

/** RetentionDays of chat messages, an account's or an app instance's (check with `checkRange`). */
export const RETENTION_DAYS = { min: 1, max: 5475 } as const;

/** CreateChannel's Tags: 1–50 of them, each a Key of 1–128 and a Value of 1–256 characters. */
export const MAX_TAGS = 50;
export const TAG_KEY_RULE: TextRule = { min: 1, max: 128 };
const TAG_VALUE_RULE: TextRule = { min: 1, max: 256 };

/** SendChannelMessage: STANDARD messages carry up to 4 KB of content, CONTROL ones 30 bytes and no metadata. */
const CONTENT_BYTES: Record<ChannelMessageType, number> = { STANDARD: 4096, CONTROL: 30 };

/** The user errors of a tag list: its size (1 to `max`), then each key and value. */
export function checkTags(
  tags: readonly { key: string; value: string }[],
  field: string[],
  max = MAX_TAGS,
): UserErrorModel[] {
  return [
    ...checkItemCount(tags, field, { min: 1, max }),
    ...tags.flatMap((tag, index) => [
      ...checkText(tag.key, [...field, String(index), 'key'], TAG_KEY_RULE),
      ...checkText(tag.value, [...field, String(index), 'value'], TAG_VALUE_RULE),
    ]),
  ];
}

/** The user errors of a message's content and metadata for its type (sizes in UTF-8 bytes, as the service counts). */
export function checkMessageBody(
  type: ChannelMessageType,
  content: string | null | undefined,
  metadata: string | null | undefined,
  field: string[],
): UserErrorModel[] {
  const errors: UserErrorModel[] = [];
  const bytes = Buffer.byteLength(content ?? '', 'utf8');
  if (bytes > CONTENT_BYTES[type])
    errors.push(
      invalid(
        [...field, 'content'],
        `content of a ${type} message must be at most ${CONTENT_BYTES[type]} bytes, got ${bytes}`,
      ),
    );
  if (type === 'CONTROL' && metadata != null)
    errors.push(invalid([...field, 'metadata'], 'metadata is not allowed on a CONTROL message'));
  return errors;
}
