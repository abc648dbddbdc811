import { ListAccounts } from '../../chime/operations/accounts.ts';
import { ListAppInstances, ListAppInstanceUsers } from '../../chime/operations/app-instances.ts';
import { ListChannelMemberships, ListChannelModerators } from '../../chime/operations/channel-memberships.ts';
import { ListChannelMessages } from '../../chime/operations/channel-messages.ts';
import { ListChannels } from '../../chime/operations/channels.ts';
import { ListPhoneNumberOrders } from '../../chime/operations/phone-number-orders.ts';
import { ListPhoneNumbers, SearchAvailablePhoneNumbers } from '../../chime/operations/phone-numbers.ts';
import { ListProxySessions } from '../../chime/operations/proxy-sessions.ts';
import { ListUsers } from '../../chime/operations/users.ts';
import { ListVoiceConnectorGroups } from '../../chime/operations/voice-connector-groups.ts';
import { ListVoiceConnectors } from '../../chime/operations/voice-connectors.ts';
import { ALL_ACCOUNTS } from '../../identity.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../loaders/shared/connection.ts';

/** What a cost rule sees of a field: its arguments and those of the field that produced its parent. */
export interface CostInput {
  // biome-ignore lint/suspicious/noExplicitAny: arguments as GraphQL coerced them
  args: Record<string, any>;
  /** The nearest enclosing field with a rule (`Type.field`) and its arguments. */
  // biome-ignore lint/suspicious/noExplicitAny: arguments as GraphQL coerced them
  parent: { field: string; args: Record<string, any> };
  /** The root field (`Query.x`, `Mutation.y`) the field is under, and its arguments. */
  // biome-ignore lint/suspicious/noExplicitAny: arguments as GraphQL coerced them
  root: { field: string; args: Record<string, any> };
  /** The account ids the caller may see, or `["*"]`. */
  accounts: readonly string[];
}

/**
 * How one field spends upstream requests, for the estimate made before execution. A field
 * without a rule costs nothing and its selections count once per parent.
 */
export interface CostRule {
  /** Upstream requests one resolution of the field makes. */
  calls?: number | ((input: CostInput) => number);
  /**
   * The field reads through a list-or-get loader whose list pages hold this many items: keys
   * that arrive together and share a group (the users of one account asking for their numbers)
   * cost the pages that hold them and one call for any the pages missed, not a Get each.
   */
  batchPageSize?: number;
  /** Fields of one object naming the same `shares` make their one call between them. */
  shares?: string;
  /** The most items the field answers: its selections are counted once per item. */
  items?: number | ((input: CostInput) => number);
}

/** `first` as the connection will serve it (default 20, at most 100). */
const pageSize = ({ args }: CostInput) =>
  Math.min(MAX_PAGE_SIZE, Math.max(1, Number.isInteger(args.first) ? args.first : DEFAULT_PAGE_SIZE));

/**
 * A connection over a List operation: `first` items in pages of at most the operation's
 * MaxResults, one more page when resuming inside a page after a cursor.
 */
function connection(operation: { maxResults?: number | undefined }): CostRule {
  return { calls: (input) => pagesOf(operation, input), items: pageSize };
}

/** The List pages a connection over `operation` reads for `input` (see `connection`). */
function pagesOf(operation: { maxResults?: number | undefined }, input: CostInput): number {
  return Math.ceil(pageSize(input) / (operation.maxResults ?? MAX_PAGE_SIZE)) + (input.args.after ? 1 : 0);
}

/**
 * The accounts list: ListAccounts pages for a caller with every account; for one scoped to
 * some, a GetAccount per account served, or, with a filter (which may skip accounts), one per
 * account in scope and a ListUsers each for `userEmail`.
 */
const accountList: CostRule = {
  calls: (input) => {
    if (reachesAll(input)) return pagesOf(ListAccounts, input);
    const { name, userEmail } = input.args;
    if (name == null && userEmail == null) return Math.min(pageSize(input), input.accounts.length);
    return input.accounts.length * (userEmail == null ? 1 : 2);
  },
  items: pageSize,
};

/** One Get (or Describe) per resolution; repeated keys are cached, but counted again here. */
const get: CostRule = { calls: 1 };
/** Answered without an upstream call (from the parent or the mutation's answer). */
const free: CostRule = {};
/** A read through a list-or-get loader over `operation`'s pages (see `batchPageSize`). */
const batched = (operation: { maxResults?: number | undefined }): CostRule => ({
  batchPageSize: operation.maxResults ?? 1,
});
/** A field that DescribeX answers, shared with its sibling fields; free under `free`. */
const described = (shares: string, freeUnder: string): CostRule => ({
  shares,
  calls: ({ parent }) => (parent.field === freeUnder ? 0 : 1),
});
/** The length of a list in a mutation's input. */
const inputLength =
  (name: string) =>
  ({ parent }: CostInput): number => {
    const list = parent.args.input?.[name];
    return Array.isArray(list) ? list.length : 0;
  };
