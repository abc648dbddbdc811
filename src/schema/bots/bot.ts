import type { BotKey, BotModel, EventsConfigurationModel } from '../../loaders/bots.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import { getBot, getEventsConfiguration, listBots } from '../../resolvers/bots/reads.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { BotTypeEnum } from '../shared/enums.ts';
import { compoundId, splitCompoundId } from '../shared/ids.ts';
import { byIdOfParent, fromParent, fromParentId } from '../shared/look-ahead.ts';
import { BotConnection, BotRef } from './refs.ts';

/** The upstream key behind a Bot node id (`accountId|botId`); null when the id is not one. */
const toBotKey = (id: string): BotKey | null => {
  const [accountId, botId] = splitCompoundId(id, 2) ?? [];
  return accountId && botId ? { accountId, botId } : null;
};

const keyOf = (bot: BotModel): BotKey => ({ accountId: bot.accountId, botId: bot.botId });

export const EventsConfigurationRef = builder.objectRef<EventsConfigurationModel>('EventsConfiguration');
EventsConfigurationRef.implement({
  description: 'Where a bot receives its outgoing events: an HTTPS endpoint or a Lambda function.',
  fields: (t) => ({
    outboundEventsHttpsEndpoint: t.exposeString('outboundEventsHttpsEndpoint', { nullable: true }),
    lambdaFunctionArn: t.exposeString('lambdaFunctionArn', { nullable: true }),
  }),
});

builder.node(BotRef, {
  description:
    'A bot of an Amazon Chime Enterprise account. Its security token is a secret: no field answers it.',
  id: { resolve: (bot) => compoundId(bot.accountId, bot.botId) },
  loadMany: (ids, ctx) =>
    Promise.all(
      ids.map((id) => {
        const key = toBotKey(id);
        return key && getBot(ctx, key);
      }),
    ),
  fields: (t) => ({
    botId: t.exposeString('botId'),
    accountId: t.exposeString('accountId'),
    account: t.field({
      type: AccountRef,
      nullable: true,
      ...byIdOfParent(
        (bot: BotModel) => bot.accountId,
        (accountId, ctx) => getAccount(ctx, accountId),
      ),
    }),
    userId: t.exposeString('userId', { nullable: true, description: 'The bot’s own user.' }),
    displayName: t.exposeString('displayName', { nullable: true }),
    botEmail: t.exposeString('botEmail', { nullable: true }),
    botType: t.expose('botType', { type: BotTypeEnum, nullable: true }),
    disabled: t.exposeBoolean('disabled', {
      nullable: true,
      description: 'When true, the bot is stopped from running in its account.',
    }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    eventsConfiguration: t.field({
      type: EventsConfigurationRef,
      nullable: true,
      description: 'Where the bot receives its outgoing events (GetEventsConfiguration); null: nowhere.',
      ...fromParent((bot: BotModel, _args, ctx) => getEventsConfiguration(ctx, keyOf(bot))),
    }),
  }),
});

const accountIdOf = (account: { accountId: string }) => account.accountId;

builder.objectFields(AccountRef, (t) => ({
  bots: t.field({
    type: BotConnection,
    nullable: true,
    description: 'The bots of the account (ListBots).',
    args: forwardPageArgs,
    ...fromParentId(accountIdOf, (accountId, page, ctx, ahead) =>
      listBots(ctx, accountId, { ...page, onItems: ahead.items }),
    ),
  }),
  bot: t.field({
    type: BotRef,
    nullable: true,
    description: 'One bot of the account (GetBot, unless a list of this request brought it).',
    args: { botId: t.arg.string({ required: true }) },
    resolve: (account, { botId }, ctx) => getBot(ctx, { accountId: account.accountId, botId }),
  }),
}));
