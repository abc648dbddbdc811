/** Settings related to the Amazon Chime account. */
export interface AccountSettings {
  DisableRemoteControl?: boolean;
  EnableDialOut?: boolean;
}

/** Settings associated with an Amazon Chime user, including inbound and outbound calling and text messaging. */
export interface UserSettings {
  Telephony: TelephonySettings;
}

/** Settings that allow management of telephony permissions for an Amazon Chime user, such as inbound and outbound calling and text messaging. */
export interface TelephonySettings {
  InboundCalling: boolean;
  OutboundCalling: boolean;
  SMS: boolean;
}

/** The Amazon Chime Business Calling settings for the administrator's AWS account. */
export interface BusinessCallingSettings {
  CdrBucket?: string;
}

/** The Amazon Chime Voice Connector settings. */
export interface VoiceConnectorSettings {
  CdrBucket?: string;
}

/** How many days chat messages are kept: RetentionDays from 1 to 5475, absent when they are kept for good. */
export interface RetentionDaysSettings {
  RetentionDays?: number;
}

/** The retention settings of an Amazon Chime Enterprise account: chat rooms and conversations. */
export interface RetentionSettings {
  RoomRetentionSettings?: RetentionDaysSettings;
  ConversationRetentionSettings?: RetentionDaysSettings;
}
