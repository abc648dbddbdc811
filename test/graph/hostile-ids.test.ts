import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRule, type TextRule } from '../../src/chime/parameters.ts';
import {
  DEMO_APP_INSTANCE_ARN,
  DEMO_BEARER_ARN,
  DEMO_GENERAL_CHANNEL_ARN,
} from '../../src/chime-local/messaging/seed.ts';
import { schema } from '../../src/schema/index.ts';
import {
  NODE_ID_PARAMETERS,
  NODE_TYPES_WITH_ID_RULES,
  ruleOfArgument,
} from '../../src/schema/shared/argument-rules.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

/*
 * Every argument and input field of the schema that fills an upstream id, found by walking the
 * schema (so a new field is covered the day it is added), is sent hostile values. A value that
 * breaks the id's rule costs no upstream call and is refused naming the argument; a value the
 * rule allows reaches only the operations the field calls for an ordinary id.
 */

const HOSTILE: [label: string, value: string][] = [
  ['dot', '.'],
  ['dot dot', '..'],
  ['encoded slash', '%2F'],
  ['encoded dot dot', '%2E%2E'],
  ['slash', '/'],
  ['climb', '../settings'],
  ['question mark', '?'],
  ['hash', '#'],
  ['CR/LF', 'x\r\ny'],
  ['very long', 'a'.repeat(5000)],
  ['unicode', 'конто-✓-账户'],
  ['empty', ''],
  ['spaces', '   '],
];

/** Values no id or filter may take, whatever its pattern; `.` and `..` neither where they fill a path. */
const NEVER_SENT = new Set(['', '   ', 'x\r\ny']);
const NEVER_IN_A_PATH = new Set(['.', '..']);

/** Ids the rules allow, the first one that keeps an argument's rule is its ordinary value. */
const ORDINARY_IDS = [
  '+12065550199',
  '0f0e0d0c-0b0a-4908-8706-050403020100',
  'arn:aws:chime:us-east-1:111122223333:app-instance/unknown/channel/unknown',
];

/** Ordinary values of the arguments that are not ids, by name. */
const ORDINARY_TEXT: Record<string, string> = {
  e164PhoneNumber: '+12065550100',
  e164PhoneNumbers: '+12065550100',
  participantPhoneNumbers: '+12065550100',
  emergencyPhoneNumber: '+12065550100',
  name: 'Sample',
  email: 'someone@example.com',
  userEmails: 'someone@example.com',
  country: 'US',
  callingCountry: 'US',
  callingRegions: 'US',
  phoneNumberCountries: 'US',
  areaCode: '206',
  cidrAllowedList: '203.0.113.0/24',
  awsRegion: 'us-east-1',
  content: 'hello',
  userEmail: 'someone@example.com',
  tollFreePrefix: '800',
  fromPhoneNumber: '+12065550100',
  toPhoneNumber: '+12065550101',
  lambdaArn: 'arn:aws:lambda:us-east-1:111122223333:function:sample',
  awsAccountId: '111122223333',
};

/** Arguments (a mutation's: its input) a field needs beyond its required ones for its ordinary call to be made. */
const ORDINARY_EXTRAS: Record<string, Record<string, unknown>> = {
  updatePhoneNumber: { callingName: 'Sample' },
  batchUpdatePhoneNumber: { items: [{ callingName: 'Sample' }] },
  putVoiceConnectorOrigination: { origination: { disabled: true } },
  updateAccount: { name: 'Sample' },
  createProxySession: { participantPhoneNumbers: ['+12065550100', '+12065550101'] },
  availablePhoneNumbers: { areaCode: '206' },
  putEventsConfiguration: { outboundEventsHttpsEndpoint: 'https://bots.example.com/events' },
  startMeetingTranscription: {
    transcriptionConfiguration: { engineTranscribeSettings: { languageCode: 'EN_US' } },
  },
};

/** One argument (or input field, or list member) that fills an upstream id. */
interface Target {
  type: 'Query' | 'Mutation' | string;
  field: GraphQLField<unknown, unknown>;
  path: string[];
  rule: TextRule;
}

/** The first of the argument's ordinary text and the ordinary ids that keeps its rule. */
function ordinaryKeeping(rule: TextRule, name: string): string {
  const value = [ORDINARY_TEXT[name], ...ORDINARY_IDS].find(
    (candidate) => candidate !== undefined && brokenRule(rule, candidate) === null,
  );
  if (value === undefined) throw new Error(`no ordinary value of ${name} keeps its rule; add one`);
  return value;
}

