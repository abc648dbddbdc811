import * as ops from '../../chime/operations/index.ts';
import { ALL_ACCOUNTS } from '../../identity.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../loaders/shared/connection.ts';
import { decodeGlobalId } from './ids.ts';

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

/** An upstream operation as the rules need it: its name, and its page size for a List. */
type Named = { name: string; maxResults?: number | undefined };

/**
 * Requests one resolution of a field sends to one operation: `count` of them together, `step`
 * waves after the field's first (0: at once; a later step waits for the one before it).
 */
export interface Calls {
  operation: string;
  count: number;
  step: number;
}

/**
 * How one field spends upstream requests, for the estimate made before execution and the plan
 * of a dry run. A field without a rule costs nothing and its selections count once per parent.
 */
export interface CostRule {
  /** The upstream requests one resolution of the field makes, by operation and step. */
  calls?: readonly Calls[] | ((input: CostInput) => readonly Calls[]);
  /**
   * The field reads through a list-or-get loader whose `list` pages hold `pageSize` items: keys
   * that arrive together and share a group (the users of one account asking for their numbers)
   * cost the pages that hold them and one `get` for any the pages missed, not a `get` each.
   */
  batch?: { list: string; get: string; pageSize: number };
  /** Fields of one object naming the same `shares` make their one call between them. */
  shares?: string;
  /** The most items the field answers: its selections are counted once per item. */
  items?: number | ((input: CostInput) => number);
}

/** `count` requests of `operation` at `step` (see {@link Calls}). */
const call = (operation: Named, count = 1, step = 0): Calls => ({ operation: operation.name, count, step });

/** `count` pages of a List `operation`, each one waiting for the token of the one before. */
const pages = (operation: Named, count: number): Calls[] =>
  Array.from({ length: count }, (_, step) => call(operation, 1, step));

/** `first` as the connection will serve it (default 20, at most 100). */
const pageSize = ({ args }: CostInput) =>
  Math.min(MAX_PAGE_SIZE, Math.max(1, Number.isInteger(args.first) ? args.first : DEFAULT_PAGE_SIZE));

/**
 * A connection over a List operation: `first` items in pages of at most the operation's
 * MaxResults, one more page when resuming inside a page after a cursor.
 */
function connection(operation: Named): CostRule {
  return { calls: (input) => pages(operation, pagesOf(operation, input)), items: pageSize };
}

/** The List pages a connection over `operation` reads for `input` (see `connection`). */
function pagesOf(operation: Named, input: CostInput): number {
  return Math.ceil(pageSize(input) / (operation.maxResults ?? MAX_PAGE_SIZE)) + (input.args.after ? 1 : 0);
}

/**
 * A connection over a List that may answer ids alone, each item then read with one `getOne` after
 * its page: the Chime SDK namespace lists media capture pipelines by id and ARN only (chime-local
 * lists them whole, where the estimate errs high).
 */
function summaryConnection(list: Named, getOne: Named): CostRule {
  return {
    calls: (input) => [...pages(list, pagesOf(list, input)), call(getOne, pageSize(input), 1)],
    items: pageSize,
  };
}

/**
 * The accounts list: ListAccounts pages for a caller with every account; for one scoped to
 * some, a GetAccount per account served, or, with a filter (which may skip accounts), one per
 * account in scope and then a ListUsers each for `userEmail`.
 */
const accountList: CostRule = {
  calls: (input) => {
    if (reachesAll(input)) return pages(ops.ListAccounts, pagesOf(ops.ListAccounts, input));
    const { name, userEmail } = input.args;
    if (name == null && userEmail == null)
      return [call(ops.GetAccount, Math.min(pageSize(input), input.accounts.length))];
    const inScope = input.accounts.length;
    return [call(ops.GetAccount, inScope), ...(userEmail == null ? [] : [call(ops.ListUsers, inScope, 1)])];
  },
  items: pageSize,
};

/** One Get (or Describe) of `operation` per resolution; repeated keys are cached, but counted again here. */
const get = (operation: Named): CostRule => ({ calls: [call(operation)] });
/** Answered without an upstream call (from the parent or the mutation's answer). */
const free: CostRule = {};
/** A read through a list-or-get loader over `list`'s pages, `get` for the rest (see `batch`). */
const batched = (list: Named, getOne: Named): CostRule => ({
  batch: { list: list.name, get: getOne.name, pageSize: list.maxResults ?? 1 },
});
/** A field that `operation` (a DescribeX) answers, shared with its sibling fields; free under `freeUnder`. */
const described = (operation: Named, freeUnder: string): CostRule => ({
  shares: operation.name,
  calls: ({ parent }) => (parent.field === freeUnder ? [] : [call(operation)]),
});
/** The length of a list in a mutation's input. */
const inputLength =
  (name: string) =>
  ({ parent }: CostInput): number => {
    const list = parent.args.input?.[name];
    return Array.isArray(list) ? list.length : 0;
  };
