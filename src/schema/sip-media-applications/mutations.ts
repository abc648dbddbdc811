import {
  createSipMediaApplication,
  createSipMediaApplicationCall,
  type DeleteSipMediaApplicationResult,
  deleteSipMediaApplication,
  putSipMediaApplicationLogging,
  type SipMediaApplicationCallResult,
  type SipMediaApplicationMutationResult,
  updateSipMediaApplication,
  updateSipMediaApplicationCall,
} from '../../resolvers/sip-media-applications/commands.ts';
import {
  getSipMediaApplication,
  getSipMediaApplicationLogging,
} from '../../resolvers/sip-media-applications/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { SipMediaApplicationRef } from './refs.ts';
import { SipMediaApplicationLoggingConfigurationRef } from './sip-media-application.ts';

/** A payload whose `sipMediaApplication` is read through the request's loader (primed by the mutation). */
const applicationPayload = (name: string, description: string) => {
  const ref = builder.objectRef<SipMediaApplicationMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      sipMediaApplication: t.field({
        type: SipMediaApplicationRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.sipMediaApplicationId === null
            ? null
            : getSipMediaApplication(ctx, payload.sipMediaApplicationId),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const SipMediaApplicationEndpointInput = builder.inputType('SipMediaApplicationEndpointInput', {
  fields: (t) => ({
    lambdaArn: t.string({
      required: true,
      description: 'A Lambda function (version or alias) ARN in the application’s Region.',
    }),
  }),
});

const CreateSipMediaApplicationInput = builder.inputType('CreateSipMediaApplicationInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-256 characters.' }),
    awsRegion: t.string({ required: true, description: 'us-east-1 or us-west-2.' }),
    endpoints: t.field({
      type: [SipMediaApplicationEndpointInput],
      required: true,
      description: 'Exactly one.',
    }),
  }),
});

const UpdateSipMediaApplicationInput = builder.inputType('UpdateSipMediaApplicationInput', {
  description: 'Members left out keep their value.',
  fields: (t) => ({
    sipMediaApplicationId: t.string({ required: true }),
    name: t.string({ description: '1-256 characters.' }),
    endpoints: t.field({ type: [SipMediaApplicationEndpointInput], description: 'Exactly one.' }),
  }),
});

const DeleteSipMediaApplicationInput = builder.inputType('DeleteSipMediaApplicationInput', {
  fields: (t) => ({ sipMediaApplicationId: t.string({ required: true }) }),
});

const PutSipMediaApplicationLoggingConfigurationInput = builder.inputType(
  'PutSipMediaApplicationLoggingConfigurationInput',
  {
    fields: (t) => ({
      sipMediaApplicationId: t.string({ required: true }),
      enableSipMediaApplicationMessageLogs: t.boolean(),
    }),
  },
);

