import type { SipRuleTargetApplicationModel } from '../../loaders/sip-rules.ts';
import { getSipMediaApplication } from '../../resolvers/sip-media-applications/reads.ts';
import { getSipRule, listSipRules } from '../../resolvers/sip-rules/reads.ts';
import { builder } from '../builder.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { byIdOfParent, fromParent, loadWithChildren } from '../shared/look-ahead.ts';
import { SipMediaApplicationRef } from '../sip-media-applications/refs.ts';
import { SipRuleConnection, SipRuleRef, SipRuleTriggerTypeEnum } from './refs.ts';

const SipRuleTargetApplicationRef =
  builder.objectRef<SipRuleTargetApplicationModel>('SipRuleTargetApplication');
SipRuleTargetApplicationRef.implement({
  description: 'A SIP media application a rule runs, by priority, in its Region.',
  fields: (t) => ({
    sipMediaApplicationId: t.exposeString('sipMediaApplicationId', { nullable: true }),
    priority: t.exposeInt('priority', { nullable: true, description: '1 is tried first.' }),
    awsRegion: t.exposeString('awsRegion', { nullable: true }),
    sipMediaApplication: t.field({
      type: SipMediaApplicationRef,
      nullable: true,
      description: 'The application; the targets of several rules are read together.',
      ...byIdOfParent(
        (target: SipRuleTargetApplicationModel) => target.sipMediaApplicationId,
        (id, ctx) => getSipMediaApplication(ctx, id),
      ),
    }),
  }),
});

builder.node(SipRuleRef, {
  description: 'A SIP rule: incoming calls that match its trigger run its target SIP media applications.',
  id: { resolve: (rule) => rule.sipRuleId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getSipRule(ctx, id))),
  fields: (t) => ({
    sipRuleId: t.exposeString('sipRuleId'),
    name: t.exposeString('name', { nullable: true }),
    disabled: t.exposeBoolean('disabled', {
      nullable: true,
      description: 'A rule must be disabled to be deleted.',
    }),
    triggerType: t.expose('triggerType', { type: SipRuleTriggerTypeEnum, nullable: true }),
    triggerValue: t.exposeString('triggerValue', {
      nullable: true,
      description: 'A voice connector outbound host name, or an E.164 number.',
    }),
    targetApplications: t.expose('targetApplications', { type: [SipRuleTargetApplicationRef] }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  sipRules: t.field({
    authScopes: outsideAccounts,
    type: SipRuleConnection,
    nullable: true,
    description: 'The SIP rules of the AWS account, or those targeting one SIP media application.',
    args: { ...forwardPageArgs, sipMediaApplicationId: t.arg.string() },
    ...fromParent((_root, { sipMediaApplicationId, ...page }, ctx, ahead) =>
      listSipRules(ctx, { ...page, onItems: ahead.items }, sipMediaApplicationId ?? null),
    ),
  }),
  sipRule: t.field({
    authScopes: outsideAccounts,
    type: SipRuleRef,
    nullable: true,
    description: 'A SIP rule by id; null when there is none.',
    args: { sipRuleId: t.arg.string({ required: true }) },
    resolve: (_root, { sipRuleId }, ctx, info) =>
      loadWithChildren(sipRuleId, ctx, info, getSipRule(ctx, sipRuleId)),
  }),
}));
