import type {
  SipMediaApplicationLoggingModel,
  SipMediaApplicationModel,
} from '../../loaders/sip-media-applications.ts';
import {
  getSipMediaApplication,
  getSipMediaApplicationLogging,
  listSipMediaApplications,
} from '../../resolvers/sip-media-applications/reads.ts';
import { listSipRules } from '../../resolvers/sip-rules/reads.ts';
import { builder } from '../builder.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { fromParent, fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import { SipRuleConnection } from '../sip-rules/refs.ts';
import { SipMediaApplicationRef } from './refs.ts';

export const SipMediaApplicationConnection = builder.connectionObject({
  type: SipMediaApplicationRef,
  name: 'SipMediaApplicationConnection',
});

const SipMediaApplicationEndpointRef = builder.objectRef<{ lambdaArn: string | null }>(
  'SipMediaApplicationEndpoint',
);
SipMediaApplicationEndpointRef.implement({
  description: 'The Lambda function a SIP media application invokes for its calls.',
  fields: (t) => ({ lambdaArn: t.exposeString('lambdaArn', { nullable: true }) }),
});

export const SipMediaApplicationLoggingConfigurationRef = builder.objectRef<SipMediaApplicationLoggingModel>(
  'SipMediaApplicationLoggingConfiguration',
);
SipMediaApplicationLoggingConfigurationRef.implement({
  description: 'What a SIP media application logs to CloudWatch.',
  fields: (t) => ({
    enableSipMediaApplicationMessageLogs: t.exposeBoolean('enableSipMediaApplicationMessageLogs', {
      nullable: true,
      description: 'Null when never set.',
    }),
  }),
});

// The fields below that need only the id start beside GetSipMediaApplication under `sipMediaApplication(id:)`.
const idOf = (application: SipMediaApplicationModel) => application.sipMediaApplicationId;

builder.node(SipMediaApplicationRef, {
  description: 'A SIP media application: the Lambda function that handles the calls SIP rules send it.',
  id: { resolve: idOf },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getSipMediaApplication(ctx, id))),
  fields: (t) => ({
    sipMediaApplicationId: t.exposeString('sipMediaApplicationId'),
    sipMediaApplicationArn: t.exposeString('sipMediaApplicationArn', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
    awsRegion: t.exposeString('awsRegion', { nullable: true }),
    endpoints: t.expose('endpoints', { type: [SipMediaApplicationEndpointRef] }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    loggingConfiguration: t.field({
      type: SipMediaApplicationLoggingConfigurationRef,
      nullable: true,
      description: 'Message logging settings (GetSipMediaApplicationLoggingConfiguration).',
      ...fromParentId(idOf, (id, _args, ctx) => getSipMediaApplicationLogging(ctx, id)),
    }),
    sipRules: t.field({
      type: SipRuleConnection,
      nullable: true,
      description: 'The SIP rules that target the application (ListSipRules by sip-media-application).',
      args: forwardPageArgs,
      ...fromParentId(idOf, (id, page, ctx, ahead) =>
        listSipRules(ctx, { ...page, onItems: ahead.items }, id),
      ),
    }),
  }),
});

builder.queryFields((t) => ({
  sipMediaApplications: t.field({
    authScopes: outsideAccounts,
    type: SipMediaApplicationConnection,
    nullable: true,
    description: 'The SIP media applications of the AWS account.',
    args: forwardPageArgs,
    ...fromParent((_root, page, ctx, ahead) =>
      listSipMediaApplications(ctx, { ...page, onItems: ahead.items }),
    ),
  }),
  sipMediaApplication: t.field({
    authScopes: outsideAccounts,
    type: SipMediaApplicationRef,
    nullable: true,
    description: 'A SIP media application by id; null when there is none.',
    args: { sipMediaApplicationId: t.arg.string({ required: true }) },
    resolve: (_root, { sipMediaApplicationId }, ctx, info) =>
      loadWithChildren(sipMediaApplicationId, ctx, info, getSipMediaApplication(ctx, sipMediaApplicationId)),
  }),
}));
