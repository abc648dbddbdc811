/**
 * The Chime SDK Messaging group's enum values, as runtime lists (the admin and voice
 * groups' lists live in enums.ts). These upstream values are already SCREAMING_SNAKE_CASE,
 * so the GraphQL enums built from them name them as the upstream does.
 */
export const CHANNEL_MODES = ['UNRESTRICTED', 'RESTRICTED'] as const;
export const CHANNEL_PRIVACIES = ['PUBLIC', 'PRIVATE'] as const;
export const CHANNEL_MEMBERSHIP_TYPES = ['DEFAULT', 'HIDDEN'] as const;
export const CHANNEL_MESSAGE_TYPES = ['STANDARD', 'CONTROL'] as const;
export const CHANNEL_MESSAGE_PERSISTENCES = ['PERSISTENT', 'NON_PERSISTENT'] as const;
export const SORT_ORDERS = ['ASCENDING', 'DESCENDING'] as const;
export const EXPIRATION_CRITERIA = ['CREATED_TIMESTAMP', 'LAST_MESSAGE_TIMESTAMP'] as const;

export type ChannelMode = (typeof CHANNEL_MODES)[number];
export type ChannelPrivacy = (typeof CHANNEL_PRIVACIES)[number];
export type ChannelMembershipType = (typeof CHANNEL_MEMBERSHIP_TYPES)[number];
export type ChannelMessageType = (typeof CHANNEL_MESSAGE_TYPES)[number];
export type ChannelMessagePersistence = (typeof CHANNEL_MESSAGE_PERSISTENCES)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type ExpirationCriterion = (typeof EXPIRATION_CRITERIA)[number];
