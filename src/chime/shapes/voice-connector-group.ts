import type { IsoTimestamp } from './timestamps.ts';

/** The Amazon Chime Voice Connector group configuration, including associated Amazon Chime Voice Connectors. */
export interface VoiceConnectorGroup {
  CreatedTimestamp?: IsoTimestamp;
  Name?: string;
  UpdatedTimestamp?: IsoTimestamp;
  VoiceConnectorGroupArn?: string;
  VoiceConnectorGroupId: string;
  VoiceConnectorItems?: VoiceConnectorItem[];
}

/** For Amazon Chime Voice Connector groups, the Amazon Chime Voice Connectors to which to route inbound calls. */
export interface VoiceConnectorItem {
  Priority: number;
  VoiceConnectorId: string;
}
