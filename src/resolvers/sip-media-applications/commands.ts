import {
  CreateSipMediaApplication,
  CreateSipMediaApplicationCall,
  DeleteSipMediaApplication,
  PutSipMediaApplicationLoggingConfiguration,
  UpdateSipMediaApplication,
  UpdateSipMediaApplicationCall,
} from '../../chime/operations/sip-media-applications.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { SipMediaApplication } from '../../chime/shapes/sip-media-application.ts';
import type { RequestContext } from '../../context.ts';
import { toSipMediaApplication, toSipMediaApplicationLogging } from '../../loaders/sip-media-applications.ts';
import { E164_RULE } from '../phone-numbers/rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import {
  checkAwsRegion,
  checkEndpoints,
  checkStringEntries,
  type SipMediaApplicationEndpointInput,
  type StringEntryInput,
  toStringMap,
  VOICE_NAME_RULE,
} from '../shared/voice-rules.ts';

/**
 * What a SIP media application mutation answers: the application it changed. The payload's
 * `sipMediaApplication` is read through the request's loader, which the mutation has updated.
 */
export type SipMediaApplicationMutationResult = MutationResult<{ sipMediaApplicationId: string }>;

/** Input of `createSipMediaApplication`. */
export interface CreateSipMediaApplicationInput {
  name: string;
  awsRegion: string;
  endpoints: SipMediaApplicationEndpointInput[];
}

/** Input of `updateSipMediaApplication`: members left out keep their value. */
export interface UpdateSipMediaApplicationInput {
  sipMediaApplicationId: string;
  name?: string | null;
  endpoints?: SipMediaApplicationEndpointInput[] | null;
}

const noApplication = { sipMediaApplicationId: null };
const idField = ['input', 'sipMediaApplicationId'];
const checkId = (id: string) => checkText(id, idField, PARAMETERS.SipMediaApplicationId);
const toEndpoints = (endpoints: readonly SipMediaApplicationEndpointInput[]) =>
  endpoints.map((endpoint) => ({ LambdaArn: endpoint.lambdaArn }));

/** The application as the upstream just answered it replaces whatever the request had loaded. */
function replaceApplication(ctx: RequestContext, application: SipMediaApplication): string {
  ctx.loaders.replaceSipMediaApplication(toSipMediaApplication(application));
  return application.SipMediaApplicationId;
}

/** CreateSipMediaApplication. Changes: the new application (replaced). */
export function createSipMediaApplication(
  ctx: RequestContext,
  input: CreateSipMediaApplicationInput,
): Promise<SipMediaApplicationMutationResult> {
  const regionErrors = checkAwsRegion(input.awsRegion, ['input', 'awsRegion']);
  return validateThenRun(
    [
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...regionErrors,
      // The endpoint's Region is compared with the application's only once that one is valid.
      ...checkEndpoints(
        input.endpoints,
        ['input', 'endpoints'],
        regionErrors.length === 0 ? input.awsRegion : null,
      ),
    ],
    noApplication,
    async () => {
      const { SipMediaApplication } = await ctx.client.send(CreateSipMediaApplication, {
        Name: input.name,
        AwsRegion: input.awsRegion,
        Endpoints: toEndpoints(input.endpoints),
      });
      return { sipMediaApplicationId: replaceApplication(ctx, SipMediaApplication) };
    },
  );
}

/**
 * UpdateSipMediaApplication (the upstream keeps what it is not sent; its Region is fixed, so an
 * endpoint in another Region is the upstream's to refuse). Changes: the application (replaced).
 */
export function updateSipMediaApplication(
  ctx: RequestContext,
  input: UpdateSipMediaApplicationInput,
): Promise<SipMediaApplicationMutationResult> {
  const { sipMediaApplicationId: id } = input;
  return validateThenRun(
    [
      ...checkId(id),
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkEndpoints(input.endpoints, ['input', 'endpoints']),
    ],
    noApplication,
    async () => {
      const { SipMediaApplication } = await ctx.client.send(UpdateSipMediaApplication, {
        SipMediaApplicationId: id,
        Name: input.name ?? undefined,
        Endpoints: input.endpoints ? toEndpoints(input.endpoints) : undefined,
      });
      return { sipMediaApplicationId: replaceApplication(ctx, SipMediaApplication) };
    },
    idField,
  );
}

/** What `deleteSipMediaApplication` answers: the id of the application that is gone. */
export type DeleteSipMediaApplicationResult = MutationResult<{ deletedSipMediaApplicationId: string }>;

