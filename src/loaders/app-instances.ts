import type { ChimeCaller } from '../chime/client.ts';
import {
  DescribeAppInstance,
  DescribeAppInstanceUser,
  ListAppInstances,
  ListAppInstanceUsers,
} from '../chime/operations/app-instances.ts';
import type { AppInstanceSummary, AppInstanceUserSummary } from '../chime/shapes/app-instance.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';

const byArn = (arn: string) => arn;

/**
 * Per-request loaders for app instances and their users (the identity group: no bearer,
 * the signature alone authorizes these reads). As for channels, a summary loader is
 * primed by lists and otherwise reads through the Describe loader.
 */
export function createAppInstanceLoaders(client: ChimeCaller, cursors: Cursors) {
  const appInstance = getLoader(
    (appInstanceArn: string) =>
      client.send(DescribeAppInstance, { AppInstanceArn: appInstanceArn }).then((out) => out.AppInstance),
    byArn,
  );
  const appInstanceSummary = getLoader<string, AppInstanceSummary | null>(
    (appInstanceArn) => appInstance.load(appInstanceArn),
    byArn,
  );
  const appInstanceUser = getLoader(
    (appInstanceUserArn: string) =>
      client
        .send(DescribeAppInstanceUser, { AppInstanceUserArn: appInstanceUserArn })
        .then((out) => out.AppInstanceUser),
    byArn,
  );
  const appInstanceUserSummary = getLoader<string, AppInstanceUserSummary | null>(
    (appInstanceUserArn) => appInstanceUser.load(appInstanceUserArn),
    byArn,
  );
  return {
    appInstance,
    appInstanceSummary,
    appInstanceUser,
    appInstanceUserSummary,
    /** A page of the AWS account's app instances; each one read primes `appInstanceSummary`. */
    listAppInstances: (page: ForwardPage) =>
      readConnection<AppInstanceSummary>(page, {
        cursors,
        scope: ['appInstances'],
        maxResults: ListAppInstances.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListAppInstances, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          for (const item of out.AppInstances) appInstanceSummary.prime(item.AppInstanceArn, item);
          return { items: out.AppInstances, nextToken: out.NextToken };
        },
      }),
    /** A page of an app instance's users; each one read primes `appInstanceUserSummary`. */
    listAppInstanceUsers: (appInstanceArn: string, page: ForwardPage) =>
      readConnection<AppInstanceUserSummary>(page, {
        cursors,
        scope: ['appInstanceUsers', appInstanceArn],
        maxResults: ListAppInstanceUsers.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListAppInstanceUsers, {
            AppInstanceArn: appInstanceArn,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          for (const item of out.AppInstanceUsers)
            appInstanceUserSummary.prime(item.AppInstanceUserArn, item);
          return { items: out.AppInstanceUsers, nextToken: out.NextToken };
        },
      }),
  };
}