/**
 * An ordinary value of an input type: its required members and those on the way to `through` (a
 * target's path below this value), ids that keep their rules.
 */
function ordinary(type: GraphQLInputType, name: string, coordinate: string, through: string[] = []): unknown {
  if (isNonNullType(type)) return ordinary(type.ofType, name, coordinate, through);
  if (isListType(type)) return [ordinary(type.ofType, name, coordinate, through.slice(1))];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) || field.name === through[0])
        value[field.name] = ordinary(
          field.type,
          field.name,
          `${coordinate}.${name}`,
          field.name === through[0] ? through.slice(1) : [],
        );
    return value;
  }
  const rule = ruleOfArgument(`${coordinate}.${name}`, name);
  if (rule) return ordinaryKeeping(rule, name);
  switch (getNamedType(type).name) {
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2024-01-01T00:00:00.000Z';
    default:
      return ORDINARY_TEXT[name] ?? 'sample';
  }
}

/** Merges `extra` into `value` (lists member by member). */
function merged(value: unknown, extra: unknown): unknown {
  if (Array.isArray(value) && Array.isArray(extra))
    return extra.map((item, index) => merged(value[index], item));
  if (typeof value === 'object' && value !== null && typeof extra === 'object' && extra !== null) {
    const result: Record<string, unknown> = { ...value };
    for (const [key, item] of Object.entries(extra)) result[key] = merged(result[key], item);
    return result;
  }
  return extra ?? value;
}

/** `value` with the string at `path` (through objects and list indexes) replaced by `replacement`. */
function replaced(value: unknown, path: string[], replacement: string): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value))
    return value.map((item, index) => (String(index) === head ? replaced(item, rest, replacement) : item));
  return {
    ...(value as Record<string, unknown>),
    [head]: replaced((value as Record<string, unknown>)[head], rest, replacement),
  };
}

/** Every argument, input field and list member under `arg` that fills an id with a rule. */
function targetsUnder(
  coordinate: string,
  arg: GraphQLArgument | GraphQLInputField,
  type: GraphQLInputType,
  path: string[],
): { path: string[]; rule: TextRule }[] {
  if (isNonNullType(type)) return targetsUnder(coordinate, arg, type.ofType, path);
  if (isListType(type)) return targetsUnder(coordinate, arg, type.ofType, [...path, '0']);
  if (isInputObjectType(type))
    return Object.values(type.getFields()).flatMap((field) =>
      targetsUnder(`${coordinate}.${arg.name}`, field, field.type, [...path, field.name]),
    );
  const rule =
    getNamedType(type).name === 'String' ? ruleOfArgument(`${coordinate}.${arg.name}`, arg.name) : undefined;
  return rule ? [{ path, rule }] : [];
}

function allTargets(): Target[] {
  const targets: Target[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      for (const arg of field.args)
        for (const found of targetsUnder(`${type.name}.${field.name}`, arg, arg.type, [arg.name]))
          targets.push({ type: type.name, field, ...found });
  }
  return targets;
}

const targets = allTargets();
const label = (target: Target) => `${target.type}.${target.field.name}(${target.path.join('.')})`;

/** The field's ordinary arguments, `args` as variables of the document. */
function ordinaryArguments(target: Target): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const extras = ORDINARY_EXTRAS[target.field.name] ?? {};
  for (const arg of target.field.args)
    if (isNonNullType(arg.type) || arg.name === target.path[0])
      args[arg.name] = ordinary(
        arg.type,
        arg.name,
        `${target.type}.${target.field.name}`,
        arg.name === target.path[0] ? target.path.slice(1) : [],
      );
  return (
    args.input === undefined ? merged(args, extras) : { ...args, input: merged(args.input, extras) }
  ) as Record<string, unknown>;
}