/** A payload's list of items read back one Get each. */
const eachOf = (name: string): CostRule => ({ calls: inputLength(name), items: inputLength(name) });

// A voice connector or group's configuration, read by its id.
const configurations = {
  termination: get,
  terminationHealth: get,
  origination: get,
  loggingConfiguration: get,
  streamingConfiguration: get,
  emergencyCallingConfiguration: get,
};

/**
 * The requests each mutation sends itself (a batch mutation one for all its items); what its
 * payload reads back is counted by the payload's fields.
 */
const MUTATION_CALLS: Record<string, number> = {
  associatePhoneNumberWithUser: 1,
  associatePhoneNumbersWithVoiceConnector: 1,
  associatePhoneNumbersWithVoiceConnectorGroup: 1,
  batchSuspendUsers: 1,
  batchUnsuspendUsers: 1,
  batchUpdatePhoneNumber: 1,
  batchUpdateUser: 1,
  createAccount: 1,
  createChannel: 1,
  createChannelMembership: 1,
  createChannelModerator: 1,
  createProxySession: 1,
  createUser: 1,
  createVoiceConnector: 1,
  createVoiceConnectorGroup: 1,
  deleteAccount: 1,
  deleteChannel: 1,
  deleteChannelMembership: 1,
  deleteChannelMessage: 1,
  deleteChannelModerator: 1,
  deletePhoneNumber: 1,
  deleteProxySession: 1,
  deleteVoiceConnector: 1,
  deleteVoiceConnectorEmergencyCallingConfiguration: 1,
  deleteVoiceConnectorGroup: 1,
  deleteVoiceConnectorOrigination: 1,
  deleteVoiceConnectorStreamingConfiguration: 1,
  deleteVoiceConnectorTermination: 1,
  // Also reads the user to learn its number first.
  disassociatePhoneNumberFromUser: 2,
  disassociatePhoneNumbersFromVoiceConnector: 1,
  disassociatePhoneNumbersFromVoiceConnectorGroup: 1,
  inviteUsers: 1,
  logoutUser: 1,
  orderPhoneNumbers: 1,
  putChannelExpirationSettings: 1,
  putVoiceConnectorEmergencyCallingConfiguration: 1,
  putVoiceConnectorLoggingConfiguration: 1,
  putVoiceConnectorOrigination: 1,
  putVoiceConnectorStreamingConfiguration: 1,
  putVoiceConnectorTermination: 1,
  redactChannelMessage: 1,
  resetPersonalPin: 1,
  restorePhoneNumber: 1,
  sendChannelMessage: 1,
  updateAccount: 1,
  updateAccountSettings: 1,
  updateChannel: 1,
  updateChannelMessage: 1,
  // Also reads the settings back.
  updateGlobalSettings: 2,
  updatePhoneNumber: 1,
  updateProxySession: 1,
  updateUser: 1,
  updateUserSettings: 1,
  // Also reads the connector first for what the input leaves out.
  updateVoiceConnector: 2,
  // Also reads the group first for what the input leaves out.
  updateVoiceConnectorGroup: 2,
};

const reachesAll = (input: CostInput) => input.accounts.includes(ALL_ACCOUNTS);

/**
 * The numbers a mutation reads first for a caller scoped to some accounts: only the upstream's
 * answer says which account holds a number, so one out of scope is refused after that read.
 */
const SCOPED_NUMBER_READS: Record<string, (input: CostInput) => number> = {
  updatePhoneNumber: () => 1,
  deletePhoneNumber: () => 1,
  restorePhoneNumber: () => 1,
  batchUpdatePhoneNumber: ({ args }) => (Array.isArray(args.input?.items) ? args.input.items.length : 0),
};

// What a payload reads back after its mutation: the object changed (often primed by the
// mutation's answer, counted anyway) and ids and errors straight from the answer.
const voiceConnectorPayload = { voiceConnector: get };
const channelPayload = { channel: get, userErrors: free };
const numbersPayload = (owner: string) => ({ [owner]: get, phoneNumbers: eachOf('e164PhoneNumbers') });
const usersPayload = (name: string): Record<string, CostRule> => ({
  users: { ...batched(ListUsers), items: inputLength(name) },
});

