import { type ChimeClient, CreateAccountCommand, CreateBotCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { adminClient } from '../chime-local/admin-helpers.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

let gateway: TestGateway;
let admin: ChimeClient;
let accountId: string;
let otherAccountId: string;
let operator: Record<string, string>;
const logs = capturingLogger('debug');

const headersOf = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await mintHs256({ sub: 'bots', chime_role: 'operator', chime_accounts: ['*'], ...claims })}`,
});

/**
 * Upstream calls since the last reset, but GetAccount: accounts are read through the shared
 * cache, so whether a test's account read reaches chime-local depends on the tests before it.
 */
const calls = async () => {
  const { GetAccount: _, ...others } = (await gateway.stats()).calls;
  return others;
};

/** Sends `document` as `headers` (the operator of every account unless told), answering the body. */
async function send(document: string, variables?: Record<string, unknown>, headers = operator) {
  const { body } = await gateway.send(headers, document, variables);
  return body;
}

/** Every security token chime-local holds: none may appear in an answer or a log line. */
const securityTokens = () => [...gateway.store.admin.bots.values()].map((record) => record.bot.SecurityToken);

function expectNoToken(answer: unknown) {
  const text = JSON.stringify(answer) + JSON.stringify(logs.entries);
  for (const token of securityTokens()) expect(text).not.toContain(token);
}

const BOT = 'botId accountId userId displayName botEmail botType disabled createdTimestamp updatedTimestamp';
const USER_ERRORS = 'userErrors { field message code }';

beforeAll(async () => {
  gateway = await startTestGateway({
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    logger: logs.logger,
    gateway: { cache: { ttlSeconds: 60, store: memoryCacheStore() } },
  });
  admin = adminClient(gateway.local);
  accountId = (await admin.send(new CreateAccountCommand({ Name: 'Bot Corp' }))).Account!.AccountId!;
  otherAccountId = (await admin.send(new CreateAccountCommand({ Name: 'Other Corp' }))).Account!.AccountId!;
  operator = await headersOf({});
});
afterAll(async () => {
  admin.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const createBotIn = async (account: string, name: string) =>
  (await admin.send(new CreateBotCommand({ AccountId: account, DisplayName: name }))).Bot!.BotId!;

describe('createBot', () => {
  const CREATE = `mutation ($input: CreateBotInput!) { createBot(input: $input) { bot { id ${BOT} } ${USER_ERRORS} } }`;

  it('creates a bot, answered from the upstream’s answer without its security token', async () => {
    const result = await send(CREATE, { input: { accountId, displayName: 'Helper', domain: 'example.org' } });
    expect(result.errors).toBeUndefined();
    const { bot, userErrors } = result.data!.createBot;
    expect(userErrors).toEqual([]);
    expect(bot).toMatchObject({
      accountId,
      displayName: 'Helper',
      botType: 'CHAT_BOT',
      disabled: false,
      botEmail: expect.stringMatching(/@example\.org$/),
      createdTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(Buffer.from(bot.id, 'base64').toString()).toBe(`Bot:${accountId}|${bot.botId}`);
    expect(await calls()).toEqual({ CreateBot: 1 });
    expectNoToken(result);
  });

  it('refuses a blank display name or domain, and a hostile account id, with no upstream call', async () => {
    for (const [input, field] of [
      [{ accountId, displayName: '  ' }, 'displayName'],
      [{ accountId, displayName: 'x', domain: ' ' }, 'domain'],
      [{ accountId: '..', displayName: 'x' }, 'accountId'],
    ] as const) {
      const result = await send(CREATE, { input });
      expect(result.data!.createBot).toEqual({
        bot: null,
        userErrors: [{ field: ['input', field], message: expect.stringContaining(field), code: 'INVALID' }],
      });
    }
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers an unknown account as a NOT_FOUND user error', async () => {
    const result = await send(CREATE, { input: { accountId: 'no-such-account', displayName: 'x' } });
    expect(result.data!.createBot.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await calls()).toEqual({ CreateBot: 1 });
  });
});

describe('Account.bots and Account.bot', () => {
  let pagedAccount: string;
  let botIds: string[];
  beforeAll(async () => {
    pagedAccount = (await admin.send(new CreateAccountCommand({ Name: 'Paged' }))).Account!.AccountId!;
    botIds = [];
    for (const name of ['one', 'two', 'three']) botIds.push(await createBotIn(pagedAccount, name));
  });

  it('pages over ListBots with cursors, its bots whole from the list', async () => {
    const LIST = `query ($accountId: String!, $after: String) {
      account(accountId: $accountId) { bots(first: 2, after: $after) { nodes { ${BOT} } pageInfo { hasNextPage endCursor } } }
    }`;
    const first = await send(LIST, { accountId: pagedAccount });
    expect(first.errors).toBeUndefined();
    const page = first.data!.account.bots;
    expect(page.nodes.map((bot: { displayName: string }) => bot.displayName)).toEqual(['one', 'two']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await send(LIST, { accountId: pagedAccount, after: page.pageInfo.endCursor });
    expect(second.data!.account.bots.nodes.map((bot: { botId: string }) => bot.botId)).toEqual([botIds[2]]);
    expect(await calls()).toEqual({ ListBots: 2 });
    expectNoToken([first, second]);
  });

  it('reads one bot with GetBot, null for an unknown one, and by its node id', async () => {
    const result = await send(
      `query ($accountId: String!, $botId: String!, $id: ID!) {
        account(accountId: $accountId) { bot(botId: $botId) { displayName } unknown: bot(botId: "nope") { botId } }
        node(id: $id) { ... on Bot { botId } }
      }`,
      {
        accountId: pagedAccount,
        botId: botIds[0],
        id: Buffer.from(`Bot:${pagedAccount}|${botIds[1]}`).toString('base64'),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      account: { bot: { displayName: 'one' }, unknown: null },
      node: { botId: botIds[1] },
    });
    expect(await calls()).toEqual({ GetBot: 3 });
  });

  it('serves a bot a list of the same request brought without GetBot', async () => {
    // Mutations run one after the other: the first payload lists the account's bots, and the
    // second payload's bot is one of them.
    const result = await send(
      `mutation ($accountId: String!, $a: String!, $b: String!) {
        first: deleteEventsConfiguration(input: { accountId: $accountId, botId: $a }) {
          bot { account { bots(first: 10) { nodes { botId } } } }
        }
        second: deleteEventsConfiguration(input: { accountId: $accountId, botId: $b }) { bot { displayName } }
      }`,
      { accountId: pagedAccount, a: botIds[0], b: botIds[1] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.second.bot).toEqual({ displayName: 'two' });
    expect(await calls()).toEqual({ DeleteEventsConfiguration: 2, GetBot: 1, ListBots: 1 });
  });

  it('refuses a hostile bot id with no upstream call of its own', async () => {
    const result = await send(
      'query ($accountId: String!) { account(accountId: $accountId) { bot(botId: "..") { botId } } }',
      {
        accountId: pagedAccount,
      },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^botId must/),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(await calls()).toEqual({});
  });
});

describe('updateBot and regenerateBotSecurityToken', () => {
  let botId: string;
  beforeAll(async () => {
    botId = await createBotIn(accountId, 'Switchable');
  });

  it('stops a bot, and a later request reads it stopped', async () => {
    const result = await send(
      `mutation ($input: UpdateBotInput!) { updateBot(input: $input) { bot { disabled } ${USER_ERRORS} } }`,
      { input: { accountId, botId, disabled: true } },
    );
    expect(result.data!.updateBot).toEqual({ bot: { disabled: true }, userErrors: [] });
    expect(await calls()).toEqual({ UpdateBot: 1 });
    const read = await send(
      'query ($a: String!, $b: String!) { account(accountId: $a) { bot(botId: $b) { disabled } } }',
      {
        a: accountId,
        b: botId,
      },
    );
    expect(read.data!.account.bot).toEqual({ disabled: true });
  });

  it('regenerates the token, answering the bot and never the token, old or new', async () => {
    const before = gateway.store.admin.bots.get(botId)!.bot.SecurityToken;
    const result = await send(
      `mutation ($input: RegenerateBotSecurityTokenInput!) {
        regenerateBotSecurityToken(input: $input) { bot { ${BOT} } ${USER_ERRORS} }
      }`,
      { input: { accountId, botId } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.regenerateBotSecurityToken.bot.botId).toBe(botId);
    const after = gateway.store.admin.bots.get(botId)!.bot.SecurityToken;
    expect(after).not.toBe(before);
    expect(await calls()).toEqual({ RegenerateSecurityToken: 1 });
    expect(JSON.stringify(result)).not.toContain(before);
    expectNoToken(result);
  });

  it('answers an unknown bot as NOT_FOUND, and reads no bot twice through the shared cache', async () => {
    const result = await send(
      `mutation { updateBot(input: { accountId: "${accountId}", botId: "no-such-bot", disabled: false }) { bot { botId } ${USER_ERRORS} } }`,
    );
    expect(result.data!.updateBot.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    // GetBot answers the token: it is never kept in the shared cache, so each request asks again.
    const read = 'query ($a: String!, $b: String!) { account(accountId: $a) { bot(botId: $b) { botId } } }';
    await send(read, { a: accountId, b: botId });
    await send(read, { a: accountId, b: botId });
    expect(await calls()).toMatchObject({ UpdateBot: 1, GetBot: 2 });
  });
});

describe('events configuration', () => {
  let botId: string;
  const READ = `query ($a: String!, $b: String!) {
    account(accountId: $a) { bot(botId: $b) { eventsConfiguration { outboundEventsHttpsEndpoint lambdaFunctionArn } } }
  }`;
  const PUT = `mutation ($input: PutEventsConfigurationInput!) {
    putEventsConfiguration(input: $input) {
      bot { botId } eventsConfiguration { outboundEventsHttpsEndpoint lambdaFunctionArn } ${USER_ERRORS}
    }
  }`;
  const LAMBDA = 'arn:aws:lambda:us-east-1:111122223333:function:bot-events';
  beforeAll(async () => {
    botId = await createBotIn(accountId, 'Eventful');
  });

  it('reads none as null, puts an endpoint, then a Lambda function, each read back fresh on every replica', async () => {
    const replica = gateway.replica();
    const readOn = async (target: Pick<TestGateway, 'send'>) =>
      (await target.send(operator, READ, { a: accountId, b: botId })).body.data!.account.bot
        .eventsConfiguration;
    expect(await readOn(gateway)).toBeNull();
    expect(await readOn(replica)).toBeNull();
    // The replica's read was the shared cache's: one GetEventsConfiguration for both.
    expect((await calls()).GetEventsConfiguration).toBe(1);

    const put = await send(PUT, {
      input: { accountId, botId, outboundEventsHttpsEndpoint: 'https://bots.example.com/events' },
    });
    expect(put.data!.putEventsConfiguration).toEqual({
      bot: { botId },
      eventsConfiguration: {
        outboundEventsHttpsEndpoint: 'https://bots.example.com/events',
        lambdaFunctionArn: null,
      },
      userErrors: [],
    });
    expect(await readOn(replica)).toEqual({
      outboundEventsHttpsEndpoint: 'https://bots.example.com/events',
      lambdaFunctionArn: null,
    });

    await send(PUT, { input: { accountId, botId, lambdaFunctionArn: LAMBDA } });
    expect(await readOn(replica)).toEqual({ outboundEventsHttpsEndpoint: null, lambdaFunctionArn: LAMBDA });
    expect(await calls()).toMatchObject({ PutEventsConfiguration: 2, GetEventsConfiguration: 3 });
  });

  it('deletes it: the payload and every replica read none', async () => {
    const result = await send(
      `mutation ($input: DeleteEventsConfigurationInput!) {
        deleteEventsConfiguration(input: $input) { bot { eventsConfiguration { lambdaFunctionArn } } ${USER_ERRORS} }
      }`,
      { input: { accountId, botId } },
    );
    expect(result.data!.deleteEventsConfiguration).toEqual({
      bot: { eventsConfiguration: null },
      userErrors: [],
    });
    expect(await calls()).toEqual({ DeleteEventsConfiguration: 1, GetBot: 1 });
    const replica = gateway.replica();
    expect((await replica.send(operator, READ, { a: accountId, b: botId })).body.data!.account.bot).toEqual({
      eventsConfiguration: null,
    });
  });

  it('refuses neither or both, a plain-HTTP endpoint and a hostile bot id, with no upstream call', async () => {
    const cases: [Record<string, unknown>, string[], string][] = [
      [{}, ['input'], 'exactly one'],
      [
        { outboundEventsHttpsEndpoint: 'https://a.example.com', lambdaFunctionArn: LAMBDA },
        ['input'],
        'exactly one',
      ],
      [
        { outboundEventsHttpsEndpoint: 'http://a.example.com' },
        ['input', 'outboundEventsHttpsEndpoint'],
        'https://',
      ],
      [{ lambdaFunctionArn: 'my function' }, ['input', 'lambdaFunctionArn'], 'lambdaFunctionArn must'],
      [{ botId: '   ', lambdaFunctionArn: LAMBDA }, ['input', 'botId'], 'botId must'],
    ];
    for (const [input, field, message] of cases) {
      const result = await send(PUT, { input: { accountId, botId, ...input } });
      expect(result.data!.putEventsConfiguration).toEqual({
        bot: null,
        eventsConfiguration: null,
        userErrors: [{ field, message: expect.stringContaining(message), code: 'INVALID' }],
      });
    }
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('roles and tenancy', () => {
  let otherBot: string;
  beforeAll(async () => {
    otherBot = await createBotIn(otherAccountId, 'Theirs');
  });

  it('lets a viewer read bots and write none, with no upstream call for the refusal', async () => {
    const viewer = await headersOf({ chime_role: 'viewer' });
    const result = await send(
      `mutation { updateBot(input: { accountId: "${otherAccountId}", botId: "${otherBot}", disabled: true }) { bot { botId } } }`,
      undefined,
      viewer,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
    const read = await send(
      'query ($a: String!) { account(accountId: $a) { bots { nodes { botId } } } }',
      { a: otherAccountId },
      viewer,
    );
    expect(read.data!.account.bots.nodes).toEqual([{ botId: otherBot }]);
  });

  it('shows an operator of other accounts nothing of these bots, and refuses its writes as NOT_FOUND', async () => {
    const scoped = await headersOf({ chime_accounts: [accountId] });
    const read = await send(
      `query ($a: String!, $id: ID!) { account(accountId: $a) { bots { nodes { botId } } } node(id: $id) { id } }`,
      { a: otherAccountId, id: Buffer.from(`Bot:${otherAccountId}|${otherBot}`).toString('base64') },
      scoped,
    );
    expect(read.data).toEqual({ account: null, node: null });
    for (const mutation of ['updateBot', 'regenerateBotSecurityToken', 'deleteEventsConfiguration']) {
      const input =
        mutation === 'updateBot'
          ? 'UpdateBotInput'
          : mutation === 'regenerateBotSecurityToken'
            ? 'RegenerateBotSecurityTokenInput'
            : 'DeleteEventsConfigurationInput';
      const result = await send(
        `mutation ($input: ${input}!) { ${mutation}(input: $input) { bot { botId } ${USER_ERRORS} } }`,
        { input: { accountId: otherAccountId, botId: otherBot } },
        scoped,
      );
      expect(result.data![mutation]).toEqual({
        bot: null,
        userErrors: [{ field: ['input', 'accountId'], message: expect.any(String), code: 'NOT_FOUND' }],
      });
    }
    expect((await gateway.stats()).total).toBe(0);
  });
});
