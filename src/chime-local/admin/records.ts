import { randomInt } from 'node:crypto';
import { badRequest, notFound } from '../errors.ts';
import { LOCAL_AWS_ACCOUNT_ID, type Store } from '../store.ts';
import type {
  Account,
  AccountSettings,
  ChatMessage,
  Conversation,
  License,
  User,
  UserError,
  UserSettings,
} from './state.ts';

/** The settings of an account nobody has changed (the service's defaults). */
export const DEFAULT_ACCOUNT_SETTINGS: Readonly<AccountSettings> = {
  DisableRemoteControl: false,
  EnableDialOut: false,
};

/** The settings of a user nobody has changed: every telephony permission allowed. */
export const DEFAULT_USER_SETTINGS: Readonly<UserSettings> = {
  Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true },
};

/** The account `accountId`, or 404. */
export function requireAccount(store: Store, accountId: string): Account {
  const account = store.admin.accounts.get(accountId);
  if (!account) throw notFound(`Account ${JSON.stringify(accountId)} does not exist`);
  return account;
}

const noSuchUser = (userId: string, accountId: string) =>
  `User ${JSON.stringify(userId)} does not exist in account ${JSON.stringify(accountId)}`;

/** The user `userId` if it belongs to account `accountId`. */
export function userOfAccount(store: Store, accountId: string, userId: string): User | undefined {
  const user = store.admin.users.get(userId);
  return user?.AccountId === accountId ? user : undefined;
}

/** The user `userId` of account `accountId`, or 404 (also when the user belongs to another account). */
export function requireUser(store: Store, accountId: string, userId: string): User {
  requireAccount(store, accountId);
  const user = userOfAccount(store, accountId, userId);
  if (!user) throw notFound(noSuchUser(userId, accountId));
  return user;
}

/** The item error batch operations answer for an id that names no user of the account. */
export const userNotFound = (userId: string, accountId: string): UserError => ({
  UserId: userId,
  ErrorCode: 'NotFound',
  ErrorMessage: noSuchUser(userId, accountId),
});

/** The users of one account, in creation order. */
export function usersOf(store: Store, accountId: string): User[] {
  return [...store.admin.users.values()].filter((user) => user.AccountId === accountId);
}

/** The user with this primary email in any account (an address belongs to one account at most). */
export function userByEmail(store: Store, email: string): User | undefined {
  const wanted = email.toLowerCase();
  for (const user of store.admin.users.values()) if (user.PrimaryEmail?.toLowerCase() === wanted) return user;
  return undefined;
}

/** Why `license` may not be used in `account` (not one of its SupportedLicenses), if it may not. */
export function unsupportedLicense(account: Account, license: License, name: string): string | undefined {
  if (account.SupportedLicenses.includes(license)) return undefined;
  return `${name} must be one of the account's supported licenses (${account.SupportedLicenses.join(' | ')}), got ${JSON.stringify(license)}`;
}

/** 400 unless `license` is one of the account's SupportedLicenses. */
export function requireSupportedLicense(account: Account, license: License, name: string): void {
  const problem = unsupportedLicense(account, license, name);
  if (problem) throw badRequest(problem);
}

/** Adds an account to the store; what CreateAccount makes unless told otherwise (a Team account, a fresh id). */
export function addAccount(
  store: Store,
  fields: Pick<Account, 'Name'> & Partial<Omit<Account, 'AwsAccountId'>>,
): Account {
  const account: Account = {
    AwsAccountId: LOCAL_AWS_ACCOUNT_ID,
    AccountId: store.newId(),
    AccountType: 'Team',
    CreatedTimestamp: store.now(),
    DefaultLicense: 'Pro',
    SupportedLicenses: ['Basic', 'Pro'],
    AccountStatus: 'Active',
    SigninDelegateGroups: [],
    ...fields,
  };
  store.admin.accounts.set(account.AccountId, account);
  return account;
}

/**
 * Adds a user to `account`, licensed with the account's default license, with a fresh id
 * and personal meeting PIN, unless told otherwise.
 */
export function addUser(store: Store, account: Account, fields: Partial<Omit<User, 'AccountId'>>) {
  const user: User = {
    UserId: store.newId(),
    AccountId: account.AccountId,
    LicenseType: account.DefaultLicense,
    UserType: 'PrivateUser',
    PersonalPIN: newPersonalPin(),
    ...fields,
  };
  store.admin.users.set(user.UserId, user);
  return user;
}

/** A fresh 10-digit personal meeting PIN, never the one it replaces. */
export function newPersonalPin(previous?: string): string {
  for (;;) {
    const pin = String(randomInt(0, 10_000_000_000)).padStart(10, '0');
    if (pin !== previous) return pin;
  }
}

/** A user as GetUser answers it: a copy, so later changes to the record don't leak into answers. */
export function userView(user: User): User {
  return {
    ...user,
    ...(user.AlexaForBusinessMetadata
      ? { AlexaForBusinessMetadata: { ...user.AlexaForBusinessMetadata } }
      : {}),
  };
}

/** A user as ListUsers answers it: like GetUser, but without the personal meeting PIN. */
export function listedUserView(user: User): User {
  const { PersonalPIN: _pin, ...listed } = userView(user);
  return listed;
}

/**
 * Adds a message to a room or a conversation (`messages`), with a fresh id unless told otherwise.
 * No operation posts chat messages, so the seed and tests put them in; only redacting them is served.
 */
export function addChatMessage(
  store: Store,
  messages: Map<string, ChatMessage>,
  content: string,
  messageId = store.newId(),
): ChatMessage {
  const message: ChatMessage = { MessageId: messageId, Content: content, Redacted: false };
  messages.set(messageId, message);
  return message;
}

/** The messages of room `roomId`, kept from now on. */
export function roomMessagesOf(store: Store, roomId: string): Map<string, ChatMessage> {
  let messages = store.admin.roomMessages.get(roomId);
  if (!messages) {
    messages = new Map();
    store.admin.roomMessages.set(roomId, messages);
  }
  return messages;
}

/** Adds a conversation to `account`, with a fresh id unless told otherwise. */
export function addConversation(
  store: Store,
  account: Account,
  conversationId = store.newId(),
): Conversation {
  const conversation: Conversation = {
    ConversationId: conversationId,
    AccountId: account.AccountId,
    messages: new Map(),
  };
  store.admin.conversations.set(conversationId, conversation);
  return conversation;
}
