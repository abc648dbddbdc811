import { badRequest, conflict } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import {
  optionalBoolean,
  optionalInt,
  optionalString,
  requiredArray,
  requiredEnum,
  requiredInt,
  requiredObject,
  requiredString,
} from '../validate.ts';
import { E164, NOT_BLANK, sipRuleOf } from './lookup.ts';
import { SIP_RULE_TRIGGER_TYPES, type SipRule, type SipRuleTargetApplication } from './state.ts';

const NAME = { min: 1, max: 256 };

/**
 * TargetApplications: 1-25, each an existing application (CreateSipRule has no NotFoundException,
 * so an unknown one is a 400) with its own Region and a Priority of at least 1; "only one SIP
 * application per AWS Region can be used".
 */
function parseTargetApplications(store: Store, value: unknown): SipRuleTargetApplication[] {
  const targets = requiredArray(value, 'TargetApplications', { min: 1, max: 25 }).map((member) => {
    const target = requiredObject(member, 'TargetApplications');
    const id = requiredString(target.SipMediaApplicationId, 'SipMediaApplicationId', { pattern: NOT_BLANK });
    const region = requiredString(target.AwsRegion, 'AwsRegion');
    const priority = requiredInt(target.Priority, 'Priority', { min: 1 });
    const application = store.voice.sipMediaApplications.get(id);
    if (!application)
      throw badRequest(`TargetApplications names SIP media application ${id}, which does not exist`);
    if (application.AwsRegion !== region)
      throw badRequest(
        `TargetApplications gives SIP media application ${id} the Region ${region}; it is in ${application.AwsRegion}`,
      );
    return { SipMediaApplicationId: id, Priority: priority, AwsRegion: region };
  });
  const regions = targets.map((target) => target.AwsRegion);
  const repeated = regions.find((region, index) => regions.indexOf(region) !== index);
  if (repeated) throw badRequest(`TargetApplications has more than one application in ${repeated}`);
  return targets;
}

/** A rule as a response carries it: a copy, so later updates don't reach an answer already built. */
const ruleBody = (rule: SipRule): SipRule => structuredClone(rule);

/** SIP rule create, read, list, update and delete. */
export const sipRuleRoutes: Route[] = [
  {
    operation: 'CreateSipRule',
    method: 'POST',
    path: '/sip-rules',
    handle: ({ body, store }) => {
      const name = requiredString(body.Name, 'Name', NAME);
      const triggerType = requiredEnum(body.TriggerType, 'TriggerType', SIP_RULE_TRIGGER_TYPES);
      const triggerValue = requiredString(body.TriggerValue, 'TriggerValue', {
        pattern: triggerType === 'ToPhoneNumber' ? E164 : NOT_BLANK,
      });
      const targets = parseTargetApplications(store, body.TargetApplications);
      const disabled = optionalBoolean(body.Disabled, 'Disabled') ?? false;
      const same = [...store.voice.sipRules.values()].find(
        (rule) => rule.TriggerType === triggerType && rule.TriggerValue === triggerValue,
      );
      if (same)
        throw conflict(`SIP rule ${same.SipRuleId} already has the trigger ${triggerType} ${triggerValue}`);
      const id = store.newId();
      const now = store.now();
      const rule: SipRule = {
        SipRuleId: id,
        Name: name,
        Disabled: disabled,
        TriggerType: triggerType,
        TriggerValue: triggerValue,
        TargetApplications: targets,
        CreatedTimestamp: now,
        UpdatedTimestamp: now,
      };
      store.voice.sipRules.set(id, rule);
      return { status: 201, body: { SipRule: ruleBody(rule) } };
    },
  },
  {
    operation: 'GetSipRule',
    method: 'GET',
    path: '/sip-rules/{SipRuleId}',
    handle: (request) => ({ body: { SipRule: ruleBody(sipRuleOf(request)) } }),
  },
  {
    operation: 'ListSipRules',
    method: 'GET',
    path: '/sip-rules',
    handle: ({ query, store }) => {
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const applicationId = optionalString(
        query.get('sip-media-application') ?? undefined,
        'SipMediaApplicationId',
        { pattern: NOT_BLANK },
      );
      const rules = [...store.voice.sipRules.values()].filter(
        (rule) =>
          applicationId === undefined ||
          rule.TargetApplications.some((target) => target.SipMediaApplicationId === applicationId),
      );
      const page = store.paginator.page(
        rules,
        maxResults,
        query.get('next-token'),
        `ListSipRules:${applicationId ?? ''}`,
      );
      return { body: { SipRules: page.items.map(ruleBody), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateSipRule',
    method: 'PUT',
    path: '/sip-rules/{SipRuleId}',
    handle: (request) => {
      const rule = sipRuleOf(request);
      const { body, store } = request;
      const name = requiredString(body.Name, 'Name', NAME);
      const disabled = optionalBoolean(body.Disabled, 'Disabled');
      const targets =
        body.TargetApplications === undefined || body.TargetApplications === null
          ? undefined
          : parseTargetApplications(store, body.TargetApplications);
      Object.assign(rule, {
        Name: name,
        Disabled: disabled ?? rule.Disabled,
        TargetApplications: targets ?? rule.TargetApplications,
        UpdatedTimestamp: store.now(),
      });
      return { status: 202, body: { SipRule: ruleBody(rule) } };
    },
  },
  {
    operation: 'DeleteSipRule',
    method: 'DELETE',
    path: '/sip-rules/{SipRuleId}',
    handle: (request) => {
      const rule = sipRuleOf(request);
      // The reference: "You must disable a SIP rule before you can delete it."
      if (!rule.Disabled)
        throw conflict(`SIP rule ${rule.SipRuleId} is enabled; disable it before deleting it`);
      request.store.voice.sipRules.delete(rule.SipRuleId);
      return { status: 204 };
    },
  },
];
