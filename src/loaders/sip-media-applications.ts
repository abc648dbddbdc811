import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  GetSipMediaApplication,
  GetSipMediaApplicationLoggingConfiguration,
  ListSipMediaApplications,
} from '../chime/operations/sip-media-applications.ts';
import type {
  SipMediaApplication,
  SipMediaApplicationLoggingConfiguration,
} from '../chime/shapes/sip-media-application.ts';
import { type ForwardPage, type PageReader, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp } from './shared/upstream-values.ts';

/** A SIP media application, as the graph sees it. */
export interface SipMediaApplicationModel {
  sipMediaApplicationId: string;
  sipMediaApplicationArn: string | null;
  name: string | null;
  awsRegion: string | null;
  /** The Lambda functions it invokes (the upstream takes exactly one). */
  endpoints: { lambdaArn: string | null }[];
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** The message logging of a SIP media application; null members were never set. */
export interface SipMediaApplicationLoggingModel {
  enableSipMediaApplicationMessageLogs: boolean | null;
}

/** Maps an upstream SIP media application. */
export function toSipMediaApplication(application: SipMediaApplication): SipMediaApplicationModel {
  return {
    sipMediaApplicationId: application.SipMediaApplicationId,
    sipMediaApplicationArn: application.SipMediaApplicationArn ?? null,
    name: application.Name ?? null,
    awsRegion: application.AwsRegion ?? null,
    endpoints: (application.Endpoints ?? []).map((endpoint) => ({ lambdaArn: endpoint.LambdaArn ?? null })),
    createdTimestamp: isoTimestamp(application.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(application.UpdatedTimestamp),
  };
}

/** Maps an upstream logging configuration (absent: nothing set). */
export function toSipMediaApplicationLogging(
  logging: SipMediaApplicationLoggingConfiguration | undefined,
): SipMediaApplicationLoggingModel {
  return { enableSipMediaApplicationMessageLogs: logging?.EnableSipMediaApplicationMessageLogs ?? null };
}

/**
 * Per-request loaders for SIP media applications and their logging, and the writes that keep
 * them true after a mutation. No request keeps a list, so a write forgets its application
 * alone; in the shared cache it also makes every list of applications stale.
 */
export function createSipMediaApplicationLoaders(client: CachingCaller, cursors: Cursors) {
  // The one reader of ListSipMediaApplications: the by-id batch and the connection page through it.
  const readPage: PageReader<SipMediaApplicationModel> = async (token, maxResults) => {
    const out = await client.send(
      ListSipMediaApplications,
      { MaxResults: maxResults, NextToken: token ?? undefined },
      cachedAs('sip-media-applications'),
    );
    return { items: out.SipMediaApplications.map(toSipMediaApplication), nextToken: out.NextToken };
  };
  const prime = (application: SipMediaApplicationModel) =>
    sipMediaApplication.prime(application.sipMediaApplicationId, application);
  // Like voice connectors, an AWS account has few applications: the targets of several rules
  // asked for together are one list page rather than a Get each.
  const sipMediaApplication: DataLoader<string, SipMediaApplicationModel | null> = new DataLoader(
    listOrGetBatch<string, SipMediaApplicationModel>({
      groupOf: () => 'all',
      idOf: (sipMediaApplicationId) => sipMediaApplicationId,
      idOfItem: (item) => item.sipMediaApplicationId,
      readPage: (_all, token) => readPage(token ?? null, ListSipMediaApplications.maxResults!),
      get: (sipMediaApplicationId) =>
        client
          .send(
            GetSipMediaApplication,
            { SipMediaApplicationId: sipMediaApplicationId },
            cachedAs('sip-media-applications', sipMediaApplicationId),
          )
          .then((out) => toSipMediaApplication(out.SipMediaApplication)),
      prime,
    }).batch,
  );
  // Filed under its application in the shared cache, so the application's writes make it stale.
  const sipMediaApplicationLogging = getLoader(
    (sipMediaApplicationId: string) =>
      client
        .send(
          GetSipMediaApplicationLoggingConfiguration,
          { SipMediaApplicationId: sipMediaApplicationId },
          cachedAs('sip-media-applications', sipMediaApplicationId),
        )
        .then((out) => toSipMediaApplicationLogging(out.SipMediaApplicationLoggingConfiguration)),
    (sipMediaApplicationId) => sipMediaApplicationId,
  );
  return {
    sipMediaApplication,
    sipMediaApplicationLogging,
    /** A page of the AWS account's SIP media applications; each one read primes `sipMediaApplication`. */
    listSipMediaApplications: (page: ForwardPage) =>
      readConnection<SipMediaApplicationModel>(page, {
        cursors,
        scope: ['sipMediaApplications'],
        maxResults: ListSipMediaApplications.maxResults!,
        read: async (token, maxResults) => {
          const page = await readPage(token, maxResults);
          for (const item of page.items) prime(item);
          return page;
        },
      }),
    /** Records an application as the upstream just answered it (created or updated). */
    replaceSipMediaApplication: (application: SipMediaApplicationModel) => {
      sipMediaApplication
        .clear(application.sipMediaApplicationId)
        .prime(application.sipMediaApplicationId, application);
      client.changed('sip-media-applications', application.sipMediaApplicationId);
    },
    /** Records an application's logging as a put answered it. */
    replaceSipMediaApplicationLogging: (
      sipMediaApplicationId: string,
      logging: SipMediaApplicationLoggingModel,
    ) => {
      sipMediaApplicationLogging.clear(sipMediaApplicationId).prime(sipMediaApplicationId, logging);
      client.changed('sip-media-applications', sipMediaApplicationId);
    },
    /** Records that an application, and so its logging, no longer exists. */
    forgetSipMediaApplication: (sipMediaApplicationId: string) => {
      sipMediaApplication.clear(sipMediaApplicationId).prime(sipMediaApplicationId, null);
      sipMediaApplicationLogging.clear(sipMediaApplicationId).prime(sipMediaApplicationId, null);
      client.changed('sip-media-applications', sipMediaApplicationId);
    },
  };
}
