import { randomBytes } from 'node:crypto';
import { badRequest, notFound } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalBoolean, optionalInt, optionalString, requiredString } from '../validate.ts';
import { requireAccount } from './records.ts';
import { accountIdLabel, NON_BLANK } from './rules.ts';
import type { Bot, EventsConfiguration } from './state.ts';

type BotRecord = { accountId: string; bot: Bot; events?: EventsConfiguration };

/** A fresh security token: what Amazon Chime signs the bot's outgoing events with. */
const newSecurityToken = () => randomBytes(24).toString('base64url');

/** The `{AccountId}` and `{BotId}` labels resolved to the bot, or 400/404. */
function botFromLabels(store: Store, params: Record<string, string>): BotRecord {
  const account = requireAccount(store, accountIdLabel(params));
  const botId = requiredString(params.BotId, 'BotId', { pattern: NON_BLANK });
  const record = store.admin.bots.get(botId);
  if (!record || record.accountId !== account.AccountId)
    throw notFound(
      `Bot ${JSON.stringify(botId)} does not exist in account ${JSON.stringify(account.AccountId)}`,
    );
  return record;
}

/** A bot as the service answers it: a copy, so later changes to the record don't leak into answers. */
const botView = (record: BotRecord): Bot => ({ ...record.bot });

/** What Get- and PutEventsConfiguration answer. */
const eventsView = (record: BotRecord) => ({
  EventsConfiguration: { BotId: record.bot.BotId, ...record.events },
});

/** An email local part from a display name: letters, digits and dashes. */
const emailName = (displayName: string) =>
  displayName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'bot';

/** Bot operations: create, read, list, enable or disable, new security token, events configuration. */
export const botRoutes: Route[] = [
  {
    operation: 'CreateBot',
    method: 'POST',
    path: '/accounts/{AccountId}/bots',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const displayName = requiredString(body.DisplayName, 'DisplayName', { pattern: NON_BLANK });
      const domain = optionalString(body.Domain, 'Domain', { pattern: NON_BLANK }) ?? 'example.com';
      const now = store.now();
      const botId = store.newId();
      const bot: Bot = {
        BotId: botId,
        UserId: store.newId(),
        DisplayName: displayName,
        BotType: 'ChatBot',
        Disabled: false,
        CreatedTimestamp: now,
        UpdatedTimestamp: now,
        BotEmail: `${emailName(displayName)}-${botId.slice(0, 8)}@${domain}`,
        SecurityToken: newSecurityToken(),
      };
      const record = { accountId: account.AccountId, bot };
      store.admin.bots.set(botId, record);
      return { status: 201, body: { Bot: botView(record) } };
    },
  },
  {
    operation: 'GetBot',
    method: 'GET',
    path: '/accounts/{AccountId}/bots/{BotId}',
    handle: ({ params, store }) => ({ body: { Bot: botView(botFromLabels(store, params)) } }),
  },
  {
    operation: 'ListBots',
    method: 'GET',
    path: '/accounts/{AccountId}/bots',
    handle: ({ params, query, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 10;
      const bots = [...store.admin.bots.values()].filter((record) => record.accountId === account.AccountId);
      const page = store.paginator.page(
        bots,
        maxResults,
        query.get('next-token'),
        `ListBots:${account.AccountId}`,
      );
      return { body: { Bots: page.items.map(botView), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateBot',
    method: 'POST',
    path: '/accounts/{AccountId}/bots/{BotId}',
    handle: ({ params, body, store }) => {
      const record = botFromLabels(store, params);
      const disabled = optionalBoolean(body.Disabled, 'Disabled');
      if (disabled !== undefined) record.bot.Disabled = disabled;
      record.bot.UpdatedTimestamp = store.now();
      return { body: { Bot: botView(record) } };
    },
  },
  {
    operation: 'RegenerateSecurityToken',
    method: 'POST',
    path: '/accounts/{AccountId}/bots/{BotId}',
    query: { operation: 'regenerate-security-token' },
    handle: ({ params, store }) => {
      const record = botFromLabels(store, params);
      record.bot.SecurityToken = newSecurityToken();
      record.bot.UpdatedTimestamp = store.now();
      return { body: { Bot: botView(record) } };
    },
  },
  {
    operation: 'GetEventsConfiguration',
    method: 'GET',
    path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
    handle: ({ params, store }) => ({ body: eventsView(botFromLabels(store, params)) }),
  },
  {
    operation: 'PutEventsConfiguration',
    method: 'PUT',
    path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
    handle: ({ params, body, store }) => {
      const record = botFromLabels(store, params);
      const endpoint = optionalString(body.OutboundEventsHTTPSEndpoint, 'OutboundEventsHTTPSEndpoint', {
        pattern: /^https:\/\/\S+$/,
      });
      const lambda = optionalString(body.LambdaFunctionArn, 'LambdaFunctionArn', { pattern: /^arn:\S+$/ });
      // "Choose either an HTTPS endpoint or a Lambda function ARN."
      if ((endpoint === undefined) === (lambda === undefined))
        throw badRequest('Exactly one of OutboundEventsHTTPSEndpoint and LambdaFunctionArn is required');
      record.events =
        endpoint === undefined ? { LambdaFunctionArn: lambda } : { OutboundEventsHTTPSEndpoint: endpoint };
      return { status: 201, body: eventsView(record) };
    },
  },
  {
    operation: 'DeleteEventsConfiguration',
    method: 'DELETE',
    path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
    handle: ({ params, store }) => {
      const record = botFromLabels(store, params);
      delete record.events;
      return { status: 204 };
    },
  },
];
