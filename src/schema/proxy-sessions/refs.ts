import type { ProxySessionModel } from '../../loaders/proxy-sessions.ts';
import { builder } from '../builder.ts';

// The ProxySession type's references, apart from its fields: a voice connector lists its proxy
// sessions, and a proxy session points back at its voice connector, so each side imports the
// other's reference from a leaf module.

/** The ProxySession object type, implemented in proxy-session.ts. */
export const ProxySessionRef = builder.objectRef<ProxySessionModel>('ProxySession');

/** A page of proxy sessions. */
export const ProxySessionConnection = builder.connectionObject({
  type: ProxySessionRef,
  name: 'ProxySessionConnection',
});
