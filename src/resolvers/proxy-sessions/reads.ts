import type { ProxySessionStatus } from '../../chime/shapes/proxy-session.ts';
import type { RequestContext } from '../../context.ts';
import type { ProxySessionKey } from '../../loaders/proxy-sessions.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetProxySession; null when there is no such session on that voice connector. */
export const getProxySession = (ctx: RequestContext, key: ProxySessionKey) =>
  ctx.loaders.proxySession.load(key);

/** ListProxySessions of one voice connector, optionally by status, as a connection. */
export const listProxySessions = (
  ctx: RequestContext,
  voiceConnectorId: string,
  page: ForwardPage,
  status: ProxySessionStatus | null,
) => ctx.loaders.listProxySessions(voiceConnectorId, page, status);
