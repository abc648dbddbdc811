import type { IsoTimestamp } from './timestamps.ts';

/** What a SIP rule matches incoming calls on. */
export const SIP_RULE_TRIGGER_TYPES = ['RequestUriHostname', 'ToPhoneNumber'] as const;
export type SipRuleTriggerType = (typeof SIP_RULE_TRIGGER_TYPES)[number];

/** A SIP media application a rule runs, with its priority and Region. */
export interface SipRuleTargetApplication {
  AwsRegion?: string;
  Priority?: number;
  SipMediaApplicationId?: string;
}

/** A SIP rule: calls matching its trigger run its target SIP media applications. */
export interface SipRule {
  CreatedTimestamp?: IsoTimestamp;
  Disabled?: boolean;
  Name?: string;
  SipRuleId: string;
  TargetApplications?: SipRuleTargetApplication[];
  TriggerType?: SipRuleTriggerType;
  TriggerValue?: string;
  UpdatedTimestamp?: IsoTimestamp;
}
