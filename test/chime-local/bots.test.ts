import {
  BadRequestException,
  CreateAccountCommand,
  CreateBotCommand,
  DeleteEventsConfigurationCommand,
  GetBotCommand,
  GetEventsConfigurationCommand,
  ListBotsCommand,
  NotFoundException,
  PutEventsConfigurationCommand,
  RegenerateSecurityTokenCommand,
  UpdateBotCommand,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const local = useAdminLocal();

describe('bots', () => {
  let accountId: string;
  beforeAll(async () => {
    const { Account } = await local.admin.send(new CreateAccountCommand({ Name: 'Bots' }));
    accountId = Account!.AccountId!;
  });

  it('creates a bot with 201, enabled, with an email in its domain and a security token', async () => {
    const out = await local.admin.send(
      new CreateBotCommand({ AccountId: accountId, DisplayName: 'Helper Bot', Domain: 'example.org' }),
    );
    expect(out.$metadata.httpStatusCode).toBe(201);
    expect(out.Bot).toMatchObject({
      BotId: expect.any(String),
      UserId: expect.any(String),
      DisplayName: 'Helper Bot',
      BotType: 'ChatBot',
      Disabled: false,
      BotEmail: expect.stringMatching(/^helper-bot-.+@example\.org$/),
      SecurityToken: expect.any(String),
    });
    expect(out.Bot!.CreatedTimestamp).toBeInstanceOf(Date);
    const read = await local.admin.send(new GetBotCommand({ AccountId: accountId, BotId: out.Bot!.BotId }));
    expect(read.Bot).toEqual(out.Bot);
  });

  it('disables a bot and gives it a new security token', async () => {
    const { Bot } = await local.admin.send(new CreateBotCommand({ AccountId: accountId, DisplayName: 'B' }));
    const key = { AccountId: accountId, BotId: Bot!.BotId! };
    const updated = await local.admin.send(new UpdateBotCommand({ ...key, Disabled: true }));
    expect(updated.Bot!.Disabled).toBe(true);
    const regenerated = await local.admin.send(new RegenerateSecurityTokenCommand(key));
    expect(regenerated.$metadata.httpStatusCode).toBe(200);
    expect(regenerated.Bot!.SecurityToken).toEqual(expect.any(String));
    expect(regenerated.Bot!.SecurityToken).not.toBe(Bot!.SecurityToken);
    expect((await local.admin.send(new GetBotCommand(key))).Bot!.Disabled).toBe(true);
  });

  it('lists an account’s bots in pages of max-results (1-99) with NextToken', async () => {
    const { Account } = await local.admin.send(new CreateAccountCommand({ Name: 'Paged bots' }));
    const pagedAccount = Account!.AccountId!;
    for (const name of ['one', 'two', 'three'])
      await local.admin.send(new CreateBotCommand({ AccountId: pagedAccount, DisplayName: name }));
    const first = await local.admin.send(new ListBotsCommand({ AccountId: pagedAccount, MaxResults: 2 }));
    expect(first.Bots!.map((bot) => bot.DisplayName)).toEqual(['one', 'two']);
    const second = await local.admin.send(
      new ListBotsCommand({ AccountId: pagedAccount, MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.Bots!.map((bot) => bot.DisplayName)).toEqual(['three']);
    expect(second.NextToken).toBeUndefined();
    for (const max of [0, 100]) {
      const error = await rejection(
        local.admin.send(new ListBotsCommand({ AccountId: pagedAccount, MaxResults: max })),
      );
      expect(error).toBeInstanceOf(BadRequestException);
      expect(error.message).toContain('MaxResults');
    }
    const replayed = await rejection(
      local.admin.send(new ListBotsCommand({ AccountId: accountId, NextToken: first.NextToken })),
    );
    expect(replayed).toBeInstanceOf(BadRequestException);
  });

  it('puts, reads and deletes an events configuration: one HTTPS endpoint or one Lambda ARN', async () => {
    const { Bot } = await local.admin.send(new CreateBotCommand({ AccountId: accountId, DisplayName: 'Ev' }));
    const key = { AccountId: accountId, BotId: Bot!.BotId! };
    expect((await local.admin.send(new GetEventsConfigurationCommand(key))).EventsConfiguration).toEqual({
      BotId: key.BotId,
    });
    const put = await local.admin.send(
      new PutEventsConfigurationCommand({
        ...key,
        OutboundEventsHTTPSEndpoint: 'https://bots.example.com/in',
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(put.EventsConfiguration).toEqual({
      BotId: key.BotId,
      OutboundEventsHTTPSEndpoint: 'https://bots.example.com/in',
    });
    const lambda = 'arn:aws:lambda:us-east-1:111122223333:function:bot';
    await local.admin.send(new PutEventsConfigurationCommand({ ...key, LambdaFunctionArn: lambda }));
    expect((await local.admin.send(new GetEventsConfigurationCommand(key))).EventsConfiguration).toEqual({
      BotId: key.BotId,
      LambdaFunctionArn: lambda,
    });
    for (const wrong of [
      {},
      { OutboundEventsHTTPSEndpoint: 'https://a.example.com', LambdaFunctionArn: lambda },
      { OutboundEventsHTTPSEndpoint: 'http://a.example.com' },
    ]) {
      const error = await rejection(
        local.admin.send(new PutEventsConfigurationCommand({ ...key, ...wrong })),
      );
      expect(error).toBeInstanceOf(BadRequestException);
      expect(error.message).toMatch(/OutboundEventsHTTPSEndpoint/);
    }
    const deleted = await local.admin.send(new DeleteEventsConfigurationCommand(key));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect((await local.admin.send(new GetEventsConfigurationCommand(key))).EventsConfiguration).toEqual({
      BotId: key.BotId,
    });
  });

  it('answers 404 NotFoundException for an unknown bot, a bot of another account, or an unknown account', async () => {
    const { Bot } = await local.admin.send(
      new CreateBotCommand({ AccountId: accountId, DisplayName: 'Mine' }),
    );
    const { Account } = await local.admin.send(new CreateAccountCommand({ Name: 'Other' }));
    const cases = [
      new GetBotCommand({ AccountId: accountId, BotId: 'no-such-bot' }),
      new GetBotCommand({ AccountId: Account!.AccountId!, BotId: Bot!.BotId! }),
      new UpdateBotCommand({ AccountId: accountId, BotId: 'no-such-bot', Disabled: true }),
      new RegenerateSecurityTokenCommand({ AccountId: accountId, BotId: 'no-such-bot' }),
      new GetEventsConfigurationCommand({ AccountId: accountId, BotId: 'no-such-bot' }),
      new DeleteEventsConfigurationCommand({ AccountId: accountId, BotId: 'no-such-bot' }),
      new ListBotsCommand({ AccountId: 'no-such-account' }),
      new CreateBotCommand({ AccountId: 'no-such-account', DisplayName: 'x' }),
    ];
    for (const command of cases) {
      const error = await rejection(local.admin.send(command as never));
      expect(error, command.constructor.name).toBeInstanceOf(NotFoundException);
      expect(error.$metadata?.httpStatusCode).toBe(404);
    }
  });

  it('refuses a blank display name or domain with 400 naming it', async () => {
    for (const [input, name] of [
      [{ DisplayName: '   ' }, 'DisplayName'],
      [{ DisplayName: 'x', Domain: ' ' }, 'Domain'],
    ] as const) {
      const error = await rejection(
        local.admin.send(new CreateBotCommand({ AccountId: accountId, ...input })),
      );
      expect(error).toBeInstanceOf(BadRequestException);
      expect(error.message).toContain(name);
    }
  });
});
