import { CreateSipRule, DeleteSipRule, UpdateSipRule } from '../../chime/operations/sip-rules.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { SipRule, SipRuleTriggerType } from '../../chime/shapes/sip-rule.ts';
import type { RequestContext } from '../../context.ts';
import { toSipRule } from '../../loaders/sip-rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import {
  checkTargetApplications,
  checkTriggerValue,
  type SipRuleTargetApplicationInput,
  VOICE_NAME_RULE,
} from '../shared/voice-rules.ts';
import { upstreamNotFound } from '../voice-connectors/commands.ts';

/**
 * What a SIP rule mutation answers: the rule it changed. The payload's `sipRule` is read
 * through the request's loader, which the mutation has updated.
 */
export type SipRuleMutationResult = MutationResult<{ sipRuleId: string }>;

/** Input of `createSipRule`. */
export interface CreateSipRuleInput {
  name: string;
  triggerType: SipRuleTriggerType;
  triggerValue: string;
  targetApplications: SipRuleTargetApplicationInput[];
  disabled?: boolean | null;
}

/** Input of `updateSipRule`: members left out keep their value. */
export interface UpdateSipRuleInput {
  sipRuleId: string;
  name?: string | null;
  disabled?: boolean | null;
  targetApplications?: SipRuleTargetApplicationInput[] | null;
}

const noRule = { sipRuleId: null };
const idField = ['input', 'sipRuleId'];

const toTargets = (targets: readonly SipRuleTargetApplicationInput[]) =>
  targets.map((target) => ({
    SipMediaApplicationId: target.sipMediaApplicationId,
    Priority: target.priority,
    AwsRegion: target.awsRegion,
  }));

/** The rule as the upstream just answered it replaces whatever the request had loaded. */
function replaceRule(ctx: RequestContext, rule: SipRule): string {
  ctx.loaders.replaceSipRule(toSipRule(rule));
  return rule.SipRuleId;
}

/** CreateSipRule (a trigger another rule has: CONFLICT). Changes: the new rule (replaced). */
export function createSipRule(
  ctx: RequestContext,
  input: CreateSipRuleInput,
): Promise<SipRuleMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkTriggerValue(input.triggerType, input.triggerValue, ['input', 'triggerValue']),
      ...checkTargetApplications(input.targetApplications, ['input', 'targetApplications']),
    ],
    noRule,
    async () => {
      const { SipRule } = await ctx.client.send(CreateSipRule, {
        Name: input.name,
        TriggerType: input.triggerType,
        TriggerValue: input.triggerValue,
        TargetApplications: toTargets(input.targetApplications),
        Disabled: input.disabled ?? undefined,
      });
      return { sipRuleId: replaceRule(ctx, SipRule) };
    },
  );
}

/**
 * UpdateSipRule. The upstream needs the name; when the input leaves it out it keeps the rule's
 * current one (read through the loader). Changes: the rule (replaced with the upstream's answer).
 */
export function updateSipRule(
  ctx: RequestContext,
  input: UpdateSipRuleInput,
): Promise<SipRuleMutationResult> {
  const { sipRuleId: id } = input;
  return validateThenRun(
    [
      ...checkText(id, idField, PARAMETERS.SipRuleId),
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkTargetApplications(input.targetApplications, ['input', 'targetApplications']),
    ],
    noRule,
    async () => {
      let { name } = input;
      if (name == null) {
        const current = await ctx.loaders.sipRule.load(id);
        if (!current) throw upstreamNotFound('GetSipRule', `SIP rule ${id} not found`);
        name = current.name ?? '';
      }
      const { SipRule } = await ctx.client.send(UpdateSipRule, {
        SipRuleId: id,
        Name: name,
        Disabled: input.disabled ?? undefined,
        TargetApplications: input.targetApplications ? toTargets(input.targetApplications) : undefined,
      });
      return { sipRuleId: replaceRule(ctx, SipRule) };
    },
    idField,
  );
}

/** What `deleteSipRule` answers: the id of the rule that is gone. */
export type DeleteSipRuleResult = MutationResult<{ deletedSipRuleId: string }>;

/** DeleteSipRule (the upstream refuses an enabled rule: CONFLICT). Changes: the rule (now known not to exist). */
export function deleteSipRule(
  ctx: RequestContext,
  input: { sipRuleId: string },
): Promise<DeleteSipRuleResult> {
  const { sipRuleId: id } = input;
  return validateThenRun(
    checkText(id, idField, PARAMETERS.SipRuleId),
    { deletedSipRuleId: null },
    async () => {
      await ctx.client.send(DeleteSipRule, { SipRuleId: id });
      ctx.loaders.forgetSipRule(id);
      return { deletedSipRuleId: id };
    },
  );
}
