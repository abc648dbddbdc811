import { defineOperation } from '../operation.ts';
import type { Bot, EventsConfiguration } from '../shapes/bot.ts';

/** A bot, addressed by its account and its own id. */
export interface BotKeyInput {
  AccountId: string;
  BotId: string;
}

/** What every operation answering one bot answers. */
export interface BotOutput {
  Bot: Bot;
}

export interface CreateBotInput {
  AccountId: string;
  DisplayName: string;
  Domain?: string;
}

/** Creates a bot for an Amazon Chime Enterprise account. `POST /accounts/{AccountId}/bots` */
export const CreateBot = defineOperation<CreateBotInput, BotOutput>({
  name: 'CreateBot',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/bots',
  successStatus: 201,
});

/** Retrieves details for the specified bot, such as bot email address, bot type, status, and display name. `GET /accounts/{AccountId}/bots/{BotId}` */
export const GetBot = defineOperation<BotKeyInput, BotOutput>({
  name: 'GetBot',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/bots/{BotId}',
  successStatus: 200,
});

export interface ListBotsInput {
  AccountId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListBotsOutput {
  Bots: Bot[];
  NextToken?: string;
}

/** Lists the bots associated with the administrator's Amazon Chime Enterprise account ID. `GET /accounts/{AccountId}/bots` */
export const ListBots = defineOperation<ListBotsInput, ListBotsOutput>({
  name: 'ListBots',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/bots',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateBotInput extends BotKeyInput {
  Disabled?: boolean;
}

/** Updates the status of the specified bot, such as starting or stopping the bot from running. `POST /accounts/{AccountId}/bots/{BotId}` */
export const UpdateBot = defineOperation<UpdateBotInput, BotOutput>({
  name: 'UpdateBot',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/bots/{BotId}',
  successStatus: 200,
});

/** Regenerates the security token for a bot. `POST /accounts/{AccountId}/bots/{BotId}?operation=regenerate-security-token` */
export const RegenerateSecurityToken = defineOperation<BotKeyInput, BotOutput>({
  name: 'RegenerateSecurityToken',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/bots/{BotId}',
  fixedQuery: { operation: 'regenerate-security-token' },
  successStatus: 200,
});

export interface EventsConfigurationOutput {
  EventsConfiguration: EventsConfiguration;
}

/** Gets details for an events configuration that allows a bot to receive outgoing events. `GET /accounts/{AccountId}/bots/{BotId}/events-configuration` */
export const GetEventsConfiguration = defineOperation<BotKeyInput, EventsConfigurationOutput>({
  name: 'GetEventsConfiguration',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
  successStatus: 200,
});

export interface PutEventsConfigurationInput extends BotKeyInput {
  LambdaFunctionArn?: string;
  OutboundEventsHTTPSEndpoint?: string;
}

/** Creates an events configuration that allows a bot to receive outgoing events sent by Amazon Chime. `PUT /accounts/{AccountId}/bots/{BotId}/events-configuration` */
export const PutEventsConfiguration = defineOperation<PutEventsConfigurationInput, EventsConfigurationOutput>(
  {
    name: 'PutEventsConfiguration',
    group: 'admin',
    method: 'PUT',
    path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
    successStatus: 201,
  },
);

/** Deletes the events configuration that allows a bot to receive outgoing events. `DELETE /accounts/{AccountId}/bots/{BotId}/events-configuration` */
export const DeleteEventsConfiguration = defineOperation<BotKeyInput, Record<string, never>>({
  name: 'DeleteEventsConfiguration',
  group: 'admin',
  method: 'DELETE',
  path: '/accounts/{AccountId}/bots/{BotId}/events-configuration',
  successStatus: 204,
});