/**
 * The upstream cost of every field that resolves by calling Chime, by type and field; the
 * estimate before execution (src/http/cost.ts) adds them up over a document. A field that
 * only exposes what its parent already holds needs no rule; `test/unit/cost-rules.test.ts`
 * fails for any other field without one.
 */
export const COST_RULES: Record<string, Record<string, CostRule>> = {
  Query: {
    accounts: accountList,
    account: get,
    appInstances: connection(ListAppInstances),
    appInstance: get,
    availablePhoneNumbers: connection(SearchAvailablePhoneNumbers),
    channels: connection(ListChannels),
    channel: get,
    globalSettings: get,
    node: get,
    nodes: { calls: ({ args }) => args.ids.length, items: ({ args }) => args.ids.length },
    phoneNumbers: connection(ListPhoneNumbers),
    phoneNumber: get,
    phoneNumberOrders: connection(ListPhoneNumberOrders),
    phoneNumberOrder: get,
    voiceConnectors: connection(ListVoiceConnectors),
    voiceConnector: get,
    voiceConnectorGroups: connection(ListVoiceConnectorGroups),
    voiceConnectorGroup: get,
  },
  Mutation: Object.fromEntries(
    Object.entries(MUTATION_CALLS).map(([name, calls]) => {
      const reads = SCOPED_NUMBER_READS[name];
      if (!reads) return [name, { calls }];
      return [name, { calls: (input: CostInput) => calls + (reachesAll(input) ? 0 : reads(input)) }];
    }),
  ),
  Account: {
    settings: get,
    users: connection(ListUsers),
    user: get,
    phoneNumbers: connection(ListPhoneNumbers),
  },
  User: {
    account: get,
    settings: get,
    phoneNumbers: connection(ListPhoneNumbers),
    primaryPhoneNumber: batched(ListPhoneNumbers),
  },
  PhoneNumber: {
    account: get,
    user: batched(ListUsers),
    voiceConnector: batched(ListVoiceConnectors),
    voiceConnectorGroup: batched(ListVoiceConnectorGroups),
  },
  PhoneNumberOrder: {
    // The numbers just ordered; an order read later is counted as at most a full page of them.
    orderedPhoneNumbers: {
      items: ({ root }) =>
        root.field === 'Mutation.orderPhoneNumbers'
          ? (root.args.input?.e164PhoneNumbers?.length ?? 0)
          : MAX_PAGE_SIZE,
    },
  },
  OrderedPhoneNumber: { phoneNumber: get },
  VoiceConnector: {
    phoneNumbers: connection(ListPhoneNumbers),
    proxySessions: connection(ListProxySessions),
    ...configurations,
  },
  VoiceConnectorGroup: {
    phoneNumbers: connection(ListPhoneNumbers),
    // A group routes to at most three voice connectors.
    voiceConnectorItems: { items: 3 },
  },
  VoiceConnectorItem: { voiceConnector: batched(ListVoiceConnectors) },
  ProxySession: { voiceConnector: batched(ListVoiceConnectors) },
  AppInstance: {
    createdTimestamp: described('DescribeAppInstance', 'Query.appInstance'),
    lastUpdatedTimestamp: described('DescribeAppInstance', 'Query.appInstance'),
    users: connection(ListAppInstanceUsers),
    channels: connection(ListChannels),
  },
  AppInstanceUser: {
    createdTimestamp: described('DescribeAppInstanceUser', ''),
    lastUpdatedTimestamp: described('DescribeAppInstanceUser', ''),
  },
  Identity: { appInstanceUser: get },
  Channel: {
    appInstance: get,
    createdBy: described('DescribeChannel', 'Query.channel'),
    createdTimestamp: described('DescribeChannel', 'Query.channel'),
    lastUpdatedTimestamp: described('DescribeChannel', 'Query.channel'),
    expirationSettings: described('DescribeChannel', 'Query.channel'),
    memberships: connection(ListChannelMemberships),
    membership: get,
    messages: connection(ListChannelMessages),
    message: get,
    moderators: connection(ListChannelModerators),
    moderator: get,
  },
  ChannelMembership: {
    // A list without a type filter (or with DEFAULT) tells the type; HIDDEN ones need the Describe.
    type: {
      shares: 'DescribeChannelMembership',
      calls: ({ parent }) =>
        parent.field === 'Channel.memberships' && parent.args.type !== 'HIDDEN' ? 0 : 1,
    },
    invitedBy: described('DescribeChannelMembership', 'Channel.membership'),
    createdTimestamp: described('DescribeChannelMembership', 'Channel.membership'),
    lastUpdatedTimestamp: described('DescribeChannelMembership', 'Channel.membership'),
  },
  ChannelModerator: {
    createdBy: described('DescribeChannelModerator', 'Channel.moderator'),
    createdTimestamp: described('DescribeChannelModerator', 'Channel.moderator'),
  },

  AssociatePhoneNumberWithUserPayload: { phoneNumber: get, user: get, userErrors: free },
  DisassociatePhoneNumberFromUserPayload: { phoneNumber: get, user: get, userErrors: free },
  AssociatePhoneNumbersWithVoiceConnectorPayload: numbersPayload('voiceConnector'),
  DisassociatePhoneNumbersFromVoiceConnectorPayload: numbersPayload('voiceConnector'),
  AssociatePhoneNumbersWithVoiceConnectorGroupPayload: numbersPayload('voiceConnectorGroup'),
  DisassociatePhoneNumbersFromVoiceConnectorGroupPayload: numbersPayload('voiceConnectorGroup'),
  BatchUpdatePhoneNumberPayload: { phoneNumbers: eachOf('items') },
  BatchUpdateUserPayload: usersPayload('items'),
  BatchSuspendUsersPayload: usersPayload('userIds'),
  BatchUnsuspendUsersPayload: usersPayload('userIds'),
  CreateAccountPayload: { account: get },
  UpdateAccountPayload: { account: get },
  UpdateAccountSettingsPayload: { account: get, settings: get },
  DeleteAccountPayload: { deletedId: free },
  CreateUserPayload: { user: get },
  UpdateUserPayload: { user: get },
  UpdateUserSettingsPayload: { user: get, settings: get },
  ResetPersonalPinPayload: { user: get },
  LogoutUserPayload: { user: get },
  InviteUsersPayload: { account: get },
  UpdatePhoneNumberPayload: { phoneNumber: get, userErrors: free },
  DeletePhoneNumberPayload: { phoneNumber: get, userErrors: free },
  RestorePhoneNumberPayload: { phoneNumber: get, userErrors: free },
  OrderPhoneNumbersPayload: { phoneNumberOrder: get },
  CreateVoiceConnectorPayload: voiceConnectorPayload,
  UpdateVoiceConnectorPayload: voiceConnectorPayload,
  DeleteVoiceConnectorPayload: { deletedId: free },
  CreateVoiceConnectorGroupPayload: { voiceConnectorGroup: get },
  UpdateVoiceConnectorGroupPayload: { voiceConnectorGroup: get },
  DeleteVoiceConnectorGroupPayload: { deletedId: free },
  PutVoiceConnectorTerminationPayload: { ...voiceConnectorPayload, termination: get },
  PutVoiceConnectorOriginationPayload: { ...voiceConnectorPayload, origination: get },
  PutVoiceConnectorLoggingConfigurationPayload: { ...voiceConnectorPayload, loggingConfiguration: get },
  PutVoiceConnectorStreamingConfigurationPayload: { ...voiceConnectorPayload, streamingConfiguration: get },
  PutVoiceConnectorEmergencyCallingConfigurationPayload: {
    ...voiceConnectorPayload,
    emergencyCallingConfiguration: get,
  },
  DeleteVoiceConnectorTerminationPayload: voiceConnectorPayload,
  DeleteVoiceConnectorOriginationPayload: voiceConnectorPayload,
  DeleteVoiceConnectorStreamingConfigurationPayload: voiceConnectorPayload,
  DeleteVoiceConnectorEmergencyCallingConfigurationPayload: voiceConnectorPayload,
  CreateProxySessionPayload: { proxySession: get },
  UpdateProxySessionPayload: { proxySession: get },
  DeleteProxySessionPayload: { ...voiceConnectorPayload, deletedId: free, deletedProxySessionId: free },
  CreateChannelPayload: channelPayload,
  UpdateChannelPayload: channelPayload,
  PutChannelExpirationSettingsPayload: channelPayload,
  CreateChannelMembershipPayload: { ...channelPayload, memberArn: free, membership: get },
  DeleteChannelMembershipPayload: { ...channelPayload, memberArn: free },
  CreateChannelModeratorPayload: { ...channelPayload, channelModeratorArn: free, moderator: get },
  DeleteChannelModeratorPayload: { ...channelPayload, channelModeratorArn: free },
  SendChannelMessagePayload: { ...channelPayload, messageId: free, message: get },
  UpdateChannelMessagePayload: { ...channelPayload, messageId: free, message: get },
  RedactChannelMessagePayload: { ...channelPayload, messageId: free, message: get },
  DeleteChannelMessagePayload: { ...channelPayload, messageId: free },
};
