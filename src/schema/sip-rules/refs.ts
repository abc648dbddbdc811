import { SIP_RULE_TRIGGER_TYPES } from '../../chime/shapes/sip-rule.ts';
import type { SipRuleModel } from '../../loaders/sip-rules.ts';
import { builder } from '../builder.ts';
import { upstreamEnum } from '../shared/enums.ts';

// The SipRule type's references, apart from its fields (see ../sip-media-applications/refs.ts).

/** The SipRule object type, implemented in sip-rule.ts. */
export const SipRuleRef = builder.objectRef<SipRuleModel>('SipRule');

/** A page of SIP rules. */
export const SipRuleConnection = builder.connectionObject({ type: SipRuleRef, name: 'SipRuleConnection' });

/** What a SIP rule matches incoming calls on. */
export const SipRuleTriggerTypeEnum = upstreamEnum(
  'SipRuleTriggerType',
  SIP_RULE_TRIGGER_TYPES,
  'REQUEST_URI_HOSTNAME: the request URI of the SIP INVITE; TO_PHONE_NUMBER: its To number.',
);