describe('hostile ids', () => {
  let gateway: TestGateway;
  /** Where an object field is reached from: a root field with a seeded id. */
  const parents: Record<string, string> = {};

  beforeAll(async () => {
    // Hundreds of documents in a row as one identity: the rate limit is tested on its own.
    gateway = await startTestGateway({ seed: 'demo', gateway: { rateLimit: { callsPerSecond: 100_000 } } });
    const accounts = await gateway.query<{ accounts: { nodes: { accountId: string }[] } }>(
      '{ accounts(first: 1) { nodes { accountId } } }',
    );
    parents.Account = `account(accountId: ${JSON.stringify(accounts.data!.accounts.nodes[0]!.accountId)})`;
    parents.Channel = `channel(channelArn: ${JSON.stringify(DEMO_GENERAL_CHANNEL_ARN)})`;
    // No root field answers one user: its node, whose fragment `within` closes.
    const userId = Buffer.from(`AppInstanceUser:${DEMO_BEARER_ARN}`).toString('base64');
    parents.AppInstanceUser = `node(id: ${JSON.stringify(userId)}) { ... on AppInstanceUser`;
    parents.AppInstance = `appInstance(appInstanceArn: ${JSON.stringify(DEMO_APP_INSTANCE_ARN)})`;
    const meeting = await gateway.query<{ createMeeting: { meeting: { meetingId: string } } }>(
      'mutation { createMeeting(input: { externalMeetingId: "hostile" }) { meeting { meetingId } } }',
    );
    parents.Meeting = `meeting(meetingId: ${JSON.stringify(meeting.data!.createMeeting.meeting.meetingId)})`;
  });

  /** `selection` under `parent`, closing whatever the parent left open. */
  const within = (parent: string, selection: string) => {
    const open = (parent.match(/\{/g)?.length ?? 0) - (parent.match(/\}/g)?.length ?? 0);
    return `${parent} { ${selection} }${' }'.repeat(open)}`;
  };
  afterAll(() => gateway.close());

  /** The document that sends `args` to the target's field, and where its answer is in `data`. */
  function documentFor(target: Target, args: Record<string, unknown>) {
    const variables = target.field.args.filter((arg) => args[arg.name] !== undefined);
    const declarations = variables.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = variables.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const returns = getNamedType(target.field.type);
    const selection = !isObjectType(returns)
      ? ''
      : returns.getFields().userErrors
        ? '{ __typename userErrors { field message code } }'
        : '{ __typename }';
    const call = `${target.field.name}(${passed}) ${selection}`;
    const operation = target.type === 'Mutation' ? 'mutation' : 'query';
    const parent = target.type === 'Query' || target.type === 'Mutation' ? undefined : parents[target.type];
    const body = parent ? within(parent, call) : call;
    return { document: `${operation} (${declarations}) { ${body} }`, parent: parent !== undefined };
  }

  async function send(target: Target, args: Record<string, unknown>) {
    const { document, parent } = documentFor(target, args);
    await gateway.resetStats();
    const result = await gateway.query(document, args);
    const stats = await gateway.stats();
    const data = result.data ?? {};
    const answer = parent ? Object.values(data)[0]?.[target.field.name] : data[target.field.name];
    return { result, answer, stats };
  }

  it('finds the id arguments of queries, object fields and mutations in the schema', () => {
    const found = targets.map(label);
    expect(found).toEqual(
      expect.arrayContaining([
        'Query.account(accountId)',
        'Query.channel(channelArn)',
        'Account.user(userId)',
        'Mutation.updateAccountSettings(input.accountId)',
        'Mutation.batchSuspendUsers(input.userIds.0)',
        'Mutation.createVoiceConnectorGroup(input.voiceConnectorItems.0.voiceConnectorId)',
      ]),
    );
    for (const target of targets)
      expect(
        target.type === 'Query' ||
          target.type === 'Mutation' ||
          target.type in parents ||
          ['Account', 'Channel', 'AppInstance'].includes(target.type),
        label(target),
      ).toBe(true);
  });

  it('knows the rule of every argument named like an id', () => {
    const unruled: string[] = [];
    const visit = (coordinate: string, arg: GraphQLArgument | GraphQLInputField, type: GraphQLInputType) => {
      const named = getNamedType(type);
      if (isInputObjectType(named)) {
        for (const field of Object.values(named.getFields()))
          visit(`${coordinate}.${arg.name}`, field, field.type);
        return;
      }
      if (
        named.name === 'String' &&
        /(Id|Arn)s?$/.test(arg.name) &&
        !ruleOfArgument(`${coordinate}.${arg.name}`, arg.name)
      )
        unruled.push(`${coordinate}.${arg.name}`);
    };
    for (const type of Object.values(schema.getTypeMap()))
      if (isObjectType(type) && !type.name.startsWith('__'))
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args) visit(`${type.name}.${field.name}`, arg, arg.type);
    // A body member that names no resource of the gateway's paths.
    expect(unruled).toEqual([
      'Mutation.batchUpdateUser.input.items.alexaForBusinessMetadata.alexaForBusinessRoomArn',
      'Mutation.putEventsConfiguration.input.lambdaFunctionArn',
      'Mutation.updateUser.input.alexaForBusinessMetadata.alexaForBusinessRoomArn',
    ]);
  });

  describe.each(targets.map((target) => [label(target), target] as const))('%s', (_, target) => {
    let ordinaryCalls: string[] = [];
    /** What the field's parent costs on its own (object fields are reached through a root field). */
    let parentCalls = 0;

    beforeAll(async () => {
      const parent = parents[target.type];
      if (parent) {
        await gateway.resetStats();
        await gateway.query(`{ ${within(parent, '__typename')} }`);
        parentCalls = (await gateway.stats()).total;
      }
      const { stats, result } = await send(target, ordinaryArguments(target));
      ordinaryCalls = Object.keys(stats.calls);
      // The ordinary value does reach the upstream, or the checks below would prove nothing.
      expect(stats.total - parentCalls, JSON.stringify(result)).toBeGreaterThan(0);
    });

    it.each(HOSTILE)('%s', async (_, value) => {
      const args = replaced(ordinaryArguments(target), target.path, value) as Record<string, unknown>;
      const { result, answer, stats } = await send(target, args);
      const refused = brokenRule(target.rule, value) !== null;
      const where = `${label(target)} with ${JSON.stringify(value.slice(0, 40))}: ${JSON.stringify(result).slice(0, 400)}`;
      if (NEVER_SENT.has(value) || (target.rule.pathSegment && NEVER_IN_A_PATH.has(value)))
        expect(refused, where).toBe(true);
      if (!refused) {
        expect(
          Object.keys(stats.calls).every((operation) => ordinaryCalls.includes(operation)),
          where,
        ).toBe(true);
        expect(result.errors?.filter((error) => error.extensions?.code === 'INTERNAL') ?? [], where).toEqual(
          [],
        );
        return;
      }
      expect(stats.total - parentCalls, where).toBe(0);
      const name = target.path.filter((part) => !/^\d+$/.test(part)).at(-1)!;
      if (target.type === 'Mutation') {
        expect(answer?.userErrors, where).toEqual([
          { field: target.path, message: expect.stringContaining(name), code: 'INVALID' },
        ]);
      } else {
        expect(result.errors, where).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(new RegExp(`^${name} must`)),
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ]);
      }
    });
  });

  describe.each(NODE_TYPES_WITH_ID_RULES)('node ids of %s', (typename) => {
    // A compound id holds several upstream ids: each part in turn carries the hostile value.
    const compound = (NODE_ID_PARAMETERS[typename]?.length ?? 1) > 1;
    it.each(HOSTILE.filter(([, value]) => NEVER_SENT.has(value) || NEVER_IN_A_PATH.has(value)))(
      '%s answers null without a call',
      async (_, value) => {
        const ids = compound ? [`${value}|sample`, `sample|${value}`] : [value];
        for (const id of ids) {
          const globalId = Buffer.from(`${typename}:${id}`).toString('base64');
          await gateway.resetStats();
          const result = await gateway.query(
            'query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }',
            {
              id: globalId,
            },
          );
          expect(result, id).toEqual({ data: { node: null, nodes: [null] } });
          expect((await gateway.stats()).total, id).toBe(0);
        }
      },
    );
  });

  it('starts no child read beside a refused parent, nor a child whose own arguments are refused', async () => {
    await gateway.resetStats();
    const climbing = await gateway.query(
      '{ account(accountId: "..") { settings { enableDialOut } users { nodes { userId } } phoneNumbers { nodes { phoneNumberId } } } }',
    );
    expect(climbing.errors).toEqual([
      expect.objectContaining({ path: ['account'], extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect((await gateway.stats()).total).toBe(0);

    await gateway.resetStats();
    const twoLines = await gateway.query(
      `query ($email: String!) { ${parents.Account} { name users(userEmail: $email) { nodes { userId } } } }`,
      { email: 'x\r\ny@example.com' },
    );
    expect(twoLines.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('userEmail must match the pattern'),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1 });
  });

  it('covers every Node type', () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node'))
      .map((type) => type.name);
    expect([...NODE_TYPES_WITH_ID_RULES].sort()).toEqual(nodeTypes.sort());
  });
});
