/** An Amazon Chime account, as the service returns it. */
export interface Account {
  AwsAccountId: string;
  AccountId: string;
  Name: string;
  AccountType: 'Team' | 'EnterpriseDirectory' | 'EnterpriseLWA' | 'EnterpriseOIDC';
  CreatedTimestamp: string;
  DefaultLicense: License;
  SupportedLicenses: License[];
  AccountStatus: 'Suspended' | 'Active';
  SigninDelegateGroups: { GroupName?: string }[];
}

export type License = 'Basic' | 'Plus' | 'Pro' | 'ProTrial';

export type UserType = 'PrivateUser' | 'SharedDevice';

/** Alexa for Business metadata of a user, as the service returns it. */
export interface AlexaForBusinessMetadata {
  IsAlexaForBusinessEnabled?: boolean;
  AlexaForBusinessRoomArn?: string;
}

/** An Amazon Chime user, as the service returns it. */
export interface User {
  UserId: string;
  AccountId: string;
  PrimaryEmail?: string;
  PrimaryProvisionedNumber?: string;
  DisplayName?: string;
  LicenseType?: License;
  UserType?: UserType;
  UserRegistrationStatus?: 'Unregistered' | 'Registered' | 'Suspended';
  UserInvitationStatus?: 'Pending' | 'Accepted' | 'Failed';
  RegisteredOn?: string;
  InvitedOn?: string;
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  PersonalPIN?: string;
}

/** One failed item of BatchSuspendUser, BatchUnsuspendUser or BatchUpdateUser, as the service shapes it. */
export interface UserError {
  UserId: string;
  ErrorCode: 'BadRequest' | 'NotFound';
  ErrorMessage: string;
}

/** A bot of an account, as the service returns it (with its security token, as the service does). */
export interface Bot {
  BotId: string;
  UserId: string;
  DisplayName: string;
  BotType: 'ChatBot';
  Disabled: boolean;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  BotEmail: string;
  SecurityToken: string;
}

/** Where a bot receives its outgoing events (Get/Put/DeleteEventsConfiguration): one of the two. */
export interface EventsConfiguration {
  OutboundEventsHTTPSEndpoint?: string;
  LambdaFunctionArn?: string;
}

/** An account's policies (GetAccountSettings / UpdateAccountSettings). */
export interface AccountSettings {
  DisableRemoteControl?: boolean;
  EnableDialOut?: boolean;
}

/** An account's retention settings (Get/PutRetentionSettings): days for rooms and conversations. */
export interface RetentionSettings {
  RoomRetentionSettings?: { RetentionDays?: number };
  ConversationRetentionSettings?: { RetentionDays?: number };
}

/** A user's settings (GetUserSettings / UpdateUserSettings); every Telephony member is required. */
export interface UserSettings {
  Telephony: { InboundCalling: boolean; OutboundCalling: boolean; SMS: boolean };
}

/** The AWS account's Business Calling and Voice Connector CDR buckets (Get/UpdateGlobalSettings). */
export interface GlobalSettings {
  BusinessCalling: { CdrBucket?: string };
  VoiceConnector: { CdrBucket?: string };
}

/** A chat room of an account, as the service returns it. */
export interface Room {
  RoomId: string;
  AccountId: string;
  Name: string;
  CreatedBy: string;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
}

export type RoomRole = 'Administrator' | 'Member';

/** A user's membership of a room, as the store keeps it (the member's details are read from the user). */
export interface RoomMember {
  MemberId: string;
  Role: RoomRole;
  InvitedBy: string;
  UpdatedTimestamp: string;
}

/** A message of a room or a conversation; only redacting it is served, so only that is kept. */
export interface ChatMessage {
  MessageId: string;
  Content: string;
  Redacted: boolean;
}

/** A conversation of an account: the messages its members exchanged outside any room. */
export interface Conversation {
  ConversationId: string;
  AccountId: string;
  messages: Map<string, ChatMessage>;
}

/** The admin group's collections in chime-local's store. */
export class AdminState {
  /** By AccountId, in creation order (the order ListAccounts answers in). */
  readonly accounts = new Map<string, Account>();
  /** Every user of every account, by UserId (user ids are unique across accounts). */
  readonly users = new Map<string, User>();
  /** By AccountId; an account without an entry has the defaults. */
  readonly accountSettings = new Map<string, AccountSettings>();
  /** By AccountId, with when they were put (ISO 8601); an account without an entry keeps everything. */
  readonly retentionSettings = new Map<
    string,
    { settings: RetentionSettings; initiateDeletionTimestamp: string }
  >();
  /** By UserId; a user without an entry has the defaults. */
  readonly userSettings = new Map<string, UserSettings>();
  /** Every room of every account, by RoomId, in creation order (the order ListRooms answers in). */
  readonly rooms = new Map<string, Room>();
  /** By RoomId, then MemberId, in the order members joined. */
  readonly roomMembers = new Map<string, Map<string, RoomMember>>();
  /** By RoomId, then MessageId. */
  readonly roomMessages = new Map<string, Map<string, ChatMessage>>();
  /** By ConversationId. */
  readonly conversations = new Map<string, Conversation>();
  /** CreateRoom's ClientRequestToken, by `AccountId/token`: the room it created. */
  readonly roomRequestTokens = new Map<string, string>();
  /** Every bot of every account, by BotId, with its account, in creation order. */
  readonly bots = new Map<string, { accountId: string; bot: Bot; events?: EventsConfiguration }>();
  globalSettings: GlobalSettings = { BusinessCalling: {}, VoiceConnector: {} };
}
