import type { VoiceConnectorModel } from '../../loaders/voice-connectors.ts';
import { builder } from '../builder.ts';

// The VoiceConnector type's reference, apart from its fields: a proxy session points back at its
// voice connector, which lists its proxy sessions, so each side imports the other's reference from
// a leaf module.

/** The VoiceConnector object type, implemented in voice-connector.ts. */
export const VoiceConnectorRef = builder.objectRef<VoiceConnectorModel>('VoiceConnector');