/** A payload's list of items read back one `operation` each. */
const eachOf = (name: string, operation: Named): CostRule => ({
  calls: (input) => [call(operation, inputLength(name)(input))],
  items: inputLength(name),
});

/** What `node(id:)` reads for an id of each Node type. */
const NODE_READS: Record<string, Named> = {
  Account: ops.GetAccount,
  AppInstance: ops.DescribeAppInstance,
  AppInstanceUser: ops.DescribeAppInstanceUser,
  Bot: ops.GetBot,
  Channel: ops.DescribeChannel,
  MediaCapturePipeline: ops.GetMediaCapturePipeline,
  PhoneNumber: ops.GetPhoneNumber,
  PhoneNumberOrder: ops.GetPhoneNumberOrder,
  ProxySession: ops.GetProxySession,
  Room: ops.GetRoom,
  SipMediaApplication: ops.GetSipMediaApplication,
  SipRule: ops.GetSipRule,
  User: ops.GetUser,
  VoiceConnector: ops.GetVoiceConnector,
  Meeting: ops.GetMeeting,
  Attendee: ops.GetAttendee,
  VoiceConnectorGroup: ops.GetVoiceConnectorGroup,
};
/**
 * The read of one global id; an id of no Node type is answered null without a call, but counted
 * as one all the same (the estimate errs high), under this name.
 */
const UNKNOWN_NODE_READ = '(not a node id)';
const nodeRead = (id: unknown): Named =>
  (typeof id === 'string' && NODE_READS[decodeGlobalId(id).typename]) || { name: UNKNOWN_NODE_READ };

// A voice connector or group's configuration, read by its id.
const configurations = {
  termination: get(ops.GetVoiceConnectorTermination),
  terminationHealth: get(ops.GetVoiceConnectorTerminationHealth),
  origination: get(ops.GetVoiceConnectorOrigination),
  loggingConfiguration: get(ops.GetVoiceConnectorLoggingConfiguration),
  streamingConfiguration: get(ops.GetVoiceConnectorStreamingConfiguration),
  emergencyCallingConfiguration: get(ops.GetVoiceConnectorEmergencyCallingConfiguration),
  proxy: get(ops.GetVoiceConnectorProxy),
  terminationCredentials: get(ops.ListVoiceConnectorTerminationCredentials),
};

/**
 * The requests each mutation sends itself, in order (a batch mutation one for all its items);
 * what its payload reads back is counted by the payload's fields.
 */
