/**
 * The API reference's rules (seeds, 001) for every path parameter and query argument the gateway
 * sends, keyed by the member's upstream name. The request builder refuses a value that breaks
 * them before anything is sent; the graph checks its arguments and mutation input against the
 * same rules first, so that the refusal can name the argument.
 */

import { CHANNEL_PRIVACIES } from './shapes/channel.ts';
import { CHANNEL_MEMBERSHIP_TYPES } from './shapes/channel-membership.ts';
import { SORT_ORDERS } from './shapes/channel-message.ts';
import {
  PHONE_NUMBER_ASSOCIATION_NAMES,
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
} from './shapes/phone-number.ts';
import { PROXY_SESSION_STATUSES } from './shapes/proxy-session.ts';
import { USER_TYPES } from './shapes/user.ts';

/** What the API reference says a string member must be. */
export interface TextRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** The pattern as the reference prints it, with what it means, for the message. */
  patternText?: string;
  /** The only values the member takes (the reference's `Valid Values`). */
  values?: readonly string[];
  /** The member fills a path label, where `.` and `..` would name another resource. */
  pathSegment?: boolean;
}

const NOT_BLANK = {
  pattern: /^.*\S.*$/,
  patternText: '.*\\S.* (at least one character that is not white space)',
} as const;

/** Resource ids in paths (`AccountId`, `UserId`, …): `.*\S.*`. */
const PATH_ID: TextRule = { ...NOT_BLANK, pathSegment: true };

