import type { VoiceConnector } from '../../chime/shapes/voice-connector.ts';
import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

/** An Amazon Chime Voice Connector, as the graph sees it. */
export interface VoiceConnectorModel {
  voiceConnectorId: string;
  voiceConnectorArn: string | null;
  name: string | null;
  awsRegion: string | null;
  outboundHostName: string | null;
  requireEncryption: boolean | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** Maps an upstream voice connector. */
export function toVoiceConnector(connector: VoiceConnector): VoiceConnectorModel {
  return {
    voiceConnectorId: connector.VoiceConnectorId,
    voiceConnectorArn: connector.VoiceConnectorArn ?? null,
    name: connector.Name ?? null,
    awsRegion: connector.AwsRegion ?? null,
    outboundHostName: connector.OutboundHostName ?? null,
    requireEncryption: connector.RequireEncryption ?? null,
    createdTimestamp: isoTimestamp(connector.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(connector.UpdatedTimestamp),
  };
}

/** GetVoiceConnector (several at once: one ListVoiceConnectors); null when there is no such connector. */
export async function getVoiceConnector(
  ctx: RequestContext,
  voiceConnectorId: string,
): Promise<VoiceConnectorModel | null> {
  const connector = await ctx.loaders.voiceConnector.load(voiceConnectorId);
  return connector && toVoiceConnector(connector);
}

/** ListVoiceConnectors, as a connection. */
export async function listVoiceConnectors(ctx: RequestContext, page: ForwardPage) {
  return mapConnection(await ctx.loaders.listVoiceConnectors(page), toVoiceConnector);
}
