import {
  CHANNEL_MEMBERSHIP_TYPES,
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  CHANNEL_MODES,
  CHANNEL_PRIVACIES,
  EXPIRATION_CRITERIA,
  SORT_ORDERS,
} from '../../resolvers/channels/enums.ts';
import { upstreamEnum } from '../shared/enums.ts';

export const ChannelModeEnum = upstreamEnum(
  'ChannelMode',
  CHANNEL_MODES,
  'Who may add members: anyone in the channel (UNRESTRICTED) or only moderators and admins (RESTRICTED).',
);
export const ChannelPrivacyEnum = upstreamEnum(
  'ChannelPrivacy',
  CHANNEL_PRIVACIES,
  'Whether every user of the app instance may find the channel (PUBLIC) or only its members (PRIVATE).',
);
export const ChannelMembershipTypeEnum = upstreamEnum(
  'ChannelMembershipType',
  CHANNEL_MEMBERSHIP_TYPES,
  'DEFAULT members are listed and get messages; HIDDEN ones are neither listed nor notified.',
);
export const ChannelMessageTypeEnum = upstreamEnum('ChannelMessageType', CHANNEL_MESSAGE_TYPES);
export const ChannelMessagePersistenceEnum = upstreamEnum(
  'ChannelMessagePersistence',
  CHANNEL_MESSAGE_PERSISTENCES,
  'Whether the message is kept (and listed later) or only delivered.',
);
export const SortOrderEnum = upstreamEnum('SortOrder', SORT_ORDERS);
export const ExpirationCriterionEnum = upstreamEnum(
  'ExpirationCriterion',
  EXPIRATION_CRITERIA,
  'What a channel expiration counts from.',
);
