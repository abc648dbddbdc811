import {
  createSipRule,
  type DeleteSipRuleResult,
  deleteSipRule,
  type SipRuleMutationResult,
  updateSipRule,
} from '../../resolvers/sip-rules/commands.ts';
import { getSipRule } from '../../resolvers/sip-rules/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { SipRuleRef, SipRuleTriggerTypeEnum } from './refs.ts';

/** A payload whose `sipRule` is read through the request's loader (primed by the mutation). */
const rulePayload = (name: string, description: string) => {
  const ref = builder.objectRef<SipRuleMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      sipRule: t.field({
        type: SipRuleRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.sipRuleId === null ? null : getSipRule(ctx, payload.sipRuleId),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const SipRuleTargetApplicationInput = builder.inputType('SipRuleTargetApplicationInput', {
  fields: (t) => ({
    sipMediaApplicationId: t.string({ required: true }),
    priority: t.int({ required: true, description: 'At least 1; 1 is tried first.' }),
    awsRegion: t.string({
      required: true,
      description: 'The application’s Region; one application per Region.',
    }),
  }),
});

const CreateSipRuleInput = builder.inputType('CreateSipRuleInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-256 characters.' }),
    triggerType: t.field({ type: SipRuleTriggerTypeEnum, required: true }),
    triggerValue: t.string({
      required: true,
      description: 'A voice connector outbound host name, or for TO_PHONE_NUMBER an E.164 number.',
    }),
    targetApplications: t.field({
      type: [SipRuleTargetApplicationInput],
      required: true,
      description: '1-25.',
    }),
    disabled: t.boolean(),
  }),
});

const UpdateSipRuleInput = builder.inputType('UpdateSipRuleInput', {
  description: 'Members left out keep their value; targetApplications replaces all of the rule’s targets.',
  fields: (t) => ({
    sipRuleId: t.string({ required: true }),
    name: t.string({ description: '1-256 characters.' }),
    disabled: t.boolean(),
    targetApplications: t.field({ type: [SipRuleTargetApplicationInput], description: '1-25.' }),
  }),
});

const DeleteSipRuleInput = builder.inputType('DeleteSipRuleInput', {
  fields: (t) => ({ sipRuleId: t.string({ required: true }) }),
});

const DeleteSipRulePayload = builder.objectRef<DeleteSipRuleResult>('DeleteSipRulePayload');
DeleteSipRulePayload.implement({
  fields: (t) => ({
    deletedSipRuleId: t.exposeString('deletedSipRuleId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted rule, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedSipRuleId === null ? null : { type: 'SipRule', id: payload.deletedSipRuleId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createSipRule: t.field({
    authScopes: writeOutsideAccounts,
    type: rulePayload('CreateSipRulePayload', 'The rule created.'),
    nullable: true,
    description: 'Creates a SIP rule (CreateSipRule); no other rule may have its trigger.',
    args: { input: t.arg({ type: CreateSipRuleInput, required: true }) },
    resolve: (_root, { input }, ctx) => createSipRule(ctx, input),
  }),
  updateSipRule: t.field({
    authScopes: writeOutsideAccounts,
    type: rulePayload('UpdateSipRulePayload', 'The rule as it now is.'),
    nullable: true,
    description: 'Renames, disables or retargets a rule (UpdateSipRule).',
    args: { input: t.arg({ type: UpdateSipRuleInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateSipRule(ctx, input),
  }),
  deleteSipRule: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteSipRulePayload,
    nullable: true,
    description: 'Deletes a rule (DeleteSipRule); it must be disabled first.',
    args: { input: t.arg({ type: DeleteSipRuleInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteSipRule(ctx, input),
  }),
}));
