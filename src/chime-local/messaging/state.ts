import { conflict, forbidden } from '../errors.ts';
import type {
  AppInstance,
  AppInstanceRetentionSettings,
  AppInstanceUser,
  Channel,
  ChannelBan,
  ChannelMembership,
  ChannelMessage,
  ChannelMode,
  ChannelModerator,
  ChannelPrivacy,
  ExpirationSettings,
  Identity,
  MembershipType,
  MessagePersistence,
  MessageType,
  StreamingConfiguration,
} from './wire.ts';

/** An AppInstance and who administers it. */
export interface AppInstanceRecord {
  readonly appInstance: AppInstance;
  /**
   * The users promoted to AppInstanceAdmin, by ARN, with when (epoch seconds): they moderate
   * every channel of the instance.
   */
  readonly admins: Map<string, number>;
  /** What PutAppInstanceRetentionSettings last put, and when (epoch seconds); absent: never put. */
  retention?: { settings: AppInstanceRetentionSettings; initiateDeletionTimestamp: number };
  /** What PutMessagingStreamingConfigurations last put; absent: nothing is streamed. */
  streaming?: StreamingConfiguration[];
}

/** An AppInstanceUser and the instance it belongs to. */
export interface AppInstanceUserRecord {
  readonly user: AppInstanceUser;
  readonly appInstanceArn: string;
}

/** A channel with its memberships, moderators and stored messages. */
export interface ChannelRecord {
  readonly channel: Channel;
  readonly appInstanceArn: string;
  /** By member ARN, in the order members joined. */
  readonly memberships: Map<string, ChannelMembership>;
  /** By moderator ARN, in the order they were made moderators. */
  readonly moderators: Map<string, ChannelModerator>;
  /** Persistent messages not deleted, by MessageId, in the order they were sent. */
  readonly messages: Map<string, ChannelMessage>;
  /** By banned user's ARN, in the order they were banned. */
  readonly bans: Map<string, ChannelBan>;
  /** When each user last marked the channel read (epoch seconds), by user ARN. */
  readonly readMarkers: Map<string, number>;
}

/** The name and ARN other records cite a user by. */
export function identityOf(user: AppInstanceUser): Identity {
  return { Arn: user.AppInstanceUserArn, Name: user.Name };
}

/**
 * The messaging and identity groups' collections in chime-local's store. The two groups
 * share it because every messaging call is made as (a bearer) an identity-group user.
 * The `add*` methods are the one place records are made, by handlers and by the demo
 * seed alike; callers validate input and pass ids and timestamps (epoch seconds).
 */
export class MessagingState {
  /** By AppInstanceArn, in creation order. */
  readonly appInstances = new Map<string, AppInstanceRecord>();
  /** Every AppInstanceUser of every instance, by ARN, in creation order. */
  readonly users = new Map<string, AppInstanceUserRecord>();
  /** Every channel of every instance, by ChannelArn, in creation order. */
  readonly channels = new Map<string, ChannelRecord>();
  /** The tags app instances and their users were created with, by ARN. */
  readonly tags = new Map<string, { Key: string; Value: string }[]>();
  /** What a ClientRequestToken already created, by `scope` and token: the result to answer again. */
  readonly #requestTokens = new Map<string, string>();

  /**
   * Runs `create` once per `token` within `scope` (an operation and its caller) and
   * answers its result again when the same token is replayed: the service's idempotency.
   */
  idempotent(scope: string, token: string, create: () => string): string {
    const key = `${scope}\n${token}`;
    const earlier = this.#requestTokens.get(key);
    if (earlier !== undefined) return earlier;
    const result = create();
    this.#requestTokens.set(key, result);
    return result;
  }

  /** Creates an AppInstance (`arn` from `appInstanceArn`). */
  addAppInstance(input: {
    arn: string;
    name: string;
    metadata?: string;
    timestamp: number;
  }): AppInstanceRecord {
    const record: AppInstanceRecord = {
      appInstance: {
        AppInstanceArn: input.arn,
        Name: input.name,
        ...(input.metadata === undefined ? {} : { Metadata: input.metadata }),
        CreatedTimestamp: input.timestamp,
        LastUpdatedTimestamp: input.timestamp,
      },
      admins: new Map(),
    };
    this.appInstances.set(record.appInstance.AppInstanceArn, record);
    return record;
  }

  /** Creates a user of `appInstance` (`arn` from `appInstanceUserArn`); the ARN must be new. */
  addAppInstanceUser(
    appInstance: AppInstanceRecord,
    input: { arn: string; name: string; metadata?: string; timestamp: number },
  ): AppInstanceUserRecord {
    if (this.users.has(input.arn)) throw conflict(`AppInstanceUser ${input.arn} already exists`);
    const record: AppInstanceUserRecord = {
      user: {
        AppInstanceUserArn: input.arn,
        Name: input.name,
        ...(input.metadata === undefined ? {} : { Metadata: input.metadata }),
        CreatedTimestamp: input.timestamp,
        LastUpdatedTimestamp: input.timestamp,
      },
      appInstanceArn: appInstance.appInstance.AppInstanceArn,
    };
    this.users.set(input.arn, record);
    return record;
  }

