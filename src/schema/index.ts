import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import { withArgumentRules } from './shared/argument-rules.ts';
import './accounts/account.ts';
import './users/user.ts';
import './accounts/mutations.ts';
import './accounts/retention-settings.ts';
import './users/mutations.ts';
import './rooms/room.ts';
import './rooms/mutations.ts';
import './bots/bot.ts';
import './bots/mutations.ts';
import './settings/global-settings.ts';
import './settings/phone-number-settings.ts';
import './phone-numbers/phone-number.ts';
import './phone-numbers/mutations.ts';
import './phone-numbers/supported-countries.ts';
import './phone-number-orders/phone-number-order.ts';
import './voice-connectors/voice-connector.ts';
import './voice-connector-groups/voice-connector-group.ts';
import './proxy-sessions/proxy-session.ts';
import './voice-connectors/mutations.ts';
import './voice-connectors/configuration-mutations.ts';
import './voice-connectors/termination-credential-mutations.ts';
import './voice-connector-groups/mutations.ts';
import './voice-connectors/phone-number-associations.ts';
import './proxy-sessions/mutations.ts';
import './sip-media-applications/sip-media-application.ts';
import './sip-rules/sip-rule.ts';
import './sip-media-applications/mutations.ts';
import './sip-rules/mutations.ts';
import './channels/channel.ts';
import './app-instances/app-instance.ts';
import './app-instances/mutations.ts';
import './channels/mutations.ts';
import './channels/messaging-session.ts';
import './meetings/meeting.ts';
import './meetings/mutations.ts';
import './media-capture-pipelines/media-capture-pipeline.ts';
import './e911-addresses/validate-e911-address.ts';
import './meeting-tags/tags.ts';
import './meeting-transcription/mutations.ts';
import './meeting-dial-outs/mutations.ts';

/**
 * The gateway's schema: every entity file above adds its types and root fields; arguments keep the
 * upstream's rules before any resolver runs.
 */
export const schema = withArgumentRules(lexicographicSortSchema(builder.toSchema()));