/** Every ARN member of the Chime SDK (channels, app instances, their users): 5-1600 characters. */
const ARN: TextRule = {
  min: 5,
  max: 1600,
  pattern: /^arn:[a-z0-9.-]{1,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[a-z0-9.-]{0,63}:[^/].{0,1023}$/,
  patternText:
    'arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}',
  pathSegment: true,
};

/**
 * A user's email as ListAccounts and ListUsers filter by it. The reference prints both patterns
 * garbled (`.+@.\.+`, `.*+@.*+\..*`); `.+@.+\..+` is their intact form.
 */
const USER_EMAIL: TextRule = { pattern: /^.+@.+\..+$/, patternText: '.+@.+\\..+ (an email address)' };

/** ISO 3166-1 alpha-2 country codes, as SearchAvailablePhoneNumbers' Country. */
export const COUNTRY: TextRule = { pattern: /^[A-Z]{2}$/, patternText: '[A-Z]{2} (ISO 3166-1 alpha-2)' };

/** The North American toll-free prefixes, as SearchAvailablePhoneNumbers' TollFreePrefix. */
export const TOLL_FREE_PREFIX: TextRule = {
  min: 3,
  max: 3,
  pattern: /^8(00|33|44|55|66|77|88)$/,
  patternText: '^8(00|33|44|55|66|77|88)$ (a toll-free prefix)',
};

/** The meeting and attendee ids: UUIDs. */
const UUID: TextRule = {
  pattern: /^[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$/,
  patternText: '[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12} (a UUID)',
  pathSegment: true,
};

/** An id the caller chooses for a meeting or an attendee. */
const EXTERNAL_ID: TextRule = { min: 2, max: 64, ...NOT_BLANK };

/** The SNS topic and SQS queue ARNs of a meeting's notifications. */
const NOTIFICATION_ARN: TextRule = {
  min: 1,
  max: 1024,
  pattern: /^arn[/:\-.a-zA-Z0-9]+$/,
  patternText: '^arn[\\/:\\-\\.a-zA-Z0-9]+$',
};

/**
 * The ARN of a resource to tag (TagResource, UntagResource, ListTagsForResource), and a media capture
 * pipeline's SourceArn and SinkArn: 1-1024 characters of `^arn[\/:\-_\.a-zA-Z0-9]+$`.
 */
export const RESOURCE_ARN: TextRule = {
  min: 1,
  max: 1024,
  pattern: /^arn[/:\-_.a-zA-Z0-9]+$/,
  patternText: '^arn[\\/:\\-_\\.a-zA-Z0-9]+$',
};

/** Members that mean the same thing in every operation that takes them. */
export const PARAMETERS = {
  AccountId: PATH_ID,
  UserId: PATH_ID,
  BotId: PATH_ID,
  /** The reference gives no pattern for it; the gateway asks what it asks of every other id. */
  PhoneNumberId: PATH_ID,
  /** A UUID; the reference prints it garbled (`[a-zA-F0-9]{8}(:-|[a-zA-F0-9]{4}){3}-…`). */
  PhoneNumberOrderId: UUID,
  /** 1-128 characters where the reference bounds it (the proxy session paths), `.*\S.*` everywhere. */
  VoiceConnectorId: { min: 1, max: 128, ...PATH_ID },
  VoiceConnectorGroupId: PATH_ID,
  ProxySessionId: { min: 1, max: 128, ...PATH_ID },
  RoomId: PATH_ID,
  /** A room member: a user id or a bot id. */
  MemberId: PATH_ID,
  ConversationId: PATH_ID,
  SipMediaApplicationId: PATH_ID,
  SipRuleId: PATH_ID,
  TransactionId: PATH_ID,
  ChannelArn: ARN,
  AppInstanceArn: ARN,
  AppInstanceUserArn: ARN,
  AppInstanceAdminArn: ARN,
  /** Chosen by the caller of CreateAppInstanceUser; it ends the user's ARN. */
  AppInstanceUserId: {
    min: 1,
    max: 64,
    pattern: /^[A-Za-z0-9]([A-Za-z0-9:\-_.@]{0,62}[A-Za-z0-9])?$/,
    patternText: '[A-Za-z0-9]([A-Za-z0-9\\:\\-_\\.\\@]{0,62}[A-Za-z0-9])?',
  },
  MemberArn: ARN,
  ChannelModeratorArn: ARN,
  ChimeBearer: ARN,
  /** A streaming configuration's Kinesis data stream: 1-1024 characters of `[/:\-_.a-zA-Z0-9]` after `arn`. */
  ResourceArn: {
    min: 1,
    max: 1024,
    pattern: /^arn[/:\-_.a-zA-Z0-9]+$/,
    patternText: '^arn[\\/:\\-_\\.a-zA-Z0-9]+$',
  },
  /**
   * A UUID. The reference prints the pattern garbled, differently per action
   * (`[a-fA-F0-9]{8}(:|-|[a-fA-F0-9]{4}){3}-…`, `(:-[a-zA-Z0-9]{4})`…); the Meeting data type's intact form is this.
   */
  MeetingId: UUID,
  /** A UUID, as MeetingId (the reference prints it garbled the same ways). */
  AttendeeId: UUID,
  /**
   * The caller's own ids in meeting bodies: 2-64 characters, where the reference stops; the
   * gateway also asks that they not be blank or span lines, as of every other id.
   */
  ExternalMeetingId: EXTERNAL_ID,
  ExternalUserId: EXTERNAL_ID,
  MeetingHostId: EXTERNAL_ID,
  /** Where a meeting's notifications go (MeetingNotificationConfiguration): 1-1024 characters. */
  SnsTopicArn: NOTIFICATION_ARN,
  SqsQueueArn: NOTIFICATION_ARN,
  /**
   * A SIP media application's endpoint (a body member; its name says ARN, so the graph checks it
   * as it checks ids). The reference prints the pattern garbled (no `+` after the function name,
   * no `-` before the Region's digit, `\$\{LATEST`); this is its intact form.
   */
  LambdaArn: {
    max: 10000,
    pattern:
      /^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_.]+(:(\$LATEST|[a-zA-Z0-9-_]+))?$/,
    patternText:
      'arn:aws:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>] (a Lambda function ARN)',
  },
  /** A UUID; the reference prints it garbled three ways (`[a-zA-Z0-9]{8}(:|-[a-zA-Z0-9]{4}){3}-…`). */
  MediaPipelineId: {
    pattern: /^[a-zA-Z0-9]{8}(?:-[a-zA-Z0-9]{4}){3}-[a-zA-Z0-9]{12}$/,
    patternText: '[a-zA-Z0-9]{8}(-[a-zA-Z0-9]{4}){3}-[a-zA-Z0-9]{12} (a UUID)',
    pathSegment: true,
  },
  MessageId: {
    min: 1,
    max: 128,
    pattern: /^[-_a-zA-Z0-9]*$/,
    patternText: '[-_a-zA-Z0-9]*',
    pathSegment: true,
  },
} as const satisfies Record<string, TextRule>;

/** The name of a member in `PARAMETERS`. */
export type ParameterName = keyof typeof PARAMETERS;

/**
 * Query members whose rule depends on the operation (a `Status` of numbers is not one of sessions).
 * The `Valid Values` are the shapes' own lists, so what a caller can choose is what the upstream takes.
 */
const OPERATION_PARAMETERS: Readonly<Record<string, Readonly<Record<string, TextRule>>>> = {
  ListAccounts: { Name: { min: 1, max: 100, ...NOT_BLANK }, UserEmail: USER_EMAIL },
  ListUsers: { UserEmail: USER_EMAIL, UserType: { values: USER_TYPES } },
  ListPhoneNumbers: {
    Status: { values: PHONE_NUMBER_STATUSES },
    ProductType: { values: PHONE_NUMBER_PRODUCT_TYPES },
    FilterName: { values: PHONE_NUMBER_ASSOCIATION_NAMES },
  },
  ListSupportedPhoneNumberCountries: { ProductType: { values: PHONE_NUMBER_PRODUCT_TYPES } },
  ListProxySessions: { Status: { values: PROXY_SESSION_STATUSES } },
  ListChannels: { Privacy: { values: CHANNEL_PRIVACIES } },
  ListChannelMemberships: { Type: { values: CHANNEL_MEMBERSHIP_TYPES } },
  ListChannelMessages: { SortOrder: { values: SORT_ORDERS } },
  // The legacy redactions take any message id; the messaging namespace's ids are narrower.
  RedactRoomMessage: { MessageId: PATH_ID },
  RedactConversationMessage: { MessageId: PATH_ID },
  /** Body members, named here so that the graph's input fields that fill them are found by name. */
  CreateMediaCapturePipeline: {
    SourceArn: RESOURCE_ARN,
    SinkArn: RESOURCE_ARN,
    /** SelectedVideoStreams.AttendeeIds, each an attendee id. */
    AttendeeIds: {
      pattern: /^[a-zA-F0-9]{8}(?:-[a-zA-F0-9]{4}){3}-[a-zA-F0-9]{12}$/,
      patternText: '[a-zA-F0-9]{8}(?:-[a-zA-F0-9]{4}){3}-[a-zA-F0-9]{12} (an attendee id)',
    },
    /**
     * SelectedVideoStreams.ExternalUserIds: 2-64 characters each. The reference sets no pattern; like
     * every id the gateway sends, one may not be blank or hold control characters.
     */
    ExternalUserIds: {
      min: 2,
      max: 64,
      pattern: /^(?!\s*$)\P{Cc}+$/u,
      patternText: 'no control characters, not only white space',
    },
  },
  /**
   * Body members: an address is personal data, so each is checked here, before it is sent. The
   * reference gives every member `.*\S.*`; an AWS account id is 12 digits.
   */
  ValidateE911Address: {
    AwsAccountId: { pattern: /^\d{12}$/, patternText: '\\d{12} (an AWS account id)' },
    StreetNumber: NOT_BLANK,
    StreetInfo: NOT_BLANK,
    City: NOT_BLANK,
    State: NOT_BLANK,
    Country: NOT_BLANK,
    PostalCode: NOT_BLANK,
  },
  ListTagsForResource: { ResourceARN: RESOURCE_ARN },
  SearchAvailablePhoneNumbers: {
    Country: COUNTRY,
    TollFreePrefix: TOLL_FREE_PREFIX,
    PhoneNumberType: { values: PHONE_NUMBER_TYPES },
  },
};

/** The rule for `member` of `operation`, or undefined when the reference sets none. */
export function parameterRule(operation: string, member: string): TextRule | undefined {
  return OPERATION_PARAMETERS[operation]?.[member] ?? (PARAMETERS as Record<string, TextRule>)[member];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * What `value` breaks of `rule`, as the end of a sentence that starts with the member's name
 * (`must match the pattern …, got "x\r\ny"`); null when it keeps every rule.
 */
export function brokenRule(rule: TextRule, value: string): string | null {
  if (rule.pathSegment && (value === '.' || value === '..'))
    return `must not be "." or ".." (in a path it would name another resource), got ${shown(value)}`;
  if (rule.min !== undefined && value.length < rule.min)
    return `must be at least ${plural(rule.min, 'character')} long, got ${value.length}`;
  if (rule.max !== undefined && value.length > rule.max)
    return `must be at most ${plural(rule.max, 'character')} long, got ${value.length}`;
  if (rule.values && !rule.values.includes(value))
    return `must be one of ${rule.values.join(', ')}, got ${shown(value)}`;
  if (rule.pattern && !rule.pattern.test(value))
    return `must match the pattern ${rule.patternText ?? rule.pattern.source}, got ${shown(value)}`;
  return null;
}

const SHOWN_CHARACTERS = 40;

/**
 * A value as messages quote it: its first 40 characters, with control, format and line
 * separator characters escaped, so that a message stays one readable line.
 */
export function shown(value: string): string {
  const characters = [...value];
  const quoted = JSON.stringify(characters.slice(0, SHOWN_CHARACTERS).join('')).replace(
    /[\p{C}\p{Zl}\p{Zp}]/gu,
    (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`,
  );
  return characters.length > SHOWN_CHARACTERS ? `${quoted}… (${characters.length} characters)` : quoted;
}