  /** Creates a channel (`arn` from `channelArn`); its creator becomes its first moderator. */
  addChannel(input: {
    appInstanceArn: string;
    arn: string;
    creator: Identity;
    name: string;
    mode: ChannelMode;
    privacy: ChannelPrivacy;
    metadata?: string;
    expiration?: ExpirationSettings;
    timestamp: number;
  }): ChannelRecord {
    const { creator } = input;
    const record: ChannelRecord = {
      channel: {
        ChannelArn: input.arn,
        Name: input.name,
        Mode: input.mode,
        Privacy: input.privacy,
        ...(input.metadata === undefined ? {} : { Metadata: input.metadata }),
        CreatedBy: creator,
        CreatedTimestamp: input.timestamp,
        LastUpdatedTimestamp: input.timestamp,
        ...(input.expiration ? { ExpirationSettings: input.expiration } : {}),
      },
      appInstanceArn: input.appInstanceArn,
      memberships: new Map(),
      moderators: new Map(),
      messages: new Map(),
      bans: new Map(),
      readMarkers: new Map(),
    };
    this.channels.set(record.channel.ChannelArn, record);
    this.addModerator(record, creator, creator, input.timestamp);
    return record;
  }

  /** Adds `member` to `channel`; a user is a member at most once, and never while banned from it. */
  addMembership(
    channel: ChannelRecord,
    member: Identity,
    invitedBy: Identity,
    type: MembershipType,
    timestamp: number,
  ): ChannelMembership {
    if (channel.bans.has(member.Arn))
      throw forbidden(
        `${member.Arn} is banned from channel ${channel.channel.ChannelArn}: DeleteChannelBan first`,
      );
    if (channel.memberships.has(member.Arn))
      throw conflict(`${member.Arn} is already a member of channel ${channel.channel.ChannelArn}`);
    const membership: ChannelMembership = {
      ChannelArn: channel.channel.ChannelArn,
      Member: member,
      InvitedBy: invitedBy,
      Type: type,
      CreatedTimestamp: timestamp,
      LastUpdatedTimestamp: timestamp,
    };
    channel.memberships.set(member.Arn, membership);
    return membership;
  }

  /**
   * Bans `member` from `channel`: a member is removed from it, as the service kicks a banned
   * user; a user is banned at most once.
   */
  addBan(channel: ChannelRecord, member: Identity, createdBy: Identity, timestamp: number): ChannelBan {
    if (channel.bans.has(member.Arn))
      throw conflict(`${member.Arn} is already banned from channel ${channel.channel.ChannelArn}`);
    const ban: ChannelBan = {
      ChannelArn: channel.channel.ChannelArn,
      Member: member,
      CreatedBy: createdBy,
      CreatedTimestamp: timestamp,
    };
    channel.bans.set(member.Arn, ban);
    channel.memberships.delete(member.Arn);
    channel.readMarkers.delete(member.Arn);
    return ban;
  }

  /** Makes `moderator` a moderator of `channel`; a user is a moderator at most once. */
  addModerator(
    channel: ChannelRecord,
    moderator: Identity,
    createdBy: Identity,
    timestamp: number,
  ): ChannelModerator {
    if (channel.moderators.has(moderator.Arn))
      throw conflict(`${moderator.Arn} is already a moderator of channel ${channel.channel.ChannelArn}`);
    const record: ChannelModerator = {
      ChannelArn: channel.channel.ChannelArn,
      Moderator: moderator,
      CreatedBy: createdBy,
      CreatedTimestamp: timestamp,
    };
    channel.moderators.set(moderator.Arn, record);
    return record;
  }

  /**
   * Sends a message to `channel`. Only PERSISTENT messages are stored (and listed
   * later); every message moves the channel's LastMessageTimestamp.
   */
  addMessage(
    channel: ChannelRecord,
    input: {
      id: string;
      sender: Identity;
      content: string;
      metadata?: string;
      type: MessageType;
      persistence: MessagePersistence;
      timestamp: number;
    },
  ): ChannelMessage {
    const message: ChannelMessage = {
      ChannelArn: channel.channel.ChannelArn,
      MessageId: input.id,
      Content: input.content,
      ...(input.metadata === undefined ? {} : { Metadata: input.metadata }),
      Type: input.type,
      Persistence: input.persistence,
      Redacted: false,
      Sender: input.sender,
      CreatedTimestamp: input.timestamp,
      LastUpdatedTimestamp: input.timestamp,
    };
    if (input.persistence === 'PERSISTENT') channel.messages.set(message.MessageId, message);
    channel.channel.LastMessageTimestamp = input.timestamp;
    return message;
  }
}

/** Edits a message's content and/or metadata, as UpdateChannelMessage does. */
export function editMessage(
  message: ChannelMessage,
  changes: { content?: string; metadata?: string },
  timestamp: number,
): void {
  if (changes.content !== undefined) message.Content = changes.content;
  if (changes.metadata !== undefined) message.Metadata = changes.metadata;
  message.LastEditedTimestamp = timestamp;
  message.LastUpdatedTimestamp = timestamp;
}

/** Redacts a message: its content is gone for good, its metadata stays (as on the service). */
export function redactMessage(message: ChannelMessage, timestamp: number): void {
  message.Redacted = true;
  delete message.Content;
  message.LastUpdatedTimestamp = timestamp;
}
