import {
  type BotMutationResult,
  createBot,
  deleteEventsConfiguration,
  type EventsConfigurationMutationResult,
  putEventsConfiguration,
  regenerateBotSecurityToken,
  updateBot,
} from '../../resolvers/bots/commands.ts';
import { getBot } from '../../resolvers/bots/reads.ts';
import { builder } from '../builder.ts';
import { writeInAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { EventsConfigurationRef } from './bot.ts';
import { BotRef } from './refs.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the other and
// stops at the first failed non-null field, so a payload that can be null lets an upstream outage
// in one mutation leave the next ones running.

/** A payload whose `bot` is read through the request's loader (updated by the mutation). */
const botPayload = <T extends BotMutationResult>(name: string, description: string) => {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      bot: t.field({
        type: BotRef,
        nullable: true,
        resolve: (payload, _args, ctx) => payload.botKey && getBot(ctx, payload.botKey),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
};

const CreateBotInput = builder.inputType('CreateBotInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    displayName: t.string({ required: true, description: 'At least one character that is not white space.' }),
    domain: t.string({ description: "The domain of the Enterprise account; the bot's email is in it." }),
  }),
});

const UpdateBotInput = builder.inputType('UpdateBotInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    botId: t.string({ required: true }),
    disabled: t.boolean({ description: 'True stops the bot from running in the account; false starts it.' }),
  }),
});

const BotKeyInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ accountId: t.string({ required: true }), botId: t.string({ required: true }) }),
  });

const PutEventsConfigurationInput = builder.inputType('PutEventsConfigurationInput', {
  description: 'Where the bot receives its outgoing events: exactly one of the two.',
  fields: (t) => ({
    accountId: t.string({ required: true }),
    botId: t.string({ required: true }),
    outboundEventsHttpsEndpoint: t.string({ description: 'An HTTPS URL.' }),
    lambdaFunctionArn: t.string({ description: 'The ARN of a Lambda function.' }),
  }),
});

const PutEventsConfigurationPayload = botPayload<EventsConfigurationMutationResult>(
  'PutEventsConfigurationPayload',
  'The bot and its events configuration as they now are.',
);
builder.objectField(PutEventsConfigurationPayload, 'eventsConfiguration', (t) =>
  t.expose('eventsConfiguration', {
    type: EventsConfigurationRef,
    nullable: true,
    description: 'The configuration the upstream answered.',
  }),
);

builder.mutationFields((t) => ({
  createBot: t.field({
    authScopes: writeInAccounts,
    type: botPayload('CreateBotPayload', 'The bot created (without its security token).'),
    nullable: true,
    description: 'Creates a bot in an Enterprise account (CreateBot).',
    args: { input: t.arg({ type: CreateBotInput, required: true }) },
    resolve: (_root, { input }, ctx) => createBot(ctx, input),
  }),
  updateBot: t.field({
    authScopes: writeInAccounts,
    type: botPayload('UpdateBotPayload', 'The bot as it now is.'),
    nullable: true,
    description: 'Starts or stops a bot (UpdateBot).',
    args: { input: t.arg({ type: UpdateBotInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateBot(ctx, input),
  }),
  regenerateBotSecurityToken: t.field({
    authScopes: writeInAccounts,
    type: botPayload(
      'RegenerateBotSecurityTokenPayload',
      'The bot whose token was regenerated; the new token is never answered.',
    ),
    nullable: true,
    description:
      "Gives a bot a new security token, ending the old one (RegenerateSecurityToken); the token stays the upstream's.",
    args: { input: t.arg({ type: BotKeyInput('RegenerateBotSecurityTokenInput'), required: true }) },
    resolve: (_root, { input }, ctx) => regenerateBotSecurityToken(ctx, input),
  }),
  putEventsConfiguration: t.field({
    authScopes: writeInAccounts,
    type: PutEventsConfigurationPayload,
    nullable: true,
    description: 'Sets where a bot receives its outgoing events (PutEventsConfiguration).',
    args: { input: t.arg({ type: PutEventsConfigurationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putEventsConfiguration(ctx, input),
  }),
  deleteEventsConfiguration: t.field({
    authScopes: writeInAccounts,
    type: botPayload('DeleteEventsConfigurationPayload', 'The bot, which no longer receives events.'),
    nullable: true,
    description: 'Stops sending a bot its outgoing events (DeleteEventsConfiguration).',
    args: { input: t.arg({ type: BotKeyInput('DeleteEventsConfigurationInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteEventsConfiguration(ctx, input),
  }),
}));
