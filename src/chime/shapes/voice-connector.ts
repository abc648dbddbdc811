import type { IsoTimestamp } from './timestamps.ts';

/** The Amazon Chime Voice Connector configuration, including outbound host name and encryption settings. */
export interface VoiceConnector {
  AwsRegion?: string;
  CreatedTimestamp?: IsoTimestamp;
  Name?: string;
  OutboundHostName?: string;
  RequireEncryption?: boolean;
  UpdatedTimestamp?: IsoTimestamp;
  VoiceConnectorArn?: string;
  VoiceConnectorId: string;
}