const MUTATION_CALLS: Record<string, readonly Named[]> = {
  associatePhoneNumberWithUser: [ops.AssociatePhoneNumberWithUser],
  createMediaCapturePipeline: [ops.CreateMediaCapturePipeline],
  validateE911Address: [ops.ValidateE911Address],
  deleteMediaCapturePipeline: [ops.DeleteMediaCapturePipeline],
  associateSigninDelegateGroupsWithAccount: [ops.AssociateSigninDelegateGroupsWithAccount],
  associatePhoneNumbersWithVoiceConnector: [ops.AssociatePhoneNumbersWithVoiceConnector],
  associatePhoneNumbersWithVoiceConnectorGroup: [ops.AssociatePhoneNumbersWithVoiceConnectorGroup],
  batchDeletePhoneNumber: [ops.BatchDeletePhoneNumber],
  batchSuspendUsers: [ops.BatchSuspendUser],
  batchUnsuspendUsers: [ops.BatchUnsuspendUser],
  batchUpdatePhoneNumber: [ops.BatchUpdatePhoneNumber],
  batchUpdateUser: [ops.BatchUpdateUser],
  batchCreateChannelMembership: [ops.BatchCreateChannelMembership],
  createChannelBan: [ops.CreateChannelBan],
  deleteChannelBan: [ops.DeleteChannelBan],
  updateChannelReadMarker: [ops.UpdateChannelReadMarker],
  createAccount: [ops.CreateAccount],
  createAppInstance: [ops.CreateAppInstance],
  createAppInstanceAdmin: [ops.CreateAppInstanceAdmin],
  createAppInstanceUser: [ops.CreateAppInstanceUser],
  createBot: [ops.CreateBot],
  createChannel: [ops.CreateChannel],
  createChannelMembership: [ops.CreateChannelMembership],
  createChannelModerator: [ops.CreateChannelModerator],
  createProxySession: [ops.CreateProxySession],
  createMeeting: [ops.CreateMeeting],
  createMeetingWithAttendees: [ops.CreateMeetingWithAttendees],
  deleteMeeting: [ops.DeleteMeeting],
  createAttendee: [ops.CreateAttendee],
  batchCreateAttendee: [ops.BatchCreateAttendee],
  deleteAttendee: [ops.DeleteAttendee],
  createUser: [ops.CreateUser],
  createVoiceConnector: [ops.CreateVoiceConnector],
  createVoiceConnectorGroup: [ops.CreateVoiceConnectorGroup],
  createSipMediaApplication: [ops.CreateSipMediaApplication],
  createSipMediaApplicationCall: [ops.CreateSipMediaApplicationCall],
  createSipRule: [ops.CreateSipRule],
  deleteAccount: [ops.DeleteAccount],
  deleteAppInstance: [ops.DeleteAppInstance],
  deleteAppInstanceAdmin: [ops.DeleteAppInstanceAdmin],
  deleteAppInstanceUser: [ops.DeleteAppInstanceUser],
  deleteAppInstanceStreamingConfigurations: [ops.DeleteAppInstanceStreamingConfigurations],
  deleteEventsConfiguration: [ops.DeleteEventsConfiguration],
  deleteChannel: [ops.DeleteChannel],
  deleteChannelMembership: [ops.DeleteChannelMembership],
  deleteChannelMessage: [ops.DeleteChannelMessage],
  deleteChannelModerator: [ops.DeleteChannelModerator],
  deletePhoneNumber: [ops.DeletePhoneNumber],
  deleteProxySession: [ops.DeleteProxySession],
  deleteVoiceConnector: [ops.DeleteVoiceConnector],
  deleteVoiceConnectorEmergencyCallingConfiguration: [ops.DeleteVoiceConnectorEmergencyCallingConfiguration],
  deleteVoiceConnectorGroup: [ops.DeleteVoiceConnectorGroup],
  deleteSipMediaApplication: [ops.DeleteSipMediaApplication],
  deleteSipRule: [ops.DeleteSipRule],
  deleteVoiceConnectorOrigination: [ops.DeleteVoiceConnectorOrigination],
  deleteVoiceConnectorProxy: [ops.DeleteVoiceConnectorProxy],
  deleteVoiceConnectorStreamingConfiguration: [ops.DeleteVoiceConnectorStreamingConfiguration],
  deleteVoiceConnectorTermination: [ops.DeleteVoiceConnectorTermination],
  deleteVoiceConnectorTerminationCredentials: [ops.DeleteVoiceConnectorTerminationCredentials],
  // Reads the user first to learn its number.
  disassociatePhoneNumberFromUser: [ops.GetUser, ops.DisassociatePhoneNumberFromUser],
  disassociateSigninDelegateGroupsFromAccount: [ops.DisassociateSigninDelegateGroupsFromAccount],
  disassociatePhoneNumbersFromVoiceConnector: [ops.DisassociatePhoneNumbersFromVoiceConnector],
  disassociatePhoneNumbersFromVoiceConnectorGroup: [ops.DisassociatePhoneNumbersFromVoiceConnectorGroup],
  inviteUsers: [ops.InviteUsers],
  logoutUser: [ops.LogoutUser],
  orderPhoneNumbers: [ops.CreatePhoneNumberOrder],
  putAppInstanceRetentionSettings: [ops.PutAppInstanceRetentionSettings],
  putAppInstanceStreamingConfigurations: [ops.PutAppInstanceStreamingConfigurations],
  putEventsConfiguration: [ops.PutEventsConfiguration],
  regenerateBotSecurityToken: [ops.RegenerateSecurityToken],
  putChannelExpirationSettings: [ops.PutChannelExpirationSettings],
  putRetentionSettings: [ops.PutRetentionSettings],
  putSipMediaApplicationLoggingConfiguration: [ops.PutSipMediaApplicationLoggingConfiguration],
  putVoiceConnectorEmergencyCallingConfiguration: [ops.PutVoiceConnectorEmergencyCallingConfiguration],
  putVoiceConnectorLoggingConfiguration: [ops.PutVoiceConnectorLoggingConfiguration],
  putVoiceConnectorOrigination: [ops.PutVoiceConnectorOrigination],
  putVoiceConnectorProxy: [ops.PutVoiceConnectorProxy],
  putVoiceConnectorStreamingConfiguration: [ops.PutVoiceConnectorStreamingConfiguration],
  putVoiceConnectorTermination: [ops.PutVoiceConnectorTermination],
  putVoiceConnectorTerminationCredentials: [ops.PutVoiceConnectorTerminationCredentials],
  redactChannelMessage: [ops.RedactChannelMessage],
  resetPersonalPin: [ops.ResetPersonalPIN],
  restorePhoneNumber: [ops.RestorePhoneNumber],
  sendChannelMessage: [ops.SendChannelMessage],
  updateAccount: [ops.UpdateAccount],
  updateAccountSettings: [ops.UpdateAccountSettings],
  updateAppInstance: [ops.UpdateAppInstance],
  updateAppInstanceUser: [ops.UpdateAppInstanceUser],
  updateBot: [ops.UpdateBot],
  updateChannel: [ops.UpdateChannel],
  updateChannelMessage: [ops.UpdateChannelMessage],
  // Reads the settings back: the upstream answers without them.
  updateGlobalSettings: [ops.UpdateGlobalSettings, ops.GetGlobalSettings],
  updatePhoneNumber: [ops.UpdatePhoneNumber],
  // Reads the settings back: the upstream answers without them.
  updatePhoneNumberSettings: [ops.UpdatePhoneNumberSettings, ops.GetPhoneNumberSettings],
  updateProxySession: [ops.UpdateProxySession],
  updateUser: [ops.UpdateUser],
  updateUserSettings: [ops.UpdateUserSettings],
  // Reads the connector first for what the input leaves out.
  updateVoiceConnector: [ops.GetVoiceConnector, ops.UpdateVoiceConnector],
  // Reads the group first for what the input leaves out.
  updateVoiceConnectorGroup: [ops.GetVoiceConnectorGroup, ops.UpdateVoiceConnectorGroup],
  createRoom: [ops.CreateRoom],
  updateRoom: [ops.UpdateRoom],
  deleteRoom: [ops.DeleteRoom],
  createRoomMembership: [ops.CreateRoomMembership],
  batchCreateRoomMembership: [ops.BatchCreateRoomMembership],
  updateRoomMembership: [ops.UpdateRoomMembership],
  deleteRoomMembership: [ops.DeleteRoomMembership],
  redactRoomMessage: [ops.RedactRoomMessage],
  redactConversationMessage: [ops.RedactConversationMessage],
  updateSipMediaApplication: [ops.UpdateSipMediaApplication],
  updateSipMediaApplicationCall: [ops.UpdateSipMediaApplicationCall],
  // Reads the rule first for the name, when the input leaves it out.
  updateSipRule: [ops.GetSipRule, ops.UpdateSipRule],
  tagMeeting: [ops.TagMeeting],
  untagMeeting: [ops.UntagMeeting],
  tagAttendee: [ops.TagAttendee],
  untagAttendee: [ops.UntagAttendee],
  tagResource: [ops.TagResource],
  untagResource: [ops.UntagResource],
  startMeetingTranscription: [ops.StartMeetingTranscription],
  stopMeetingTranscription: [ops.StopMeetingTranscription],
  createMeetingDialOut: [ops.CreateMeetingDialOut],
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
  batchDeletePhoneNumber: ({ args }) =>
    Array.isArray(args.input?.phoneNumberIds) ? args.input.phoneNumberIds.length : 0,
};

