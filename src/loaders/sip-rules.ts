import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetSipRule, ListSipRules } from '../chime/operations/sip-rules.ts';
import { SIP_RULE_TRIGGER_TYPES, type SipRule, type SipRuleTriggerType } from '../chime/shapes/sip-rule.ts';
import { type ForwardPage, type PageReader, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** A SIP media application a rule runs; priority 1 is tried first. */
export interface SipRuleTargetApplicationModel {
  sipMediaApplicationId: string | null;
  priority: number | null;
  awsRegion: string | null;
}

/** A SIP rule, as the graph sees it. */
export interface SipRuleModel {
  sipRuleId: string;
  name: string | null;
  disabled: boolean | null;
  triggerType: SipRuleTriggerType | null;
  triggerValue: string | null;
  targetApplications: SipRuleTargetApplicationModel[];
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** Maps an upstream SIP rule. */
export function toSipRule(rule: SipRule): SipRuleModel {
  return {
    sipRuleId: rule.SipRuleId,
    name: rule.Name ?? null,
    disabled: rule.Disabled ?? null,
    triggerType: knownValue(SIP_RULE_TRIGGER_TYPES, rule.TriggerType),
    triggerValue: rule.TriggerValue ?? null,
    targetApplications: (rule.TargetApplications ?? []).map((target) => ({
      sipMediaApplicationId: target.SipMediaApplicationId ?? null,
      priority: target.Priority ?? null,
      awsRegion: target.AwsRegion ?? null,
    })),
    createdTimestamp: isoTimestamp(rule.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(rule.UpdatedTimestamp),
  };
}

/**
 * Per-request loaders for SIP rules, and the writes that keep them true after a mutation. No
 * request keeps a list, so a write forgets its rule alone; in the shared cache it also makes
 * every list of rules (an application's among them) stale.
 */
export function createSipRuleLoaders(client: CachingCaller, cursors: Cursors) {
  // The one reader of ListSipRules; without an application, every rule of the AWS account.
  const readPage =
    (sipMediaApplicationId: string | null): PageReader<SipRuleModel> =>
    async (token, maxResults) => {
      const out = await client.send(
        ListSipRules,
        {
          SipMediaApplicationId: sipMediaApplicationId ?? undefined,
          MaxResults: maxResults,
          NextToken: token ?? undefined,
        },
        cachedAs('sip-rules'),
      );
      return { items: out.SipRules.map(toSipRule), nextToken: out.NextToken };
    };
  const prime = (rule: SipRuleModel) => sipRule.prime(rule.sipRuleId, rule);
  const sipRule: DataLoader<string, SipRuleModel | null> = new DataLoader(
    listOrGetBatch<string, SipRuleModel>({
      groupOf: () => 'all',
      idOf: (sipRuleId) => sipRuleId,
      idOfItem: (item) => item.sipRuleId,
      readPage: (_all, token) => readPage(null)(token ?? null, ListSipRules.maxResults!),
      get: (sipRuleId) =>
        client
          .send(GetSipRule, { SipRuleId: sipRuleId }, cachedAs('sip-rules', sipRuleId))
          .then((out) => toSipRule(out.SipRule)),
      prime,
    }).batch,
  );
  return {
    sipRule,
    /** A page of the SIP rules (those targeting one application, when given); each primes `sipRule`. */
    listSipRules: (page: ForwardPage, sipMediaApplicationId: string | null) =>
      readConnection<SipRuleModel>(page, {
        cursors,
        scope: ['sipRules', sipMediaApplicationId],
        maxResults: ListSipRules.maxResults!,
        read: async (token, maxResults) => {
          const page = await readPage(sipMediaApplicationId)(token, maxResults);
          for (const item of page.items) prime(item);
          return page;
        },
      }),
    /** Records a rule as the upstream just answered it (created or updated). */
    replaceSipRule: (rule: SipRuleModel) => {
      sipRule.clear(rule.sipRuleId).prime(rule.sipRuleId, rule);
      client.changed('sip-rules', rule.sipRuleId);
    },
    /** Records that a rule no longer exists. */
    forgetSipRule: (sipRuleId: string) => {
      sipRule.clear(sipRuleId).prime(sipRuleId, null);
      client.changed('sip-rules', sipRuleId);
    },
  };
}
