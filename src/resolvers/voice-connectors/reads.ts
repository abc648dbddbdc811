import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetVoiceConnector (several at once: one ListVoiceConnectors); null when there is no such connector. */
export const getVoiceConnector = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.voiceConnector.load(voiceConnectorId);

/** ListVoiceConnectors, as a connection. */
export const listVoiceConnectors = (ctx: RequestContext, page: ForwardPage) =>
  ctx.loaders.listVoiceConnectors(page);

/** GetVoiceConnectorTermination; null when unset. */
export const getTermination = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.termination.load(voiceConnectorId);

/** GetVoiceConnectorTerminationHealth; null when termination is unset. */
export const getTerminationHealth = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.terminationHealth.load(voiceConnectorId);

/** GetVoiceConnectorOrigination; null when unset. */
export const getOrigination = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.origination.load(voiceConnectorId);

/** GetVoiceConnectorLoggingConfiguration; null when unset. */
export const getLoggingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.loggingConfiguration.load(voiceConnectorId);

/** GetVoiceConnectorStreamingConfiguration; null when unset. */
export const getStreamingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.streamingConfiguration.load(voiceConnectorId);

/** GetVoiceConnectorEmergencyCallingConfiguration; null when unset. */
export const getEmergencyCallingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.emergencyCallingConfiguration.load(voiceConnectorId);

/** GetVoiceConnectorProxy; null when unset. */
export const getProxy = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.proxy.load(voiceConnectorId);

/** ListVoiceConnectorTerminationCredentials: the usernames; null when there is no such connector. */
export const listTerminationCredentials = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.terminationCredentials.load(voiceConnectorId);
