import type { TextRule } from './input-rules.ts';

/**
 * The API reference's rules for account and user members (seeds, 001: CreateAccount,
 * UpdateAccount, CreateUser, InviteUsers, BatchUpdateUser, BatchSuspendUser, ...), checked
 * by the gateway before it spends an upstream call. Ids are `PARAMETERS` (src/chime/parameters.ts).
 */

/** Account names (CreateAccount, UpdateAccount): 1–100 characters, `.*\S.*`. */
export const ACCOUNT_NAME_RULE: TextRule = {
  min: 1,
  max: 100,
  pattern: /^.*\S.*$/,
  patternText: '.*\\S.* (at least one character that is not white space)',
};

/** A sign-in delegate group's GroupName (AssociateSigninDelegateGroupsWithAccount, Disassociate…): `.*\S.*`. */
export const GROUP_NAME_RULE: TextRule = {
  pattern: /^.*\S.*$/,
  patternText: '.*\\S.* (at least one character that is not white space)',
};

/** CreateUser's Email: `.*@.*\..*`. */
export const CREATE_USER_EMAIL_RULE: TextRule = {
  pattern: /^.*@.*\..*$/,
  patternText: '.*@.*\\..* (an email address)',
};

/**
 * InviteUsers' UserEmailList members. The reference prints this pattern garbled
 * (`.+@\.\.\.`); `.+@.+\..+` is its intact form (Invite's EmailAddress), and the one
 * that accepts real addresses.
 */
export const INVITE_EMAIL_RULE: TextRule = {
  pattern: /^.+@.+\..+$/,
  patternText: '.+@.+\\..+ (an email address)',
};

/** InviteUsers: at most 50 addresses. */
export const MAX_INVITE_EMAILS = 50;

/** BatchUpdateUser: at most 20 UpdateUserRequestItems. */
export const MAX_BATCH_UPDATE_USERS = 20;

/** BatchSuspendUser and BatchUnsuspendUser: at most 50 user ids. */
export const MAX_BATCH_SUSPEND_USERS = 50;

/**
 * Room names (CreateRoom, UpdateRoom). The reference sets no rule beyond "a string"; the gateway
 * asks what the reference asks of every other name and id: `.*\S.*`.
 */
export const ROOM_NAME_RULE: TextRule = GROUP_NAME_RULE;

/** CreateRoom's ClientRequestToken: 2-64 characters, `[-_a-zA-Z0-9]*`. */
export const CLIENT_REQUEST_TOKEN_RULE: TextRule = {
  min: 2,
  max: 64,
  pattern: /^[-_a-zA-Z0-9]*$/,
  patternText: '[-_a-zA-Z0-9]*',
};

/** BatchCreateRoomMembership: at most 50 MembershipItemList items. */
export const MAX_BATCH_ROOM_MEMBERS = 50;
/** CreateBot's Domain: `.*\S.*`. */
export const BOT_DOMAIN_RULE: TextRule = GROUP_NAME_RULE;

/**
 * CreateBot's DisplayName: required, with no pattern in the reference; a blank one would name
 * the bot nothing, so it needs one character that is not white space, as the domain does.
 */
export const BOT_DISPLAY_NAME_RULE: TextRule = GROUP_NAME_RULE;

/** PutEventsConfiguration's OutboundEventsHTTPSEndpoint: an HTTPS URL, as its name says. */
export const HTTPS_ENDPOINT_RULE: TextRule = {
  pattern: /^https:\/\/\S+$/,
  patternText: 'https://… (an HTTPS URL without white space)',
};

/** PutEventsConfiguration's LambdaFunctionArn: an ARN. */
export const LAMBDA_FUNCTION_ARN_RULE: TextRule = {
  pattern: /^arn:\S+$/,
  patternText: 'arn:… (an ARN without white space)',
};
