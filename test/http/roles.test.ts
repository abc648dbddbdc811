import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BEARER_ARN, DEMO_GENERAL_CHANNEL_ARN } from '../../src/chime-local/messaging/seed.ts';
import {
  capturingLogger,
  type GraphQLResponse,
  startTestGateway,
  type TestGateway,
} from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

type Role = 'viewer' | 'operator' | 'admin';

let gateway: TestGateway;
/** A demo account and one of its users, for the account-scoped write. */
let accountId: string;
let userId: string;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET } });
  const { body } = await as(
    { role: 'admin', accounts: ['*'] },
    '{ accounts(first: 1) { nodes { accountId users(first: 1) { nodes { userId } } } } }',
  );
  accountId = body.data!.accounts.nodes[0].accountId;
  userId = body.data!.accounts.nodes[0].users.nodes[0].userId;
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

/**
 * Sends `document` with a freshly minted token for an identity of `role` over `accounts`, whose bearer
 * is the demo bearer unless `bearer` says otherwise (null: none).
 */
async function as(
  { role, accounts, bearer = DEMO_BEARER_ARN }: { role: Role; accounts: string[]; bearer?: string | null },
  document: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLResponse }> {
  const token = await mintHs256({
    sub: `${role}-of-${accounts.length}`,
    chime_role: role,
    chime_accounts: accounts,
    ...(bearer === null ? {} : { chime_bearer: bearer }),
  });
  return gateway.send({ authorization: `Bearer ${token}` }, document, variables);
}

/** Expects `field` refused with FORBIDDEN naming what it needs, the request answered, and no upstream call. */
async function expectForbidden(
  { status, body }: { status: number; body: GraphQLResponse },
  field: string,
  needs: RegExp,
) {
  expect(status).toBe(200);
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]).toMatchObject({ path: [field], extensions: { code: 'FORBIDDEN' } });
  expect(body.errors![0]!.message).toMatch(needs);
  expect((await gateway.stats()).total).toBe(0);
}

/** One kind of field: the document that runs it, the roles that may, and what the others are told. */
interface FieldKind {
  kind: string;
  field: string;
  document: string;
  variables: () => Record<string, unknown>;
  allowed: Role[];
  needs: RegExp;
}

const KINDS: FieldKind[] = [
  {
    kind: 'a read',
    field: 'accounts',
    document: '{ accounts(first: 1) { nodes { accountId } } }',
    variables: () => ({}),
    allowed: ['viewer', 'operator', 'admin'],
    needs: /.^/,
  },
  {
    kind: 'a write inside an account',
    field: 'updateUser',
    document: `mutation ($input: UpdateUserInput!) {
      updateUser(input: $input) { user { userId userType } userErrors { code message } }
    }`,
    variables: () => ({ input: { accountId, userId, userType: 'SHARED_DEVICE' } }),
    allowed: ['operator', 'admin'],
    needs:
      /^Mutation\.updateUser needs role operator or admin; identity "viewer-of-1" is a viewer of every account$/,
  },
  {
    kind: 'a write outside any account',
    field: 'createVoiceConnector',
    document: `mutation ($input: CreateVoiceConnectorInput!) {
      createVoiceConnector(input: $input) { voiceConnector { name } userErrors { code message } }
    }`,
    variables: () => ({ input: { name: 'matrix', requireEncryption: true } }),
    allowed: ['admin'],
    needs:
      /^Mutation\.createVoiceConnector needs role admin; identity "(viewer|operator)-of-1" is an? (viewer|operator) of every account$/,
  },
  {
    kind: 'a messaging write',
    field: 'sendChannelMessage',
    document: `mutation ($input: SendChannelMessageInput!) {
      sendChannelMessage(input: $input) { message { content sender { arn } } userErrors { code message } }
    }`,
    variables: () => ({ input: { channelArn: DEMO_GENERAL_CHANNEL_ARN, content: 'from the matrix' } }),
    allowed: ['operator', 'admin'],
    needs:
      /^Mutation\.sendChannelMessage needs role operator or admin; identity "viewer-of-1" is a viewer of every account$/,
  },
];

const MATRIX = (['viewer', 'operator', 'admin'] as const).flatMap((role) =>
  KINDS.map((kind) => ({ role, ...kind, allows: kind.allowed.includes(role) })),
);

describe('roles, for identities with every account', () => {
  it.each(MATRIX)(
    '$role: $kind ($field) is allowed: $allows',
    async ({ role, field, document, variables, allows, needs }) => {
      const answer = await as({ role, accounts: ['*'] }, document, variables());
      if (!allows) return expectForbidden(answer, field, needs);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data![field]).not.toBeNull();
      if (answer.body.data![field].userErrors) expect(answer.body.data![field].userErrors).toEqual([]);
      expect((await gateway.stats()).total).toBeGreaterThan(0);
    },
  );

  it('refuses a messaging write of an operator without a bearer, saying how to give it one', async () => {
    const messaging = KINDS[3]!;
    const answer = await as(
      { role: 'operator', accounts: ['*'], bearer: null },
      messaging.document,
      messaging.variables(),
    );
    await expectForbidden(
      answer,
      'sendChannelMessage',
      /identity "operator-of-1" has none: give its token a chime_bearer claim/,
    );
  });

  it('refuses a mutation whose payload is non-null: the refusal nulls the data, still without a call', async () => {
    const answer = await as(
      { role: 'operator', accounts: ['*'] },
      'mutation { updateGlobalSettings(input: { businessCalling: { cdrBucket: "b" } }) { userErrors { code } } }',
    );
    expect(answer.body.data).toBeNull();
    await expectForbidden(
      answer,
      'updateGlobalSettings',
      /^Mutation\.updateGlobalSettings needs role admin;/,
    );
  });
});