/** A mutation's rule: its own requests one after the other, after the number reads it needs first. */
function mutation(name: string, sent: readonly Named[]): CostRule {
  const reads = SCOPED_NUMBER_READS[name];
  return {
    calls: (input) => {
      const read = reads && !reachesAll(input) ? [call(ops.GetPhoneNumber, reads(input))] : [];
      return [...read, ...sent.map((operation, step) => call(operation, 1, read.length + step))];
    },
  };
}

// What a payload reads back after its mutation: the object changed (often primed by the
// mutation's answer, counted anyway) and ids and errors straight from the answer.
const voiceConnectorPayload = { voiceConnector: get(ops.GetVoiceConnector) };
const channelPayload = { channel: get(ops.DescribeChannel), userErrors: free };
const numbersPayload = (owner: 'voiceConnector' | 'voiceConnectorGroup') => ({
  [owner]: get(owner === 'voiceConnector' ? ops.GetVoiceConnector : ops.GetVoiceConnectorGroup),
  phoneNumbers: eachOf('e164PhoneNumbers', ops.GetPhoneNumber),
});
const roomPayload = { room: get(ops.GetRoom), userErrors: free };
const usersPayload = (name: string): Record<string, CostRule> => ({
  users: { ...batched(ops.ListUsers, ops.GetUser), items: inputLength(name) },
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
    account: get(ops.GetAccount),
    appInstances: connection(ops.ListAppInstances),
    appInstance: get(ops.DescribeAppInstance),
    availablePhoneNumbers: connection(ops.SearchAvailablePhoneNumbers),
    channels: connection(ops.ListChannels),
    channel: get(ops.DescribeChannel),
    messagingSessionEndpoint: get(ops.GetMessagingSessionEndpoint),
    globalSettings: get(ops.GetGlobalSettings),
    mediaCapturePipelines: summaryConnection(ops.ListMediaCapturePipelines, ops.GetMediaCapturePipeline),
    mediaCapturePipeline: get(ops.GetMediaCapturePipeline),
    node: { calls: ({ args }) => [call(nodeRead(args.id))] },
    nodes: {
      calls: ({ args }) => args.ids.map((id: unknown) => call(nodeRead(id))),
      items: ({ args }) => args.ids.length,
    },
    phoneNumbers: connection(ops.ListPhoneNumbers),
    phoneNumber: get(ops.GetPhoneNumber),
    phoneNumberSettings: get(ops.GetPhoneNumberSettings),
    supportedPhoneNumberCountries: get(ops.ListSupportedPhoneNumberCountries),
    phoneNumberOrders: connection(ops.ListPhoneNumberOrders),
    phoneNumberOrder: get(ops.GetPhoneNumberOrder),
    voiceConnectors: connection(ops.ListVoiceConnectors),
    voiceConnector: get(ops.GetVoiceConnector),
    voiceConnectorGroups: connection(ops.ListVoiceConnectorGroups),
    voiceConnectorGroup: get(ops.GetVoiceConnectorGroup),
    meetings: connection(ops.ListMeetings),
    meeting: get(ops.GetMeeting),
    sipMediaApplications: connection(ops.ListSipMediaApplications),
    sipMediaApplication: get(ops.GetSipMediaApplication),
    sipRules: connection(ops.ListSipRules),
    sipRule: get(ops.GetSipRule),
    tagsForResource: get(ops.ListTagsForResource),
  },
  Mutation: Object.fromEntries(
    Object.entries(MUTATION_CALLS).map(([name, sent]) => [name, mutation(name, sent)]),
  ),
  Account: {
    settings: get(ops.GetAccountSettings),
    retentionSettings: get(ops.GetRetentionSettings),
    users: connection(ops.ListUsers),
    user: get(ops.GetUser),
    phoneNumbers: connection(ops.ListPhoneNumbers),
    rooms: connection(ops.ListRooms),
    room: get(ops.GetRoom),
    bots: connection(ops.ListBots),
    bot: get(ops.GetBot),
  },
  Bot: {
    account: get(ops.GetAccount),
    eventsConfiguration: get(ops.GetEventsConfiguration),
  },
  User: {
    rooms: connection(ops.ListRooms),
    account: get(ops.GetAccount),
    settings: get(ops.GetUserSettings),
    phoneNumbers: connection(ops.ListPhoneNumbers),
    primaryPhoneNumber: batched(ops.ListPhoneNumbers, ops.GetPhoneNumber),
  },
  Room: {
    account: get(ops.GetAccount),
    memberships: connection(ops.ListRoomMemberships),
  },
  RoomMembership: { user: batched(ops.ListUsers, ops.GetUser) },
  PhoneNumber: {
    account: get(ops.GetAccount),
    user: batched(ops.ListUsers, ops.GetUser),
    voiceConnector: batched(ops.ListVoiceConnectors, ops.GetVoiceConnector),
    voiceConnectorGroup: batched(ops.ListVoiceConnectorGroups, ops.GetVoiceConnectorGroup),
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
  OrderedPhoneNumber: { phoneNumber: get(ops.GetPhoneNumber) },
  VoiceConnector: {
    phoneNumbers: connection(ops.ListPhoneNumbers),
    proxySessions: connection(ops.ListProxySessions),
    ...configurations,
  },
  VoiceConnectorGroup: {
    phoneNumbers: connection(ops.ListPhoneNumbers),
    // A group routes to at most three voice connectors.
    voiceConnectorItems: { items: 3 },
  },
  VoiceConnectorItem: { voiceConnector: batched(ops.ListVoiceConnectors, ops.GetVoiceConnector) },
  ProxySession: { voiceConnector: batched(ops.ListVoiceConnectors, ops.GetVoiceConnector) },
  Meeting: {
    attendees: connection(ops.ListAttendees),
    attendee: get(ops.GetAttendee),
    tags: get(ops.ListMeetingTags),
  },
  Attendee: { meeting: get(ops.GetMeeting), tags: get(ops.ListAttendeeTags) },
  MediaCapturePipeline: { meeting: get(ops.GetMeeting) },
  SipMediaApplication: {
    loggingConfiguration: get(ops.GetSipMediaApplicationLoggingConfiguration),
    sipRules: connection(ops.ListSipRules),
  },
  SipRule: {
    // A rule targets at most 25 applications.
    targetApplications: { items: 25 },
  },
  SipRuleTargetApplication: {
    sipMediaApplication: batched(ops.ListSipMediaApplications, ops.GetSipMediaApplication),
  },
  AppInstance: {
    createdTimestamp: described(ops.DescribeAppInstance, 'Query.appInstance'),
    lastUpdatedTimestamp: described(ops.DescribeAppInstance, 'Query.appInstance'),
    users: connection(ops.ListAppInstanceUsers),
    retentionSettings: get(ops.GetAppInstanceRetentionSettings),
    streamingConfigurations: get(ops.GetAppInstanceStreamingConfigurations),
    admins: connection(ops.ListAppInstanceAdmins),
    admin: get(ops.DescribeAppInstanceAdmin),
    channels: connection(ops.ListChannels),
  },
  AppInstanceAdmin: { createdTimestamp: described(ops.DescribeAppInstanceAdmin, 'AppInstance.admin') },
  AppInstanceUser: {
    createdTimestamp: described(ops.DescribeAppInstanceUser, ''),
    lastUpdatedTimestamp: described(ops.DescribeAppInstanceUser, ''),
    channelMemberships: connection(ops.ListChannelMembershipsForAppInstanceUser),
    channelMembership: get(ops.DescribeChannelMembershipForAppInstanceUser),
    moderatedChannels: connection(ops.ListChannelsModeratedByAppInstanceUser),
    moderatedChannel: get(ops.DescribeChannelModeratedByAppInstanceUser),
  },
  Identity: { appInstanceUser: get(ops.DescribeAppInstanceUser) },
  ChannelMembershipForAppInstanceUser: { appInstanceUser: get(ops.DescribeAppInstanceUser) },
  Channel: {
    appInstance: get(ops.DescribeAppInstance),
    createdBy: described(ops.DescribeChannel, 'Query.channel'),
    createdTimestamp: described(ops.DescribeChannel, 'Query.channel'),
    lastUpdatedTimestamp: described(ops.DescribeChannel, 'Query.channel'),
    expirationSettings: described(ops.DescribeChannel, 'Query.channel'),
    memberships: connection(ops.ListChannelMemberships),
    membership: get(ops.DescribeChannelMembership),
    messages: connection(ops.ListChannelMessages),
    message: get(ops.GetChannelMessage),
    moderators: connection(ops.ListChannelModerators),
    moderator: get(ops.DescribeChannelModerator),
    bans: connection(ops.ListChannelBans),
    ban: get(ops.DescribeChannelBan),
  },
  ChannelBan: {
    createdBy: described(ops.DescribeChannelBan, 'Channel.ban'),
    createdTimestamp: described(ops.DescribeChannelBan, 'Channel.ban'),
  },
  ChannelMembership: {
    // A list without a type filter (or with DEFAULT) tells the type; HIDDEN ones need the Describe.
    type: {
      shares: ops.DescribeChannelMembership.name,
      calls: ({ parent }) =>
        parent.field === 'Channel.memberships' && parent.args.type !== 'HIDDEN'
          ? []
          : [call(ops.DescribeChannelMembership)],
    },
    invitedBy: described(ops.DescribeChannelMembership, 'Channel.membership'),
    createdTimestamp: described(ops.DescribeChannelMembership, 'Channel.membership'),
    lastUpdatedTimestamp: described(ops.DescribeChannelMembership, 'Channel.membership'),
    readMarkerTimestamp: get(ops.DescribeChannelMembershipForAppInstanceUser),
  },
  ChannelModerator: {
    createdBy: described(ops.DescribeChannelModerator, 'Channel.moderator'),
    createdTimestamp: described(ops.DescribeChannelModerator, 'Channel.moderator'),
  },

  AssociatePhoneNumberWithUserPayload: {
    phoneNumber: get(ops.GetPhoneNumber),
    user: get(ops.GetUser),
    userErrors: free,
  },
  DisassociatePhoneNumberFromUserPayload: {
    phoneNumber: get(ops.GetPhoneNumber),
    user: get(ops.GetUser),
    userErrors: free,
  },
  AssociatePhoneNumbersWithVoiceConnectorPayload: numbersPayload('voiceConnector'),
  DisassociatePhoneNumbersFromVoiceConnectorPayload: numbersPayload('voiceConnector'),
  AssociatePhoneNumbersWithVoiceConnectorGroupPayload: numbersPayload('voiceConnectorGroup'),
  DisassociatePhoneNumbersFromVoiceConnectorGroupPayload: numbersPayload('voiceConnectorGroup'),
  BatchUpdatePhoneNumberPayload: { phoneNumbers: eachOf('items', ops.GetPhoneNumber) },
  BatchDeletePhoneNumberPayload: { phoneNumbers: eachOf('phoneNumberIds', ops.GetPhoneNumber) },
  BatchUpdateUserPayload: usersPayload('items'),
  BatchSuspendUsersPayload: usersPayload('userIds'),
  BatchUnsuspendUsersPayload: usersPayload('userIds'),
  CreateAccountPayload: { account: get(ops.GetAccount) },
  UpdateAccountPayload: { account: get(ops.GetAccount) },
  AssociateSigninDelegateGroupsWithAccountPayload: { account: get(ops.GetAccount) },
  DisassociateSigninDelegateGroupsFromAccountPayload: { account: get(ops.GetAccount) },
  UpdateAccountSettingsPayload: { account: get(ops.GetAccount), settings: get(ops.GetAccountSettings) },
  DeleteAccountPayload: { deletedId: free },
  PutRetentionSettingsPayload: {
    account: get(ops.GetAccount),
    retentionSettings: get(ops.GetRetentionSettings),
  },
  CreateRoomPayload: roomPayload,
  UpdateRoomPayload: roomPayload,
  DeleteRoomPayload: { deletedId: free, deletedRoomId: free },
  CreateRoomMembershipPayload: { ...roomPayload, membership: free },
  UpdateRoomMembershipPayload: { ...roomPayload, membership: free },
  DeleteRoomMembershipPayload: roomPayload,
  BatchCreateRoomMembershipPayload: roomPayload,
  RedactRoomMessagePayload: roomPayload,
  RedactConversationMessagePayload: { account: get(ops.GetAccount) },
  CreateUserPayload: { user: get(ops.GetUser) },
  UpdateUserPayload: { user: get(ops.GetUser) },
  UpdateUserSettingsPayload: { user: get(ops.GetUser), settings: get(ops.GetUserSettings) },
  ResetPersonalPinPayload: { user: get(ops.GetUser) },
  LogoutUserPayload: { user: get(ops.GetUser) },
  CreateBotPayload: { bot: get(ops.GetBot), userErrors: free },
  UpdateBotPayload: { bot: get(ops.GetBot), userErrors: free },
  RegenerateBotSecurityTokenPayload: { bot: get(ops.GetBot), userErrors: free },
  PutEventsConfigurationPayload: { bot: get(ops.GetBot), userErrors: free },
  DeleteEventsConfigurationPayload: { bot: get(ops.GetBot), userErrors: free },
  InviteUsersPayload: { account: get(ops.GetAccount) },
  UpdatePhoneNumberPayload: { phoneNumber: get(ops.GetPhoneNumber), userErrors: free },
  DeletePhoneNumberPayload: { phoneNumber: get(ops.GetPhoneNumber), userErrors: free },
  RestorePhoneNumberPayload: { phoneNumber: get(ops.GetPhoneNumber), userErrors: free },
  CreateMediaCapturePipelinePayload: { mediaCapturePipeline: get(ops.GetMediaCapturePipeline) },
  DeleteMediaCapturePipelinePayload: { deletedId: free },
  OrderPhoneNumbersPayload: { phoneNumberOrder: get(ops.GetPhoneNumberOrder) },
  CreateVoiceConnectorPayload: voiceConnectorPayload,
  UpdateVoiceConnectorPayload: voiceConnectorPayload,
  DeleteVoiceConnectorPayload: { deletedId: free },
  CreateVoiceConnectorGroupPayload: { voiceConnectorGroup: get(ops.GetVoiceConnectorGroup) },
  UpdateVoiceConnectorGroupPayload: { voiceConnectorGroup: get(ops.GetVoiceConnectorGroup) },
  DeleteVoiceConnectorGroupPayload: { deletedId: free },
  CreateSipMediaApplicationPayload: { sipMediaApplication: get(ops.GetSipMediaApplication) },
  UpdateSipMediaApplicationPayload: { sipMediaApplication: get(ops.GetSipMediaApplication) },
  DeleteSipMediaApplicationPayload: { deletedId: free },
  PutSipMediaApplicationLoggingConfigurationPayload: {
    sipMediaApplication: get(ops.GetSipMediaApplication),
    loggingConfiguration: get(ops.GetSipMediaApplicationLoggingConfiguration),
  },
  CreateSipRulePayload: { sipRule: get(ops.GetSipRule) },
  UpdateSipRulePayload: { sipRule: get(ops.GetSipRule) },
  DeleteSipRulePayload: { deletedId: free },
  PutVoiceConnectorTerminationPayload: { ...voiceConnectorPayload, termination: configurations.termination },
  PutVoiceConnectorOriginationPayload: { ...voiceConnectorPayload, origination: configurations.origination },
  PutVoiceConnectorLoggingConfigurationPayload: {
    ...voiceConnectorPayload,
    loggingConfiguration: configurations.loggingConfiguration,
  },
  PutVoiceConnectorStreamingConfigurationPayload: {
    ...voiceConnectorPayload,
    streamingConfiguration: configurations.streamingConfiguration,
  },
  PutVoiceConnectorEmergencyCallingConfigurationPayload: {
    ...voiceConnectorPayload,
    emergencyCallingConfiguration: configurations.emergencyCallingConfiguration,
  },
  DeleteVoiceConnectorTerminationPayload: voiceConnectorPayload,
  PutVoiceConnectorProxyPayload: { ...voiceConnectorPayload, proxy: configurations.proxy },
  DeleteVoiceConnectorProxyPayload: voiceConnectorPayload,
  PutVoiceConnectorTerminationCredentialsPayload: {
    ...voiceConnectorPayload,
    terminationCredentials: configurations.terminationCredentials,
  },
  DeleteVoiceConnectorTerminationCredentialsPayload: {
    ...voiceConnectorPayload,
    terminationCredentials: configurations.terminationCredentials,
  },
  DeleteVoiceConnectorOriginationPayload: voiceConnectorPayload,
  DeleteVoiceConnectorStreamingConfigurationPayload: voiceConnectorPayload,
  DeleteVoiceConnectorEmergencyCallingConfigurationPayload: voiceConnectorPayload,
  CreateProxySessionPayload: { proxySession: get(ops.GetProxySession) },
  UpdateProxySessionPayload: { proxySession: get(ops.GetProxySession) },
  DeleteProxySessionPayload: { ...voiceConnectorPayload, deletedId: free, deletedProxySessionId: free },
  CreateChannelPayload: channelPayload,
  UpdateChannelPayload: channelPayload,
  PutChannelExpirationSettingsPayload: channelPayload,
  CreateChannelMembershipPayload: {
    ...channelPayload,
    memberArn: free,
    membership: get(ops.DescribeChannelMembership),
  },
  DeleteChannelMembershipPayload: { ...channelPayload, memberArn: free },
  CreateChannelModeratorPayload: {
    ...channelPayload,
    channelModeratorArn: free,
    moderator: get(ops.DescribeChannelModerator),
  },
  DeleteChannelModeratorPayload: { ...channelPayload, channelModeratorArn: free },
  SendChannelMessagePayload: { ...channelPayload, messageId: free, message: get(ops.GetChannelMessage) },
  UpdateChannelMessagePayload: { ...channelPayload, messageId: free, message: get(ops.GetChannelMessage) },
  RedactChannelMessagePayload: { ...channelPayload, messageId: free, message: get(ops.GetChannelMessage) },
  DeleteChannelMessagePayload: { ...channelPayload, messageId: free },
  CreateChannelBanPayload: { ...channelPayload, memberArn: free, ban: get(ops.DescribeChannelBan) },
  DeleteChannelBanPayload: { ...channelPayload, memberArn: free },
  CreateMeetingPayload: { meeting: get(ops.GetMeeting) },
  CreateMeetingWithAttendeesPayload: {
    meeting: get(ops.GetMeeting),
    attendees: { items: inputLength('attendees') },
  },
  DeleteMeetingPayload: { deletedId: free },
  CreateAttendeePayload: { attendee: get(ops.GetAttendee) },
  BatchCreateAttendeePayload: {
    meeting: get(ops.GetMeeting),
    attendees: { items: inputLength('attendees') },
  },
  DeleteAttendeePayload: { meeting: get(ops.GetMeeting), deletedId: free, deletedAttendeeId: free },
  BatchCreateChannelMembershipPayload: {
    ...channelPayload,
    memberships: { items: inputLength('memberArns') },
  },
  UpdateChannelReadMarkerPayload: {
    ...channelPayload,
    membership: get(ops.DescribeChannelMembershipForAppInstanceUser),
  },
  CreateAppInstancePayload: { appInstance: get(ops.DescribeAppInstance), userErrors: free },
  CreateAppInstanceAdminPayload: { appInstance: get(ops.DescribeAppInstance), userErrors: free },
  DeleteAppInstanceAdminPayload: { appInstance: get(ops.DescribeAppInstance), userErrors: free },
  PutAppInstanceRetentionSettingsPayload: { appInstance: get(ops.DescribeAppInstance), userErrors: free },
  PutAppInstanceStreamingConfigurationsPayload: {
    appInstance: get(ops.DescribeAppInstance),
    userErrors: free,
  },
  DeleteAppInstanceStreamingConfigurationsPayload: {
    appInstance: get(ops.DescribeAppInstance),
    userErrors: free,
  },
  CreateAppInstanceUserPayload: { appInstanceUser: get(ops.DescribeAppInstanceUser) },
  UpdateAppInstancePayload: { appInstance: get(ops.DescribeAppInstance), userErrors: free },
  UpdateAppInstanceUserPayload: { appInstanceUser: get(ops.DescribeAppInstanceUser) },
  MeetingTagsPayload: { meeting: get(ops.GetMeeting), tags: get(ops.ListMeetingTags) },
  AttendeeTagsPayload: { attendee: get(ops.GetAttendee), tags: get(ops.ListAttendeeTags) },
  ResourceTagsPayload: { tags: get(ops.ListTagsForResource) },
};