const StringEntryInput = builder.inputType('SipMediaApplicationCallEntryInput', {
  description: 'One entry of a string map: a SIP header, or an argument for the Lambda function.',
  fields: (t) => ({
    name: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

const CreateSipMediaApplicationCallInput = builder.inputType('CreateSipMediaApplicationCallInput', {
  fields: (t) => ({
    sipMediaApplicationId: t.string({ required: true }),
    fromPhoneNumber: t.string({
      required: true,
      description: 'E.164; a SIP media application dial-in number of the inventory.',
    }),
    toPhoneNumber: t.string({ required: true, description: 'E.164.' }),
    sipHeaders: t.field({
      type: [StringEntryInput],
      description: 'Added to the outbound call leg; at most 20, each name once.',
    }),
  }),
});

const UpdateSipMediaApplicationCallInput = builder.inputType('UpdateSipMediaApplicationCallInput', {
  fields: (t) => ({
    sipMediaApplicationId: t.string({ required: true }),
    transactionId: t.string({ required: true }),
    arguments: t.field({
      type: [StringEntryInput],
      required: true,
      description:
        'Handed to the Lambda function in its CALL_UPDATE_REQUESTED event; at most 20, each name once.',
    }),
  }),
});

const PutLoggingPayload = applicationPayload(
  'PutSipMediaApplicationLoggingConfigurationPayload',
  'The application and its logging as they now are.',
);
builder.objectField(PutLoggingPayload, 'loggingConfiguration', (t) =>
  t.field({
    type: SipMediaApplicationLoggingConfigurationRef,
    nullable: true,
    description: 'The logging as the put answered it.',
    resolve: (payload, _args, ctx) =>
      payload.sipMediaApplicationId === null
        ? null
        : getSipMediaApplicationLogging(ctx, payload.sipMediaApplicationId),
  }),
);

const DeleteSipMediaApplicationPayload = builder.objectRef<DeleteSipMediaApplicationResult>(
  'DeleteSipMediaApplicationPayload',
);
DeleteSipMediaApplicationPayload.implement({
  fields: (t) => ({
    deletedSipMediaApplicationId: t.exposeString('deletedSipMediaApplicationId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted application, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedSipMediaApplicationId === null
          ? null
          : { type: 'SipMediaApplication', id: payload.deletedSipMediaApplicationId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

/** A call mutation's payload: the call's transaction id, straight from the upstream's answer. */
const callPayload = (name: string, description: string) => {
  const ref = builder.objectRef<SipMediaApplicationCallResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      transactionId: t.exposeString('transactionId', { nullable: true }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

builder.mutationFields((t) => ({
  createSipMediaApplication: t.field({
    authScopes: writeOutsideAccounts,
    type: applicationPayload('CreateSipMediaApplicationPayload', 'The application created.'),
    nullable: true,
    description: 'Creates a SIP media application (CreateSipMediaApplication).',
    args: { input: t.arg({ type: CreateSipMediaApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) => createSipMediaApplication(ctx, input),
  }),
  updateSipMediaApplication: t.field({
    authScopes: writeOutsideAccounts,
    type: applicationPayload('UpdateSipMediaApplicationPayload', 'The application as it now is.'),
    nullable: true,
    description: 'Renames an application or replaces its endpoint (UpdateSipMediaApplication).',
    args: { input: t.arg({ type: UpdateSipMediaApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateSipMediaApplication(ctx, input),
  }),
  deleteSipMediaApplication: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteSipMediaApplicationPayload,
    nullable: true,
    description: 'Deletes an application (DeleteSipMediaApplication); no SIP rule may target it any more.',
    args: { input: t.arg({ type: DeleteSipMediaApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteSipMediaApplication(ctx, input),
  }),
  putSipMediaApplicationLoggingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: PutLoggingPayload,
    nullable: true,
    description:
      'Sets whether the application logs its messages (PutSipMediaApplicationLoggingConfiguration).',
    args: { input: t.arg({ type: PutSipMediaApplicationLoggingConfigurationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putSipMediaApplicationLogging(ctx, input),
  }),
  createSipMediaApplicationCall: t.field({
    authScopes: writeOutsideAccounts,
    type: callPayload('CreateSipMediaApplicationCallPayload', 'The outbound call made.'),
    nullable: true,
    description:
      'Calls a number from a number of the inventory; the application’s endpoint handles the call (CreateSipMediaApplicationCall).',
    args: { input: t.arg({ type: CreateSipMediaApplicationCallInput, required: true }) },
    resolve: (_root, { input }, ctx) => createSipMediaApplicationCall(ctx, input),
  }),
  updateSipMediaApplicationCall: t.field({
    authScopes: writeOutsideAccounts,
    type: callPayload('UpdateSipMediaApplicationCallPayload', 'The call updated.'),
    nullable: true,
    description:
      'Hands arguments to the endpoint of a call in progress, which may answer new actions (UpdateSipMediaApplicationCall).',
    args: { input: t.arg({ type: UpdateSipMediaApplicationCallInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateSipMediaApplicationCall(ctx, input),
  }),
}));
