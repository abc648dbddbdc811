import type { IsoTimestamp } from './timestamps.ts';

export const BOT_TYPES = ['ChatBot'] as const;
export type BotType = (typeof BOT_TYPES)[number];

/** A bot of an Amazon Chime Enterprise account, which receives events from Amazon Chime. */
export interface Bot {
  BotId: string;
  BotEmail?: string;
  BotType?: BotType;
  CreatedTimestamp?: IsoTimestamp;
  Disabled?: boolean;
  DisplayName?: string;
  /** The token Amazon Chime signs the bot's outgoing events with: a secret, never mapped to a model. */
  SecurityToken?: string;
  UpdatedTimestamp?: IsoTimestamp;
  UserId?: string;
}

/** Where a bot receives its outgoing events: an HTTPS endpoint or a Lambda function ARN. */
export interface EventsConfiguration {
  BotId?: string;
  LambdaFunctionArn?: string;
  OutboundEventsHTTPSEndpoint?: string;
}
