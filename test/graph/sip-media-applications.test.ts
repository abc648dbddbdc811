import {
  type ChimeSDKVoiceClient,
  CreateSipMediaApplicationCommand,
  CreateSipRuleCommand,
  GetSipMediaApplicationCommand,
  GetSipMediaApplicationLoggingConfigurationCommand,
  GetSipRuleCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-voice';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { rejection } from '../chime-local/voice-helpers.ts';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';
import { e164s, orderNumbers, voiceClient } from './voice-setup.ts';

const lambda = (name: string, region = 'us-east-1') =>
  `arn:aws:lambda:${region}:111122223333:function:${name}`;

/** A page of `sipMediaApplications`, as the paging test selects it. */
interface ApplicationPage {
  nodes: { name: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A SIP media application made through the SDK; its id. */
async function sdkApplication(voice: ChimeSDKVoiceClient, name: string, region = 'us-east-1') {
  const { SipMediaApplication } = await voice.send(
    new CreateSipMediaApplicationCommand({
      Name: name,
      AwsRegion: region,
      Endpoints: [{ LambdaArn: lambda(name, region) }],
    }),
  );
  return SipMediaApplication!.SipMediaApplicationId!;
}

/** A SIP rule made through the SDK, on a host name, targeting `targets` (all in us-east-1 unless said); its id. */
async function sdkRule(voice: ChimeSDKVoiceClient, host: string, targets: [id: string, region?: string][]) {
  const { SipRule } = await voice.send(
    new CreateSipRuleCommand({
      Name: host,
      TriggerType: 'RequestUriHostname',
      TriggerValue: host,
      TargetApplications: targets.map(([id, region], index) => ({
        SipMediaApplicationId: id,
        AwsRegion: region ?? 'us-east-1',
        Priority: index + 1,
      })),
    }),
  );
  return SipRule!.SipRuleId!;
}

describe('SIP media applications and SIP rules through the graph', () => {
  let gateway: TestGateway;
  let voice: ChimeSDKVoiceClient;

  beforeAll(async () => {
    gateway = await startTestGateway();
    voice = voiceClient(gateway.local);
  });
  afterAll(async () => {
    voice.destroy();
    await gateway.close();
  });
  beforeEach(() => gateway.resetStats());

  it('creates, updates, logs and deletes an application; the payloads read what the mutation primed', async () => {
    const created = await gateway.query(
      `mutation ($arn: String!) {
        createSipMediaApplication(input: { name: "ivr", awsRegion: "us-east-1", endpoints: [{ lambdaArn: $arn }] }) {
          sipMediaApplication { id sipMediaApplicationId name awsRegion sipMediaApplicationArn endpoints { lambdaArn } }
          userErrors { field message code }
        }
      }`,
      { arn: lambda('ivr') },
    );
    expect(created.errors).toBeUndefined();
    const application = created.data!.createSipMediaApplication.sipMediaApplication;
    expect(application).toMatchObject({
      name: 'ivr',
      awsRegion: 'us-east-1',
      endpoints: [{ lambdaArn: lambda('ivr') }],
    });
    expect(created.data!.createSipMediaApplication.userErrors).toEqual([]);
    expect((await gateway.stats()).calls).toEqual({ CreateSipMediaApplication: 1 });
    const id: string = application.sipMediaApplicationId;

    await gateway.resetStats();
    const updated = await gateway.query(
      `mutation ($id: String!, $arn: String!) {
        renamed: updateSipMediaApplication(input: { sipMediaApplicationId: $id, name: "ivr-2" }) {
          sipMediaApplication { name endpoints { lambdaArn } }
        }
        moved: updateSipMediaApplication(input: { sipMediaApplicationId: $id, endpoints: [{ lambdaArn: $arn }] }) {
          sipMediaApplication { name endpoints { lambdaArn } }
        }
        logged: putSipMediaApplicationLoggingConfiguration(input: { sipMediaApplicationId: $id, enableSipMediaApplicationMessageLogs: true }) {
          loggingConfiguration { enableSipMediaApplicationMessageLogs }
          sipMediaApplication { loggingConfiguration { enableSipMediaApplicationMessageLogs } }
          userErrors { code }
        }
      }`,
      { id, arn: lambda('ivr-next') },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      renamed: { sipMediaApplication: { name: 'ivr-2', endpoints: [{ lambdaArn: lambda('ivr') }] } },
      moved: { sipMediaApplication: { name: 'ivr-2', endpoints: [{ lambdaArn: lambda('ivr-next') }] } },
      logged: {
        loggingConfiguration: { enableSipMediaApplicationMessageLogs: true },
        sipMediaApplication: { loggingConfiguration: { enableSipMediaApplicationMessageLogs: true } },
        userErrors: [],
      },
    });
    // Every payload read what its mutation primed: no Get, no logging read.
    expect((await gateway.stats()).calls).toEqual({
      UpdateSipMediaApplication: 2,
      PutSipMediaApplicationLoggingConfiguration: 1,
    });
    expect(
      (await voice.send(new GetSipMediaApplicationLoggingConfigurationCommand({ SipMediaApplicationId: id })))
        .SipMediaApplicationLoggingConfiguration,
    ).toEqual({ EnableSipMediaApplicationMessageLogs: true });

    await gateway.resetStats();
    const deleted = await gateway.query(
      `mutation ($id: String!) {
        deleteSipMediaApplication(input: { sipMediaApplicationId: $id }) { deletedSipMediaApplicationId deletedId userErrors { code } }
        again: deleteSipMediaApplication(input: { sipMediaApplicationId: $id }) { deletedSipMediaApplicationId userErrors { field code } }
      }`,
      { id },
    );
    expect(deleted.data!.deleteSipMediaApplication).toEqual({
      deletedSipMediaApplicationId: id,
      deletedId: Buffer.from(`SipMediaApplication:${id}`).toString('base64'),
      userErrors: [],
    });
    expect(deleted.data!.again).toEqual({
      deletedSipMediaApplicationId: null,
      userErrors: [{ field: null, code: 'NOT_FOUND' }],
    });
    expect(
      await rejection(voice.send(new GetSipMediaApplicationCommand({ SipMediaApplicationId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('creates, retargets, disables and deletes a rule; an application a rule targets cannot go', async () => {
    const east = await sdkApplication(voice, 'rules-east');
    const west = await sdkApplication(voice, 'rules-west', 'us-west-2');
    await gateway.resetStats();
    const created = await gateway.query(
      `mutation ($east: String!) {
        createSipRule(input: {
          name: "inbound", triggerType: TO_PHONE_NUMBER, triggerValue: "+12065550142",
          targetApplications: [{ sipMediaApplicationId: $east, priority: 1, awsRegion: "us-east-1" }]
        }) {
          sipRule { id sipRuleId name disabled triggerType triggerValue targetApplications { priority sipMediaApplication { name } } }
          userErrors { code }
        }
      }`,
      { east },
    );
    expect(created.errors).toBeUndefined();
    const rule = created.data!.createSipRule.sipRule;
    expect(rule).toMatchObject({
      name: 'inbound',
      disabled: false,
      triggerType: 'TO_PHONE_NUMBER',
      triggerValue: '+12065550142',
      targetApplications: [{ priority: 1, sipMediaApplication: { name: 'rules-east' } }],
    });
    expect((await gateway.stats()).calls).toEqual({ CreateSipRule: 1, GetSipMediaApplication: 1 });
    const id: string = rule.sipRuleId;

    await gateway.resetStats();
    const conflicted = await gateway.query(
      `mutation ($id: String!, $east: String!) {
        deleteSipRule(input: { sipRuleId: $id }) { deletedSipRuleId userErrors { code message } }
        deleteSipMediaApplication(input: { sipMediaApplicationId: $east }) { deletedSipMediaApplicationId userErrors { code message } }
      }`,
      { id, east },
    );
    expect(conflicted.data!.deleteSipRule.userErrors).toEqual([
      { code: 'CONFLICT', message: expect.stringContaining('disable it') },
    ]);
    expect(conflicted.data!.deleteSipMediaApplication.userErrors).toEqual([
      { code: 'CONFLICT', message: expect.stringContaining(id) },
    ]);

    await gateway.resetStats();
    const updated = await gateway.query(
      `mutation ($id: String!, $east: String!, $west: String!) {
        retargeted: updateSipRule(input: { sipRuleId: $id, targetApplications: [
          { sipMediaApplicationId: $west, priority: 1, awsRegion: "us-west-2" },
          { sipMediaApplicationId: $east, priority: 2, awsRegion: "us-east-1" }
        ] }) { sipRule { name targetApplications { sipMediaApplicationId priority } } }
        disabled: updateSipRule(input: { sipRuleId: $id, disabled: true }) { sipRule { name disabled targetApplications { priority } } }
        deleteSipRule(input: { sipRuleId: $id }) { deletedSipRuleId deletedId userErrors { code } }
      }`,
      { id, east, west },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      retargeted: {
        sipRule: {
          name: 'inbound',
          targetApplications: [
            { sipMediaApplicationId: west, priority: 1 },
            { sipMediaApplicationId: east, priority: 2 },
          ],
        },
      },
      disabled: {
        sipRule: { name: 'inbound', disabled: true, targetApplications: [{ priority: 1 }, { priority: 2 }] },
      },
      deleteSipRule: {
        deletedSipRuleId: id,
        deletedId: Buffer.from(`SipRule:${id}`).toString('base64'),
        userErrors: [],
      },
    });
    // The name is read once: the second update takes it from the loader the first one primed.
    expect((await gateway.stats()).calls).toEqual({ GetSipRule: 1, UpdateSipRule: 2, DeleteSipRule: 1 });
    expect(await rejection(voice.send(new GetSipRuleCommand({ SipRuleId: id })))).toBeInstanceOf(
      NotFoundException,
    );
  });

  it('refuses bad input naming the field, with no upstream call', async () => {
    const cases: [document: string, variables: Record<string, unknown>, field: string[], says: string][] = [
      [
        'mutation ($arn: String!) { m: createSipMediaApplication(input: { name: "", awsRegion: "us-east-1", endpoints: [{ lambdaArn: $arn }] }) { userErrors { field message code } } }',
        { arn: lambda('x') },
        ['input', 'name'],
        'name must be at least 1 character',
      ],
      [
        'mutation ($arn: String!) { m: createSipMediaApplication(input: { name: "x", awsRegion: "eu-north-9", endpoints: [{ lambdaArn: $arn }] }) { userErrors { field message code } } }',
        { arn: lambda('x') },
        ['input', 'awsRegion'],
        'awsRegion must be one of us-east-1, us-west-2',
      ],
      [
        'mutation ($arn: String!) { m: createSipMediaApplication(input: { name: "x", awsRegion: "us-east-1", endpoints: [{ lambdaArn: $arn }, { lambdaArn: $arn }] }) { userErrors { field message code } } }',
        { arn: lambda('x') },
        ['input', 'endpoints'],
        'endpoints must have exactly 1 item, got 2',
      ],
      [
        'mutation { m: createSipMediaApplication(input: { name: "x", awsRegion: "us-east-1", endpoints: [{ lambdaArn: "arn:aws:sns:us-east-1:111122223333:topic" }] }) { userErrors { field message code } } }',
        {},
        ['input', 'endpoints', '0', 'lambdaArn'],
        'lambdaArn must match the pattern',
      ],
      [
        'mutation ($arn: String!) { m: createSipMediaApplication(input: { name: "x", awsRegion: "us-east-1", endpoints: [{ lambdaArn: $arn }] }) { userErrors { field message code } } }',
        { arn: lambda('x', 'us-west-2') },
        ['input', 'endpoints', '0', 'lambdaArn'],
        'must name a function in us-east-1',
      ],
      [
        'mutation { m: updateSipMediaApplication(input: { sipMediaApplicationId: "app", endpoints: [] }) { userErrors { field message code } } }',
        {},
        ['input', 'endpoints'],
        'endpoints must have exactly 1 item, got 0',
      ],
      [
        'mutation { m: createSipRule(input: { name: "r", triggerType: TO_PHONE_NUMBER, triggerValue: "sip.example.com", targetApplications: [{ sipMediaApplicationId: "a", priority: 1, awsRegion: "us-east-1" }] }) { userErrors { field message code } } }',
        {},
        ['input', 'triggerValue'],
        'triggerValue must match the pattern ^\\+?[1-9]\\d{1,14}$',
      ],
      [
        'mutation { m: createSipRule(input: { name: "r", triggerType: REQUEST_URI_HOSTNAME, triggerValue: "h", targetApplications: [{ sipMediaApplicationId: "a", priority: 0, awsRegion: "us-east-1" }] }) { userErrors { field message code } } }',
        {},
        ['input', 'targetApplications', '0', 'priority'],
        'targetApplications[0].priority must be at least 1, got 0',
      ],
      [
        'mutation { m: createSipRule(input: { name: "r", triggerType: REQUEST_URI_HOSTNAME, triggerValue: "h", targetApplications: [] }) { userErrors { field message code } } }',
        {},
        ['input', 'targetApplications'],
        'targetApplications must have at least 1 item, got 0',
      ],
      [
        'mutation { m: createSipRule(input: { name: "r", triggerType: REQUEST_URI_HOSTNAME, triggerValue: "h", targetApplications: [{ sipMediaApplicationId: "a", priority: 1, awsRegion: "us-east-1" }, { sipMediaApplicationId: "b", priority: 2, awsRegion: "us-east-1" }] }) { userErrors { field message code } } }',
        {},
        ['input', 'targetApplications', '1', 'awsRegion'],
        'one application per Region',
      ],
      [
        'mutation { m: updateSipRule(input: { sipRuleId: "rule", name: "' +
          'x'.repeat(257) +
          '" }) { userErrors { field message code } } }',
        {},
        ['input', 'name'],
        'name must be at most 256 characters',
      ],
      [
        'mutation { m: createSipMediaApplicationCall(input: { sipMediaApplicationId: "a", fromPhoneNumber: "555-0100", toPhoneNumber: "+12065550100" }) { transactionId userErrors { field message code } } }',
        {},
        ['input', 'fromPhoneNumber'],
        'fromPhoneNumber must match the pattern',
      ],
      [
        'mutation { m: createSipMediaApplicationCall(input: { sipMediaApplicationId: "a", fromPhoneNumber: "+12065550100", toPhoneNumber: "+0" }) { transactionId userErrors { field message code } } }',
        {},
        ['input', 'toPhoneNumber'],
        'toPhoneNumber must match the pattern',
      ],
      [
        'mutation { m: createSipMediaApplicationCall(input: { sipMediaApplicationId: "a", fromPhoneNumber: "+12065550100", toPhoneNumber: "+12065550101", sipHeaders: [{ name: "X-A", value: "1" }, { name: "X-A", value: "2" }] }) { transactionId userErrors { field message code } } }',
        {},
        ['input', 'sipHeaders', '1', 'name'],
        'sipHeaders must name each entry once',
      ],
      [
        'mutation ($arguments: [SipMediaApplicationCallEntryInput!]!) { m: updateSipMediaApplicationCall(input: { sipMediaApplicationId: "a", transactionId: "t", arguments: $arguments }) { transactionId userErrors { field message code } } }',
        { arguments: Array.from({ length: 21 }, (_, index) => ({ name: `k${index}`, value: 'v' })) },
        ['input', 'arguments'],
        'arguments must have at most 20 items, got 21',
      ],
    ];
    for (const [document, variables, field, says] of cases) {
      await gateway.resetStats();
      const result = await gateway.query(document, variables);
      expect(result.errors, document).toBeUndefined();
      expect(result.data!.m.userErrors, document).toEqual([
        { field, message: expect.stringContaining(says), code: 'INVALID' },
      ]);
      expect((await gateway.stats()).total, document).toBe(0);
    }
  });

  it('reads an application with its logging and its rules beside GetSipMediaApplication; the edge goes both ways', async () => {
    const app = await sdkApplication(voice, 'both-ways');
    const ruleIds = [
      await sdkRule(voice, 'a.both.example.com', [[app]]),
      await sdkRule(voice, 'b.both.example.com', [[app]]),
    ];
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($app: String!) {
        sipMediaApplication(sipMediaApplicationId: $app) {
          name
          loggingConfiguration { enableSipMediaApplicationMessageLogs }
          sipRules(first: 10) { nodes { sipRuleId targetApplications { sipMediaApplication { name } } } }
        }
      }`,
      { app },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.sipMediaApplication).toEqual({
      name: 'both-ways',
      loggingConfiguration: { enableSipMediaApplicationMessageLogs: null },
      sipRules: {
        nodes: ruleIds.map((sipRuleId) => ({
          sipRuleId,
          targetApplications: [{ sipMediaApplication: { name: 'both-ways' } }],
        })),
      },
    });
    // The rules' application is the one already loaded: no second read of it.
    expect((await gateway.stats()).calls).toEqual({
      GetSipMediaApplication: 1,
      GetSipMediaApplicationLoggingConfiguration: 1,
      ListSipRules: 1,
    });

    await gateway.resetStats();
    const missing = await gateway.query(
      '{ sipMediaApplication(sipMediaApplicationId: "00000000-0000-4000-8000-000000000000") { name } sipRule(sipRuleId: "00000000-0000-4000-8000-000000000000") { name } }',
    );
    expect(missing).toEqual({ data: { sipMediaApplication: null, sipRule: null } });
  });

  it('batches the target applications of several rules into one ListSipMediaApplications page', async () => {
    const apps = [
      await sdkApplication(voice, 'batch-1'),
      await sdkApplication(voice, 'batch-2'),
      await sdkApplication(voice, 'batch-3', 'us-west-2'),
    ];
    const rules = [
      await sdkRule(voice, 'one.batch.example.com', [[apps[0]!], [apps[2]!, 'us-west-2']]),
      await sdkRule(voice, 'two.batch.example.com', [[apps[1]!]]),
      await sdkRule(voice, 'three.batch.example.com', [[apps[1]!]]),
    ];
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($ids: [ID!]!) {
        nodes(ids: $ids) { ... on SipRule { name targetApplications { sipMediaApplication { name awsRegion } } } }
      }`,
      { ids: rules.map((id) => Buffer.from(`SipRule:${id}`).toString('base64')) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      {
        name: 'one.batch.example.com',
        targetApplications: [
          { sipMediaApplication: { name: 'batch-1', awsRegion: 'us-east-1' } },
          { sipMediaApplication: { name: 'batch-3', awsRegion: 'us-west-2' } },
        ],
      },
      {
        name: 'two.batch.example.com',
        targetApplications: [{ sipMediaApplication: { name: 'batch-2', awsRegion: 'us-east-1' } }],
      },
      {
        name: 'three.batch.example.com',
        targetApplications: [{ sipMediaApplication: { name: 'batch-2', awsRegion: 'us-east-1' } }],
      },
    ]);
    // Three rules, three applications: one list page each instead of three Gets each.
    expect((await gateway.stats()).calls).toEqual({ ListSipRules: 1, ListSipMediaApplications: 1 });
  });

  it('pages the applications and the rules of one application with cursors', async () => {
    const app = await sdkApplication(voice, 'paged-app');
    const mine = [];
    for (const host of ['p1', 'p2', 'p3'])
      mine.push(await sdkRule(voice, `${host}.paged.example.com`, [[app]]));
    const other = await sdkApplication(voice, 'paged-other');
    await sdkRule(voice, 'other.paged.example.com', [[other]]);

    const rulesOf = async (after: string | null) => {
      const result = await gateway.query(
        `query ($app: String!, $after: String) {
          sipRules(sipMediaApplicationId: $app, first: 2, after: $after) { nodes { sipRuleId } pageInfo { hasNextPage endCursor } }
        }`,
        { app, after },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.sipRules;
    };
    const first = await rulesOf(null);
    const second = await rulesOf(first.pageInfo.endCursor);
    expect([...first.nodes, ...second.nodes].map((node: { sipRuleId: string }) => node.sipRuleId)).toEqual(
      mine,
    );
    expect(second.pageInfo.hasNextPage).toBe(false);

    const names: string[] = [];
    let after: string | null = null;
    do {
      const result: GraphQLResponse<{ sipMediaApplications: ApplicationPage }> = await gateway.query(
        'query ($after: String) { sipMediaApplications(first: 3, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.sipMediaApplications;
      names.push(...page.nodes.map((node) => node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(expect.arrayContaining(['paged-app', 'paged-other']));
    expect(new Set(names).size).toBe(names.length);

    // A cursor of one application's rules is refused for another's.
    const elsewhere = await gateway.query(
      'query ($app: String!, $after: String) { sipRules(sipMediaApplicationId: $app, after: $after) { nodes { sipRuleId } } }',
      { app: other, after: first.pageInfo.endCursor },
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('makes a call and updates it, answering the transaction id', async () => {
    const app = await sdkApplication(voice, 'dialer');
    const [from] = e164s('415', 1, 800);
    await orderNumbers(voice, [from!], 'SipMediaApplicationDialIn');
    await gateway.resetStats();
    const made = await gateway.query(
      `mutation ($app: String!, $from: String!) {
        createSipMediaApplicationCall(input: { sipMediaApplicationId: $app, fromPhoneNumber: $from, toPhoneNumber: "+14255550199", sipHeaders: [{ name: "X-Campaign", value: "spring" }] }) {
          transactionId userErrors { code }
        }
      }`,
      { app, from },
    );
    expect(made.errors).toBeUndefined();
    const { transactionId } = made.data!.createSipMediaApplicationCall;
    expect(transactionId).toMatch(/^[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}$/);

    const updated = await gateway.query(
      `mutation ($app: String!, $transactionId: String!) {
        ok: updateSipMediaApplicationCall(input: { sipMediaApplicationId: $app, transactionId: $transactionId, arguments: [{ name: "action", value: "hangup" }] }) {
          transactionId userErrors { code }
        }
        unknown: updateSipMediaApplicationCall(input: { sipMediaApplicationId: $app, transactionId: "00000000-0000-4000-8000-000000000000", arguments: [] }) {
          transactionId userErrors { field code }
        }
      }`,
      { app, transactionId },
    );
    expect(updated.data).toEqual({
      ok: { transactionId, userErrors: [] },
      unknown: {
        transactionId: null,
        userErrors: [{ field: ['input', 'transactionId'], code: 'NOT_FOUND' }],
      },
    });
    expect((await gateway.stats()).calls).toEqual({
      CreateSipMediaApplicationCall: 1,
      UpdateSipMediaApplicationCall: 2,
    });
  });
});

describe('SIP media applications behind roles and the shared cache', () => {
  let gateway: TestGateway;
  let voice: ChimeSDKVoiceClient;
  let now = Date.UTC(2030, 0, 1);
  const as = async (claims: Record<string, unknown>) => ({
    authorization: `Bearer ${await mintHs256({ sub: 'console', chime_accounts: ['*'], ...claims })}`,
  });

  beforeAll(async () => {
    gateway = await startTestGateway({
      auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
      gateway: { cache: { ttlSeconds: 60, store: memoryCacheStore(), now: () => now } },
    });
    voice = voiceClient(gateway.local);
  });
  afterAll(async () => {
    voice.destroy();
    await gateway.close();
  });

  it('lets an admin of every account write, a viewer only read, and a scoped identity neither', async () => {
    const app = await sdkApplication(voice, 'guarded');
    const rename =
      'mutation ($app: String!) { updateSipMediaApplication(input: { sipMediaApplicationId: $app, name: "renamed" }) { userErrors { code } } }';
    await gateway.resetStats();
    const viewer = await gateway.send(await as({ chime_role: 'viewer' }), rename, { app });
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scoped = await gateway.send(
      await as({ chime_role: 'admin', chime_accounts: ['some-account'] }),
      '{ sipRules { nodes { sipRuleId } } }',
    );
    expect(scoped.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gateway.stats()).total).toBe(0);
    const read = await gateway.send(
      await as({ chime_role: 'viewer' }),
      'query ($app: String!) { sipMediaApplication(sipMediaApplicationId: $app) { name } }',
      { app },
    );
    expect(read.body.data).toEqual({ sipMediaApplication: { name: 'guarded' } });
  });

  it('serves repeated reads from the cache and reads afresh after a write', async () => {
    now += 3_600_000;
    const app = await sdkApplication(voice, 'cached');
    const admin = await as({ chime_role: 'admin' });
    const document = `query ($app: String!) {
      sipMediaApplication(sipMediaApplicationId: $app) { name loggingConfiguration { enableSipMediaApplicationMessageLogs } sipRules { nodes { name } } }
    }`;
    const read = async () => {
      const { body } = await gateway.send(admin, document, { app });
      expect(body.errors).toBeUndefined();
      return body.data!.sipMediaApplication;
    };
    expect(await read()).toEqual({
      name: 'cached',
      loggingConfiguration: { enableSipMediaApplicationMessageLogs: null },
      sipRules: { nodes: [] },
    });
    await gateway.resetStats();
    await read();
    expect((await gateway.stats()).total).toBe(0);

    const written = await gateway.send(
      admin,
      `mutation ($app: String!) {
        updateSipMediaApplication(input: { sipMediaApplicationId: $app, name: "cached-2" }) { userErrors { code } }
        putSipMediaApplicationLoggingConfiguration(input: { sipMediaApplicationId: $app, enableSipMediaApplicationMessageLogs: true }) { userErrors { code } }
        createSipRule(input: { name: "fresh", triggerType: REQUEST_URI_HOSTNAME, triggerValue: "fresh.example.com", targetApplications: [{ sipMediaApplicationId: $app, priority: 1, awsRegion: "us-east-1" }] }) { userErrors { code } }
      }`,
      { app },
    );
    expect(written.body.errors).toBeUndefined();
    await gateway.resetStats();
    expect(await read()).toEqual({
      name: 'cached-2',
      loggingConfiguration: { enableSipMediaApplicationMessageLogs: true },
      sipRules: { nodes: [{ name: 'fresh' }] },
    });
    expect((await gateway.stats()).calls).toEqual({
      GetSipMediaApplication: 1,
      GetSipMediaApplicationLoggingConfiguration: 1,
      ListSipRules: 1,
    });
  });
});
