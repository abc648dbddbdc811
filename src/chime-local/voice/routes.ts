import type { Route } from '../router.ts';
import { voiceConnectorConfigurationRoutes } from './configuration-routes.ts';
import { emergencyAddressRoutes } from './emergency-addresses.ts';
import { voiceConnectorGroupRoutes } from './groups.ts';
import { phoneNumberAssociationRoutes } from './phone-number-associations.ts';
import { proxySessionRoutes } from './proxy-sessions.ts';
import { sipMediaApplicationRoutes } from './sip-media-applications.ts';
import { sipRuleRoutes } from './sip-rules.ts';
import { terminationCredentialRoutes } from './termination-credentials.ts';
import { voiceConnectorRoutes } from './voice-connectors.ts';

/** The voice group's operations. */
export const voiceRoutes: Route[] = [
  ...voiceConnectorRoutes,
  ...voiceConnectorConfigurationRoutes,
  ...terminationCredentialRoutes,
  ...phoneNumberAssociationRoutes,
  ...voiceConnectorGroupRoutes,
  ...proxySessionRoutes,
  ...sipMediaApplicationRoutes,
  ...sipRuleRoutes,
  ...emergencyAddressRoutes,
];