describe('an identity scoped to some accounts', () => {
  const GLOBAL_ROOT_FIELDS = [
    ['voiceConnectors', '{ voiceConnectors { nodes { voiceConnectorId } } }'],
    ['voiceConnector', '{ voiceConnector(voiceConnectorId: "abcdefghijklmnopqrstuv") { name } }'],
    ['voiceConnectorGroups', '{ voiceConnectorGroups { nodes { voiceConnectorGroupId } } }'],
    ['sipMediaApplications', '{ sipMediaApplications { nodes { sipMediaApplicationId } } }'],
    ['sipRules', '{ sipRules { nodes { sipRuleId } } }'],
    ['globalSettings', '{ globalSettings { businessCalling { cdrBucket } } }'],
    ['phoneNumberOrders', '{ phoneNumberOrders { nodes { phoneNumberOrderId } } }'],
    ['phoneNumbers', '{ phoneNumbers { nodes { phoneNumberId } } }'],
    ['availablePhoneNumbers', '{ availablePhoneNumbers(areaCode: "206") { nodes } }'],
    ['appInstances', '{ appInstances { nodes { appInstanceArn } } }'],
  ] as const;

  it.each(GLOBAL_ROOT_FIELDS)('may not read %s, which lies outside any account', async (field, document) => {
    for (const role of ['viewer', 'admin'] as const) {
      const answer = await as({ role, accounts: [accountId] }, document);
      await expectForbidden(
        answer,
        field,
        new RegExp(
          `^Query\\.${field} needs chime_accounts \\["\\*"\\] \\(it reaches resources outside any account\\); identity "${role}-of-1" is an? ${role} of 1 account$`,
        ),
      );
    }
  });

  it('is refused only the refused field of an operation; its siblings answer', async () => {
    const { body } = await as(
      { role: 'viewer', accounts: [accountId] },
      'query ($accountId: String!) { globalSettings { businessCalling { cdrBucket } } account(accountId: $accountId) { accountId } }',
      { accountId },
    );
    expect(body.data).toEqual({ globalSettings: null, account: { accountId } });
    expect(body.errors).toMatchObject([{ path: ['globalSettings'], extensions: { code: 'FORBIDDEN' } }]);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1 });
  });

  it('reads the same fields with every account', async () => {
    const answer = await as({ role: 'viewer', accounts: ['*'] }, GLOBAL_ROOT_FIELDS[0][1]);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.voiceConnectors.nodes.length).toBeGreaterThan(0);
  });

  it('as an admin, may not write outside any account, and is told both what it lacks and has', async () => {
    const answer = await as(
      { role: 'admin', accounts: [accountId] },
      KINDS[2]!.document,
      KINDS[2]!.variables(),
    );
    await expectForbidden(
      answer,
      'createVoiceConnector',
      /^Mutation\.createVoiceConnector needs chime_accounts \["\*"\] \(it reaches resources outside any account\); identity "admin-of-1" is an admin of 1 account$/,
    );
  });

  it('as an operator, may not write outside any account either', async () => {
    const answer = await as(
      { role: 'operator', accounts: [accountId] },
      KINDS[2]!.document,
      KINDS[2]!.variables(),
    );
    await expectForbidden(
      answer,
      'createVoiceConnector',
      /^Mutation\.createVoiceConnector needs role admin; identity "operator-of-1" is an operator of 1 account$/,
    );
  });

  it('as an operator, writes inside its account', async () => {
    const answer = await as(
      { role: 'operator', accounts: [accountId] },
      KINDS[1]!.document,
      KINDS[1]!.variables(),
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.updateUser).toEqual({
      user: { userId, userType: 'SHARED_DEVICE' },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({ UpdateUser: 1 });
  });
});

describe('the log of a refusal', () => {
  it('is one info line without a stack: a caller asking for more than its role, not a fault', async () => {
    const { logger, entries } = capturingLogger('info');
    const logged = await startTestGateway({ auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET }, logger });
    try {
      const token = await mintHs256({ sub: 'viewer-1', chime_role: 'viewer', chime_accounts: ['*'] });
      const { body } = await logged.send(
        { authorization: `Bearer ${token}` },
        'mutation { updateGlobalSettings(input: {}) { userErrors { code } } }',
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refusals = entries.filter((entry) => entry.code === 'FORBIDDEN');
      expect(refusals).toEqual([expect.objectContaining({ level: 30 })]);
      expect(refusals[0]).not.toHaveProperty('err');
    } finally {
      await logged.close();
    }
  });
});
