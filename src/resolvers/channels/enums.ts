/**
 * The Chime SDK Messaging group's enum values, as runtime lists (the admin and voice
 * groups' lists live in enums.ts). These upstream values are already SCREAMING_SNAKE_CASE,
 * so the GraphQL enums built from them name them as the upstream does.
 */
import {
  CHANNEL_MEMBERSHIP_TYPES,
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  CHANNEL_MODES,
  CHANNEL_PRIVACIES,
  EXPIRATION_CRITERIA,
  SORT_ORDERS,
} from '../../chime/parameters.ts';

// The lists live with the upstream's parameter rules, where the loaders' mappers read them too.
export {
  CHANNEL_MEMBERSHIP_TYPES,
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  CHANNEL_MODES,
  CHANNEL_PRIVACIES,
  EXPIRATION_CRITERIA,
  SORT_ORDERS,
};

export type ChannelMode = (typeof CHANNEL_MODES)[number];
export type ChannelPrivacy = (typeof CHANNEL_PRIVACIES)[number];
export type ChannelMembershipType = (typeof CHANNEL_MEMBERSHIP_TYPES)[number];
export type ChannelMessageType = (typeof CHANNEL_MESSAGE_TYPES)[number];
export type ChannelMessagePersistence = (typeof CHANNEL_MESSAGE_PERSISTENCES)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type ExpirationCriterion = (typeof EXPIRATION_CRITERIA)[number];