/**
 * DeleteSipMediaApplication (the upstream refuses while a SIP rule targets it: CONFLICT).
 * Changes: the application and its logging (now known not to exist).
 */
export function deleteSipMediaApplication(
  ctx: RequestContext,
  input: { sipMediaApplicationId: string },
): Promise<DeleteSipMediaApplicationResult> {
  const { sipMediaApplicationId: id } = input;
  return validateThenRun(checkId(id), { deletedSipMediaApplicationId: null }, async () => {
    await ctx.client.send(DeleteSipMediaApplication, { SipMediaApplicationId: id });
    ctx.loaders.forgetSipMediaApplication(id);
    return { deletedSipMediaApplicationId: id };
  });
}

/** PutSipMediaApplicationLoggingConfiguration. Changes: the application's logging (replaced). */
export function putSipMediaApplicationLogging(
  ctx: RequestContext,
  input: { sipMediaApplicationId: string; enableSipMediaApplicationMessageLogs?: boolean | null },
): Promise<SipMediaApplicationMutationResult> {
  const { sipMediaApplicationId: id } = input;
  return validateThenRun(
    checkId(id),
    noApplication,
    async () => {
      const enabled = input.enableSipMediaApplicationMessageLogs;
      const out = await ctx.client.send(PutSipMediaApplicationLoggingConfiguration, {
        SipMediaApplicationId: id,
        SipMediaApplicationLoggingConfiguration:
          enabled == null ? {} : { EnableSipMediaApplicationMessageLogs: enabled },
      });
      ctx.loaders.replaceSipMediaApplicationLogging(
        id,
        toSipMediaApplicationLogging(out.SipMediaApplicationLoggingConfiguration),
      );
      return { sipMediaApplicationId: id };
    },
    idField,
  );
}

/** What the call mutations answer: the call's transaction id. */
export type SipMediaApplicationCallResult = MutationResult<{ transactionId: string }>;

/** Input of `createSipMediaApplicationCall`. */
export interface CreateSipMediaApplicationCallInput {
  sipMediaApplicationId: string;
  fromPhoneNumber: string;
  toPhoneNumber: string;
  sipHeaders?: StringEntryInput[] | null;
}

/** CreateSipMediaApplicationCall: an outbound call the application's endpoint handles. Changes nothing the graph reads. */
export function createSipMediaApplicationCall(
  ctx: RequestContext,
  input: CreateSipMediaApplicationCallInput,
): Promise<SipMediaApplicationCallResult> {
  const { sipMediaApplicationId: id } = input;
  return validateThenRun(
    [
      ...checkId(id),
      ...checkText(input.fromPhoneNumber, ['input', 'fromPhoneNumber'], E164_RULE),
      ...checkText(input.toPhoneNumber, ['input', 'toPhoneNumber'], E164_RULE),
      ...checkStringEntries(input.sipHeaders, ['input', 'sipHeaders']),
    ],
    { transactionId: null },
    async () => {
      const { SipMediaApplicationCall } = await ctx.client.send(CreateSipMediaApplicationCall, {
        SipMediaApplicationId: id,
        FromPhoneNumber: input.fromPhoneNumber,
        ToPhoneNumber: input.toPhoneNumber,
        SipHeaders: input.sipHeaders ? toStringMap(input.sipHeaders) : undefined,
      });
      return { transactionId: SipMediaApplicationCall.TransactionId ?? null };
    },
  );
}

/** Input of `updateSipMediaApplicationCall`. */
export interface UpdateSipMediaApplicationCallInput {
  sipMediaApplicationId: string;
  transactionId: string;
  arguments: StringEntryInput[];
}

/** UpdateSipMediaApplicationCall: hands arguments to the endpoint of a call in progress. Changes nothing the graph reads. */
export function updateSipMediaApplicationCall(
  ctx: RequestContext,
  input: UpdateSipMediaApplicationCallInput,
): Promise<SipMediaApplicationCallResult> {
  const { sipMediaApplicationId: id, transactionId } = input;
  return validateThenRun(
    [
      ...checkId(id),
      ...checkText(transactionId, ['input', 'transactionId'], PARAMETERS.TransactionId),
      ...checkStringEntries(input.arguments, ['input', 'arguments']),
    ],
    { transactionId: null },
    async () => {
      const { SipMediaApplicationCall } = await ctx.client.send(UpdateSipMediaApplicationCall, {
        SipMediaApplicationId: id,
        TransactionId: transactionId,
        Arguments: toStringMap(input.arguments),
      });
      return { transactionId: SipMediaApplicationCall.TransactionId ?? transactionId };
    },
    ['input', 'transactionId'],
  );
}
