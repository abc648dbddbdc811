import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetVoiceConnectorGroup (several at once: one ListVoiceConnectorGroups); null when there is no such group. */
export const getVoiceConnectorGroup = (ctx: RequestContext, voiceConnectorGroupId: string) =>
  ctx.loaders.voiceConnectorGroup.load(voiceConnectorGroupId);

/** ListVoiceConnectorGroups, as a connection. */
export const listVoiceConnectorGroups = (ctx: RequestContext, page: ForwardPage) =>
  ctx.loaders.listVoiceConnectorGroups(page);
