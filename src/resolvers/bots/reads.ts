import type { RequestContext } from '../../context.ts';
import type { BotKey, BotModel, EventsConfigurationModel } from '../../loaders/bots.ts';
import { emptyConnection, type ForwardPage } from '../../loaders/shared/connection.ts';
import { inScope } from '../shared/tenancy.ts';

/** GetBot (or a list of this request that brought it); null when there is no such bot, or its account is out of scope. */
export async function getBot(ctx: RequestContext, key: BotKey): Promise<BotModel | null> {
  if (!inScope(ctx.identity, key.accountId)) return null;
  return ctx.loaders.bot.load(key);
}

/** ListBots of one account, as a connection; empty for an account out of the caller's scope. */
export async function listBots(ctx: RequestContext, accountId: string, page: ForwardPage) {
  if (!inScope(ctx.identity, accountId)) return emptyConnection<BotModel>();
  return ctx.loaders.listBots(accountId, page);
}

/** GetEventsConfiguration; null when the bot has none, does not exist, or its account is out of scope. */
export async function getEventsConfiguration(
  ctx: RequestContext,
  key: BotKey,
): Promise<EventsConfigurationModel | null> {
  if (!inScope(ctx.identity, key.accountId)) return null;
  return ctx.loaders.eventsConfiguration.load(key);
}
