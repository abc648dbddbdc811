import { lexicographicSortSchema } from 'graphql';
import { withArgumentRules } from './argument-rules.ts';
import { builder } from './builder.ts';
import './account.ts';
import './user.ts';
import './account-mutations.ts';
import './user-mutations.ts';
import './user-invite-mutations.ts';
import './user-settings-mutations.ts';
import './user-batch-mutations.ts';
import './global-settings.ts';
import './phone-number.ts';
import './phone-number-mutations.ts';
import './phone-number-order.ts';
import './voice-connector.ts';
import './voice-connector-group.ts';
import './proxy-session.ts';
import './voice-connector-mutations.ts';
import './voice-connector-configuration-mutations.ts';
import './voice-connector-termination-origination-mutations.ts';
import './voice-connector-group-mutations.ts';
import './voice-phone-number-associations.ts';
import './proxy-session-mutations.ts';
import './channel.ts';
import './app-instance.ts';
import './channel-mutations.ts';
import './channel-membership-mutations.ts';
import './channel-message-mutations.ts';

/**
 * The gateway's schema: every entity file above adds its types and root fields; arguments keep the
 * upstream's rules before any resolver runs.
 */
export const schema = withArgumentRules(lexicographicSortSchema(builder.toSchema()));
