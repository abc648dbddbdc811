/**
 * The Chime SDK Messaging group's enums. Its upstream values are already SCREAMING_SNAKE_CASE,
 * so these GraphQL enums name them as the upstream does.
 */
import { CHANNEL_MODES, CHANNEL_PRIVACIES, EXPIRATION_CRITERIA } from '../../chime/shapes/channel.ts';
import { CHANNEL_MEMBERSHIP_TYPES } from '../../chime/shapes/channel-membership.ts';
import {
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  SORT_ORDERS,
} from '../../chime/shapes/channel-message.ts';
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
