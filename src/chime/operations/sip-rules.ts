import { defineOperation } from '../operation.ts';
import type { SipRule, SipRuleTargetApplication, SipRuleTriggerType } from '../shapes/sip-rule.ts';

export interface CreateSipRuleInput {
  Name: string;
  TriggerType: SipRuleTriggerType;
  TriggerValue: string;
  TargetApplications: SipRuleTargetApplication[];
  Disabled?: boolean;
}

export interface CreateSipRuleOutput {
  SipRule: SipRule;
}

/** Creates a SIP rule, which runs SIP media applications for calls that match its trigger. `POST /sip-rules` */
export const CreateSipRule = defineOperation<CreateSipRuleInput, CreateSipRuleOutput>({
  name: 'CreateSipRule',
  group: 'voice',
  method: 'POST',
  path: '/sip-rules',
  successStatus: 201,
});

export interface GetSipRuleInput {
  SipRuleId: string;
}

export interface GetSipRuleOutput {
  SipRule: SipRule;
}

/** Retrieves the details of a SIP rule, such as the rule ID, name, triggers, and target endpoints. `GET /sip-rules/{SipRuleId}` */
export const GetSipRule = defineOperation<GetSipRuleInput, GetSipRuleOutput>({
  name: 'GetSipRule',
  group: 'voice',
  method: 'GET',
  path: '/sip-rules/{SipRuleId}',
  successStatus: 200,
});

export interface ListSipRulesInput {
  SipMediaApplicationId?: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListSipRulesOutput {
  NextToken?: string;
  SipRules: SipRule[];
}

/** Lists the SIP rules under the administrator's AWS account, optionally those targeting one application. `GET /sip-rules` */
export const ListSipRules = defineOperation<ListSipRulesInput, ListSipRulesOutput>({
  name: 'ListSipRules',
  group: 'voice',
  method: 'GET',
  path: '/sip-rules',
  query: {
    SipMediaApplicationId: 'sip-media-application',
    MaxResults: 'max-results',
    NextToken: 'next-token',
  },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateSipRuleInput {
  SipRuleId: string;
  Name: string;
  Disabled?: boolean;
  TargetApplications?: SipRuleTargetApplication[];
}

export interface UpdateSipRuleOutput {
  SipRule: SipRule;
}

/** Updates the details of the specified SIP rule. `PUT /sip-rules/{SipRuleId}` */
export const UpdateSipRule = defineOperation<UpdateSipRuleInput, UpdateSipRuleOutput>({
  name: 'UpdateSipRule',
  group: 'voice',
  method: 'PUT',
  path: '/sip-rules/{SipRuleId}',
  successStatus: 202,
});

export interface DeleteSipRuleInput {
  SipRuleId: string;
}

/** Deletes a SIP rule; it must be disabled first. `DELETE /sip-rules/{SipRuleId}` */
export const DeleteSipRule = defineOperation<DeleteSipRuleInput, Record<string, never>>({
  name: 'DeleteSipRule',
  group: 'voice',
  method: 'DELETE',
  path: '/sip-rules/{SipRuleId}',
  successStatus: 204,
});
