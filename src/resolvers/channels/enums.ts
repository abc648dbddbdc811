/**
 * The Chime SDK Messaging group's enum values, as runtime lists (the admin and voice
 * groups' lists live in enums.ts). These upstream values are already SCREAMING_SNAKE_CASE,
 * so the GraphQL enums built from them name them as the upstream does.
 */
import { CHANNEL_MEMBERSHIP_TYPES, CHANNEL_PRIVACIES, SORT_ORDERS } from '../../chime/parameters.ts';

// The lists that are also query arguments' Valid Values live with the rules of those arguments.
export { CHANNEL_MEMBERSHIP_TYPES, CHANNEL_PRIVACIES, SORT_ORDERS };

export const CHANNEL_MODES = ['UNRESTRICTED', 'RESTRICTED'] as const;
export const CHANNEL_MESSAGE_TYPES = ['STANDARD', 'CONTROL'] as const;
export const CHANNEL_MESSAGE_PERSISTENCES = ['PERSISTENT', 'NON_PERSISTENT'] as const;
export const EXPIRATION_CRITERIA = ['CREATED_TIMESTAMP', 'LAST_MESSAGE_TIMESTAMP'] as const;

export type ChannelMode = (typeof CHANNEL_MODES)[number];
export type ChannelPrivacy = (typeof CHANNEL_PRIVACIES)[number];
export type ChannelMembershipType = (typeof CHANNEL_MEMBERSHIP_TYPES)[number];
export type ChannelMessageType = (typeof CHANNEL_MESSAGE_TYPES)[number];
export type ChannelMessagePersistence = (typeof CHANNEL_MESSAGE_PERSISTENCES)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type ExpirationCriterion = (typeof EXPIRATION_CRITERIA)[number];
