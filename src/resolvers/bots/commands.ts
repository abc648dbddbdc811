import {
  CreateBot,
  DeleteEventsConfiguration,
  PutEventsConfiguration,
  RegenerateSecurityToken,
  UpdateBot,
} from '../../chime/operations/bots.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import {
  type BotKey,
  type EventsConfigurationModel,
  toBot,
  toEventsConfiguration,
} from '../../loaders/bots.ts';
import {
  BOT_DISPLAY_NAME_RULE,
  BOT_DOMAIN_RULE,
  HTTPS_ENDPOINT_RULE,
  LAMBDA_FUNCTION_ARN_RULE,
} from '../shared/admin-rules.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import { checkAccountInScope } from '../shared/tenancy.ts';
import { invalid, type MutationResult, type UserErrorModel } from '../shared/user-errors.ts';

// Every bot answer carries the bot's security token; `toBot` leaves it behind, so what these
// commands keep and answer is the bot without it.

/**
 * What a bot mutation answers: which bot it changed. The payload's `bot` is read through the
 * request's loader, which the mutation has updated.
 */
export type BotMutationResult = MutationResult<{ botKey: BotKey }>;

/** Input of `createBot`. */
export interface CreateBotInput {
  accountId: string;
  displayName: string;
  domain?: string | null;
}

/** Input of `updateBot`. */
export interface UpdateBotInput extends BotKey {
  disabled?: boolean | null;
}

/** Input of `putEventsConfiguration`: exactly one of the two. */
export interface PutEventsConfigurationInput extends BotKey {
  outboundEventsHttpsEndpoint?: string | null;
  lambdaFunctionArn?: string | null;
}

const noBot = { botKey: null };

/** The rules on the `accountId` and `botId` that address one bot; a bot of an account out of scope does not exist for the caller. */
function checkBotKey(ctx: RequestContext, input: BotKey): UserErrorModel[] {
  return [
    ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
    ...checkText(input.botId, ['input', 'botId'], PARAMETERS.BotId),
    ...checkAccountInScope(ctx.identity, input.accountId),
  ];
}

const keyOf = (input: BotKey): BotKey => ({ accountId: input.accountId, botId: input.botId });

/** CreateBot. Changes: the new bot (replaced with the upstream's answer, without its token). */
export function createBot(ctx: RequestContext, input: CreateBotInput): Promise<BotMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, input.accountId),
      ...checkText(input.displayName, ['input', 'displayName'], BOT_DISPLAY_NAME_RULE),
      ...checkText(input.domain, ['input', 'domain'], BOT_DOMAIN_RULE),
    ],
    noBot,
    async () => {
      const { Bot } = await ctx.client.send(CreateBot, {
        AccountId: input.accountId,
        DisplayName: input.displayName,
        Domain: input.domain ?? undefined,
      });
      const model = toBot(input.accountId, Bot);
      ctx.loaders.replaceBot(model);
      return { botKey: { accountId: input.accountId, botId: model.botId } };
    },
  );
}

/** UpdateBot: starts or stops the bot (`disabled`). Changes: the bot (replaced with the upstream's answer). */
export function updateBot(ctx: RequestContext, input: UpdateBotInput): Promise<BotMutationResult> {
  const key = keyOf(input);
  return validateThenRun(checkBotKey(ctx, input), noBot, async () => {
    const { Bot } = await ctx.client.send(UpdateBot, {
      AccountId: key.accountId,
      BotId: key.botId,
      Disabled: input.disabled ?? undefined,
    });
    ctx.loaders.replaceBot(toBot(key.accountId, Bot));
    return { botKey: key };
  });
}

/**
 * RegenerateSecurityToken: the old token stops working. The new one is in the upstream's answer
 * only, and stays there: the payload answers the bot without it. Changes: the bot (replaced).
 */
export function regenerateBotSecurityToken(ctx: RequestContext, input: BotKey): Promise<BotMutationResult> {
  const key = keyOf(input);
  return validateThenRun(checkBotKey(ctx, input), noBot, async () => {
    const { Bot } = await ctx.client.send(RegenerateSecurityToken, {
      AccountId: key.accountId,
      BotId: key.botId,
    });
    ctx.loaders.replaceBot(toBot(key.accountId, Bot));
    return { botKey: key };
  });
}

/** What an events configuration mutation answers: the bot, and its configuration as it now is. */
export type EventsConfigurationMutationResult = MutationResult<{
  botKey: BotKey;
  eventsConfiguration: EventsConfigurationModel;
}>;

/**
 * PutEventsConfiguration: where the bot receives its outgoing events, "either an HTTPS endpoint
 * or a Lambda function ARN" (001), so exactly one. Changes: the bot's events configuration (replaced).
 */
export function putEventsConfiguration(
  ctx: RequestContext,
  input: PutEventsConfigurationInput,
): Promise<EventsConfigurationMutationResult> {
  const key = keyOf(input);
  const endpoint = input.outboundEventsHttpsEndpoint ?? undefined;
  const lambda = input.lambdaFunctionArn ?? undefined;
  const choice =
    (endpoint === undefined) === (lambda === undefined)
      ? [
          invalid(
            ['input'],
            `exactly one of outboundEventsHttpsEndpoint and lambdaFunctionArn is required, got ${endpoint === undefined ? 'neither' : 'both'}`,
          ),
        ]
      : [];
  return validateThenRun(
    [
      ...checkBotKey(ctx, input),
      ...choice,
      ...checkText(endpoint, ['input', 'outboundEventsHttpsEndpoint'], HTTPS_ENDPOINT_RULE),
      ...checkText(lambda, ['input', 'lambdaFunctionArn'], LAMBDA_FUNCTION_ARN_RULE),
    ],
    { botKey: null, eventsConfiguration: null },
    async () => {
      const { EventsConfiguration } = await ctx.client.send(PutEventsConfiguration, {
        AccountId: key.accountId,
        BotId: key.botId,
        OutboundEventsHTTPSEndpoint: endpoint,
        LambdaFunctionArn: lambda,
      });
      const eventsConfiguration = toEventsConfiguration(EventsConfiguration);
      ctx.loaders.replaceEventsConfiguration(key, eventsConfiguration);
      return { botKey: key, eventsConfiguration };
    },
  );
}

/** DeleteEventsConfiguration. Changes: the bot's events configuration (now known to be none). */
export function deleteEventsConfiguration(ctx: RequestContext, input: BotKey): Promise<BotMutationResult> {
  const key = keyOf(input);
  return validateThenRun(checkBotKey(ctx, input), noBot, async () => {
    await ctx.client.send(DeleteEventsConfiguration, { AccountId: key.accountId, BotId: key.botId });
    ctx.loaders.replaceEventsConfiguration(key, null);
    return { botKey: key };
  });
}
