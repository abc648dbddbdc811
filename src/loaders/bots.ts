import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetBot, GetEventsConfiguration, ListBots } from '../chime/operations/bots.ts';
import { BOT_TYPES, type Bot, type BotType, type EventsConfiguration } from '../chime/shapes/bot.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** A bot is addressed by its account and its own id. */
export interface BotKey {
  accountId: string;
  botId: string;
}

/** A bot of an Amazon Chime Enterprise account, as the graph sees it: never its security token. */
export interface BotModel {
  botId: string;
  accountId: string;
  userId: string | null;
  displayName: string | null;
  botEmail: string | null;
  botType: BotType | null;
  disabled: boolean | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** Where a bot receives its outgoing events; null members: not that way. */
export interface EventsConfigurationModel {
  outboundEventsHttpsEndpoint: string | null;
  lambdaFunctionArn: string | null;
}

/**
 * Maps an upstream bot of `accountId` (the answer does not name the account). The security
 * token is left behind here, the one place bots are mapped, so no field or log can carry it.
 */
export function toBot(accountId: string, bot: Bot): BotModel {
  return {
    botId: bot.BotId,
    accountId,
    userId: bot.UserId ?? null,
    displayName: bot.DisplayName ?? null,
    botEmail: bot.BotEmail ?? null,
    botType: knownValue(BOT_TYPES, bot.BotType),
    disabled: bot.Disabled ?? null,
    createdTimestamp: isoTimestamp(bot.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(bot.UpdatedTimestamp),
  };
}

/** Maps an events configuration; null when it names neither an endpoint nor a Lambda function. */
export function toEventsConfiguration(configuration: EventsConfiguration): EventsConfigurationModel | null {
  const endpoint = configuration.OutboundEventsHTTPSEndpoint || null;
  const lambda = configuration.LambdaFunctionArn || null;
  return endpoint || lambda ? { outboundEventsHttpsEndpoint: endpoint, lambdaFunctionArn: lambda } : null;
}

/** One string for a bot key: the loader's cache key, and its id in the shared cache. */
const idOf = ({ accountId, botId }: BotKey) => `${accountId}/${botId}`;

/**
 * Per-request loaders for bots and their events configurations, and the cache changes bot writes
 * make. GetBot and ListBots answer the bot's security token, so their answers are kept out of the
 * shared cache (which stores answers as the upstream sent them): only the request's own loader
 * holds them, mapped without the token. Events configurations hold no secret and are shared.
 */
export function createBotLoaders(client: CachingCaller, cursors: Cursors) {
  const bot = getLoader(
    (key: BotKey) =>
      client
        .send(GetBot, { AccountId: key.accountId, BotId: key.botId })
        .then((out) => toBot(key.accountId, out.Bot)),
    idOf,
  );
  const eventsConfiguration = getLoader(
    (key: BotKey) =>
      client
        .send(
          GetEventsConfiguration,
          { AccountId: key.accountId, BotId: key.botId },
          cachedAs('bots', idOf(key)),
        )
        .then((out) => toEventsConfiguration(out.EventsConfiguration)),
    idOf,
  );
  return {
    bot,
    eventsConfiguration,
    /** A page of an account's bots; each one read primes `bot`. */
    listBots: (accountId: string, page: ForwardPage) =>
      readConnection<BotModel>(page, {
        cursors,
        scope: ['bots', accountId],
        maxResults: ListBots.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListBots, {
            AccountId: accountId,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          const bots = out.Bots.map((item) => toBot(accountId, item));
          for (const item of bots) bot.prime({ accountId, botId: item.botId }, item);
          return { items: bots, nextToken: out.NextToken };
        },
      }),
    /** The bot as the upstream just answered it replaces whatever the request had loaded. */
    replaceBot(model: BotModel): void {
      const key = { accountId: model.accountId, botId: model.botId };
      bot.clear(key).prime(key, model);
      client.changed('bots', idOf(key));
    },
    /** The events configuration as the upstream just answered it (null: deleted) replaces what the request had loaded. */
    replaceEventsConfiguration(key: BotKey, model: EventsConfigurationModel | null): void {
      eventsConfiguration.clear(key).prime(key, model);
      client.changed('bots', idOf(key));
    },
  };
}
