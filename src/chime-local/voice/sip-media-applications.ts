import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound } from '../errors.ts';
import { findNumberByE164 } from '../phone-numbers/inventory.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import {
  optionalBoolean,
  optionalInt,
  optionalObject,
  optionalString,
  requiredArray,
  requiredEnum,
  requiredObject,
  requiredString,
} from '../validate.ts';
import { sipMediaApplicationArn } from './ids.ts';
import { E164, pathId, sipMediaApplicationOf } from './lookup.ts';
import {
  SIP_MEDIA_APPLICATION_REGIONS,
  type SipMediaApplication,
  type VoiceConnectorRegion,
} from './state.ts';

const NAME = { min: 1, max: 256 };

/**
 * A Lambda function, version or alias ARN. The reference prints the pattern garbled (no `+`
 * after the function name, no `-` before the Region's digit, `\$\{LATEST`); this is its intact form.
 */
const LAMBDA_ARN =
  /^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_.]+(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;

/** The reference: a string-to-string map of 0-20 entries (SipHeaders, Arguments). */
function stringMap(value: unknown, name: string): Record<string, string> | undefined {
  const map = optionalObject(value, name);
  if (!map) return undefined;
  const entries = Object.entries(map);
  if (entries.length > 20) throw badRequest(`${name} must have at most 20 entries, got ${entries.length}`);
  for (const [key, member] of entries)
    if (typeof member !== 'string') throw badRequest(`${name}.${key} must be a string, got ${typeof member}`);
  return map as Record<string, string>;
}

/**
 * Endpoints: exactly one, a Lambda ARN in the application's Region ("The function must be
 * created in the same AWS Region as the SIP media application").
 */
function parseEndpoints(value: unknown, region: string): { LambdaArn: string }[] {
  return requiredArray(value, 'Endpoints', { min: 1, max: 1 }).map((member) => {
    const endpoint = requiredObject(member, 'Endpoints');
    const arn = requiredString(endpoint.LambdaArn, 'LambdaArn', { max: 10000, pattern: LAMBDA_ARN });
    const arnRegion = arn.split(':')[3];
    if (arnRegion !== region)
      throw badRequest(
        `LambdaArn must name a function in ${region}, the application's Region, got ${arnRegion}`,
      );
    return { LambdaArn: arn };
  });
}

/** What it takes to create a SIP media application; `id` fixes the id (seed data). */
export interface NewSipMediaApplication {
  Name: string;
  AwsRegion: VoiceConnectorRegion;
  Endpoints: { LambdaArn: string }[];
  id?: string;
}

/** Adds a SIP media application to the store. */
export function createSipMediaApplication(store: Store, input: NewSipMediaApplication): SipMediaApplication {
  const id = input.id ?? store.newId();
  const now = store.now();
  const application: SipMediaApplication = {
    SipMediaApplicationId: id,
    AwsRegion: input.AwsRegion,
    Name: input.Name,
    Endpoints: input.Endpoints,
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
    SipMediaApplicationArn: sipMediaApplicationArn(input.AwsRegion, id),
  };
  store.voice.sipMediaApplications.set(id, application);
  return application;
}

/** An application as a response carries it: a copy, so later updates don't reach an answer already built. */
const applicationBody = (application: SipMediaApplication) => structuredClone(application);

/** SIP media application create, read, list, update and delete, their logging and their calls. */
export const sipMediaApplicationRoutes: Route[] = [
  {
    operation: 'CreateSipMediaApplication',
    method: 'POST',
    path: '/sip-media-applications',
    handle: ({ body, store }) => {
      const region = requiredEnum(body.AwsRegion, 'AwsRegion', SIP_MEDIA_APPLICATION_REGIONS);
      const name = requiredString(body.Name, 'Name', NAME);
      const endpoints = parseEndpoints(body.Endpoints, region);
      if ([...store.voice.sipMediaApplications.values()].some((existing) => existing.Name === name))
        throw conflict(`A SIP media application named ${JSON.stringify(name)} already exists`);
      const application = createSipMediaApplication(store, {
        Name: name,
        AwsRegion: region,
        Endpoints: endpoints,
      });
      return { status: 201, body: { SipMediaApplication: applicationBody(application) } };
    },
  },
  {
    operation: 'GetSipMediaApplication',
    method: 'GET',
    path: '/sip-media-applications/{SipMediaApplicationId}',
    handle: (request) => ({ body: { SipMediaApplication: applicationBody(sipMediaApplicationOf(request)) } }),
  },
  {
    operation: 'ListSipMediaApplications',
    method: 'GET',
    path: '/sip-media-applications',
    handle: ({ query, store }) => {
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      optionalString(query.get('next-token') ?? undefined, 'NextToken', { max: 65535 });
      const page = store.paginator.page(
        [...store.voice.sipMediaApplications.values()],
        maxResults,
        query.get('next-token'),
        'ListSipMediaApplications',
      );
      return {
        body: { SipMediaApplications: page.items.map(applicationBody), NextToken: page.nextToken },
      };
    },
  },
  {
    operation: 'UpdateSipMediaApplication',
    method: 'PUT',
    path: '/sip-media-applications/{SipMediaApplicationId}',
    handle: (request) => {
      const application = sipMediaApplicationOf(request);
      const { body, store } = request;
      const name = optionalString(body.Name, 'Name', NAME);
      const endpoints =
        body.Endpoints === undefined || body.Endpoints === null
          ? undefined
          : parseEndpoints(body.Endpoints, application.AwsRegion);
      if (
        name !== undefined &&
        [...store.voice.sipMediaApplications.values()].some(
          (other) => other !== application && other.Name === name,
        )
      )
        throw conflict(`A SIP media application named ${JSON.stringify(name)} already exists`);
      Object.assign(application, {
        Name: name ?? application.Name,
        Endpoints: endpoints ?? application.Endpoints,
        UpdatedTimestamp: store.now(),
      });
      return { body: { SipMediaApplication: applicationBody(application) } };
    },
  },
  {
    operation: 'DeleteSipMediaApplication',
    method: 'DELETE',
    path: '/sip-media-applications/{SipMediaApplicationId}',
    handle: (request) => {
      const { SipMediaApplicationId: id } = sipMediaApplicationOf(request);
      const { voice } = request.store;
      // The service refuses while a SIP rule still targets the application.
      const rules = [...voice.sipRules.values()].filter((rule) =>
        rule.TargetApplications.some((target) => target.SipMediaApplicationId === id),
      );
      if (rules.length > 0)
        throw conflict(
          `SIP media application ${id} is a target of SIP rules ${rules.map((rule) => rule.SipRuleId).join(', ')}; remove it from them before deleting it`,
        );
      voice.sipMediaApplications.delete(id);
      voice.sipMediaApplicationLogging.delete(id);
      return { status: 204 };
    },
  },
  {
    operation: 'GetSipMediaApplicationLoggingConfiguration',
    method: 'GET',
    path: '/sip-media-applications/{SipMediaApplicationId}/logging-configuration',
    handle: (request) => {
      const { SipMediaApplicationId: id } = sipMediaApplicationOf(request);
      const logging = request.store.voice.sipMediaApplicationLogging.get(id) ?? {};
      return { body: { SipMediaApplicationLoggingConfiguration: { ...logging } } };
    },
  },
  {
    operation: 'PutSipMediaApplicationLoggingConfiguration',
    method: 'PUT',
    path: '/sip-media-applications/{SipMediaApplicationId}/logging-configuration',
    handle: (request) => {
      const { SipMediaApplicationId: id } = sipMediaApplicationOf(request);
      const configuration = optionalObject(
        request.body.SipMediaApplicationLoggingConfiguration,
        'SipMediaApplicationLoggingConfiguration',
      );
      const enabled = optionalBoolean(
        configuration?.EnableSipMediaApplicationMessageLogs,
        'EnableSipMediaApplicationMessageLogs',
      );
      const logging = enabled === undefined ? {} : { EnableSipMediaApplicationMessageLogs: enabled };
      request.store.voice.sipMediaApplicationLogging.set(id, logging);
      return { body: { SipMediaApplicationLoggingConfiguration: { ...logging } } };
    },
  },
  {
    operation: 'CreateSipMediaApplicationCall',
    method: 'POST',
    path: '/sip-media-applications/{SipMediaApplicationId}/calls',
    handle: (request) => {
      // The reference lists no NotFoundException here: an unknown application is a bad request.
      const id = pathId(request, 'SipMediaApplicationId');
      const { body, store } = request;
      if (!store.voice.sipMediaApplications.has(id))
        throw badRequest(`SipMediaApplicationId names no SIP media application: ${id}`);
      const from = requiredString(body.FromPhoneNumber, 'FromPhoneNumber', { pattern: E164 });
      requiredString(body.ToPhoneNumber, 'ToPhoneNumber', { pattern: E164 });
      stringMap(body.SipHeaders, 'SipHeaders');
      const number = findNumberByE164(store, from);
      if (number?.ProductType !== 'SipMediaApplicationDialIn')
        throw badRequest(
          `FromPhoneNumber must be a SipMediaApplicationDialIn number of the inventory, got ${JSON.stringify(from)}`,
        );
      const transactionId = randomUUID();
      store.voice.sipMediaApplicationCalls.set(transactionId, id);
      return { status: 201, body: { SipMediaApplicationCall: { TransactionId: transactionId } } };
    },
  },
  {
    operation: 'UpdateSipMediaApplicationCall',
    method: 'POST',
    path: '/sip-media-applications/{SipMediaApplicationId}/calls/{TransactionId}',
    handle: (request) => {
      const { SipMediaApplicationId: id } = sipMediaApplicationOf(request);
      const transactionId = pathId(request, 'TransactionId');
      if (request.body.Arguments === undefined || request.body.Arguments === null)
        throw badRequest('Arguments is required');
      stringMap(request.body.Arguments, 'Arguments');
      if (request.store.voice.sipMediaApplicationCalls.get(transactionId) !== id)
        throw notFound(`Call ${transactionId} not found on SIP media application ${id}`);
      return { status: 202, body: { SipMediaApplicationCall: { TransactionId: transactionId } } };
    },
  },
];
