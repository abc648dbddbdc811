import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExplainedCall, PlannedCalls } from '../../src/http/explain.ts';
import { createMemoryTokenBuckets } from '../../src/store/token-buckets.ts';
import { type GraphQLResponse, type Stats, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

let gateway: TestGateway;
let accountId: string;
let accountNodeId: string;
let mainTrunkId: string;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', gateway: { rateLimit: { callsPerSecond: 100_000 } } });
  const setup = await gateway.query(`{
    accounts(name: "Example Corp") { nodes { id accountId } }
    voiceConnectors(first: 10) { nodes { voiceConnectorId name } }
  }`);
  accountId = setup.data!.accounts.nodes[0].accountId;
  accountNodeId = setup.data!.accounts.nodes[0].id;
  mainTrunkId = setup.data!.voiceConnectors.nodes.find(
    (vc: { name: string }) => vc.name === 'Main Trunk',
  ).voiceConnectorId;
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

/** Sends `document` with `x-explain: mode` after a stats reset; answers the response and what chime-local saw. */
async function explain<P>(
  mode: string,
  document: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLResponse; plan: P[][]; stats: Stats }> {
  await gateway.resetStats();
  const { status, body } = await gateway.send({ 'x-explain': mode }, document, variables);
  return { status, body, plan: body.extensions?.plan, stats: await gateway.stats() };
}

const operations = (calls: readonly { operation: string }[]) =>
  calls.map(({ operation }) => operation).sort();
/** A path without its list indices: the field it names, wherever in a list. */
const fieldPath = (path: readonly (string | number)[]) => path.filter((key) => typeof key === 'string');

/**
 * Expects the live plan to list exactly the calls chime-local answered (one entry per call, its
 * attempts adding up to the requests it saw), each at the path of a field that needs it.
 */
function expectPlanMatches(plan: ExplainedCall[][], stats: Stats, pathsOf: Record<string, string[][]>) {
  const calls = plan.flat();
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.reduce((sum, { attempts }) => sum + attempts, 0)).toBe(stats.total);
  const seen = Object.entries(stats.calls).flatMap(([operation, count]) =>
    Array.from({ length: count }, () => operation),
  );
  const attempted = calls.flatMap(({ operation, attempts }) =>
    Array.from({ length: attempts }, () => operation),
  );
  expect(attempted.sort()).toEqual(seen.sort());
  expect(attempted).toEqual(operations(stats.requests));
  for (const call of calls) {
    expect(pathsOf[call.operation], call.operation).toBeDefined();
    expect(pathsOf[call.operation], `${call.operation} at ${call.path.join('.')}`).toContainEqual(
      fieldPath(call.path),
    );
    expect(call.endMs).not.toBeNull();
    expect(call.endMs!).toBeGreaterThanOrEqual(call.startMs);
  }
  // A call's wave is one after the latest wave holding a call that had ended when it started (times
  // are rounded to 0.1 ms, hence the tolerance): some call of the wave before it had ended, and none of
  // its own wave or a later one had.
  plan.forEach((wave, index) => {
    expect(wave.length).toBeGreaterThan(0);
    for (const call of wave) {
      if (index > 0) expect(plan[index - 1]!.some((other) => other.endMs! <= call.startMs + 0.1)).toBe(true);
      const later = plan.slice(index).flat();
      expect(later.filter((other) => other.endMs! < call.startMs - 0.1)).toEqual([]);
    }
    const starts = wave.map(({ startMs }) => startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
}

describe('x-explain: plan', () => {
  it('lists the calls of a root read by id with its connections, at the fields that need them', async () => {
    const { status, body, plan, stats } = await explain<ExplainedCall>(
      'plan',
      `query ($accountId: String!) { account(accountId: $accountId) {
        name settings { enableDialOut }
        users(first: 3) { nodes { userId settings { telephony { sms } } } }
      } }`,
      { accountId },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.account.users.nodes).toHaveLength(3);
    // Children that need only the account's id start beside its Get, in its resolver.
    expectPlanMatches(plan, stats, {
      GetAccount: [['account']],
      GetAccountSettings: [['account'], ['account', 'settings']],
      ListUsers: [['account'], ['account', 'users']],
      GetUserSettings: [['account', 'users', 'nodes', 'settings']],
    });
    expect(operations(plan.flat())).toEqual(
      ['GetAccount', 'GetAccountSettings', 'ListUsers', ...Array(3).fill('GetUserSettings')].sort(),
    );
    // One GetUserSettings for each user; the loader sends them from one batch, which runs in the
    // asynchronous context of the first load, so they all carry the path of the user that asked first.
    const settings = plan.flat().filter(({ operation }) => operation === 'GetUserSettings');
    expect(new Set(settings.map(({ path }) => path.join('.')))).toEqual(
      new Set(['account.users.nodes.0.settings']),
    );
  });

  it('lists a batched read once, at the first field that asked for it', async () => {
    const { body, plan, stats } = await explain<ExplainedCall>(
      'plan',
      `{ phoneNumbers(first: 30, status: ASSIGNED) { nodes {
        e164PhoneNumber user { displayName } voiceConnector { name } account { name }
      } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.phoneNumbers.nodes.length).toBeGreaterThan(1);
    expectPlanMatches(plan, stats, {
      ListPhoneNumbers: [['phoneNumbers']],
      ListUsers: [['phoneNumbers', 'nodes', 'user']],
      GetUser: [['phoneNumbers', 'nodes', 'user']],
      ListVoiceConnectors: [['phoneNumbers', 'nodes', 'voiceConnector']],
      GetVoiceConnector: [['phoneNumbers', 'nodes', 'voiceConnector']],
      GetAccount: [['phoneNumbers', 'nodes', 'account']],
    });
    // Far fewer calls than numbers: the users and voice connectors came by their lists.
    expect(plan.flat().length).toBeLessThan(body.data?.phoneNumbers.nodes.length);
  });

  it('lists every page of a connection that pages upstream', async () => {
    const { body, plan, stats } = await explain<ExplainedCall>(
      'plan',
      `query ($id: String!) { voiceConnector(voiceConnectorId: $id) {
        name phoneNumbers(first: 100) { nodes { e164PhoneNumber } }
      } }`,
      { id: mainTrunkId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.voiceConnector.phoneNumbers.nodes).toHaveLength(100);
    expectPlanMatches(plan, stats, {
      GetVoiceConnector: [['voiceConnector']],
      ListPhoneNumbers: [['voiceConnector'], ['voiceConnector', 'phoneNumbers']],
    });
    expect(operations(plan.flat())).toEqual(['GetVoiceConnector', 'ListPhoneNumbers', 'ListPhoneNumbers']);
  });

  it('lists a call that failed, with its attempts, beside the fields that answered', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccountSettings'] });
    const { body, plan, stats } = await explain<ExplainedCall>(
      'plan',
      `query ($accountId: String!) { account(accountId: $accountId) {
        name settings { enableDialOut } users(first: 2) { nodes { userId } }
      } }`,
      { accountId },
    );
    expect(body.data?.account.settings).toBeNull();
    expect(body.data?.account.users.nodes).toHaveLength(2);
    expect(body.errors?.map(({ path, extensions }) => [path, extensions?.code])).toEqual([
      [['account', 'settings'], 'UPSTREAM_UNAVAILABLE'],
    ]);
    expectPlanMatches(plan, stats, {
      GetAccount: [['account']],
      GetAccountSettings: [['account'], ['account', 'settings']],
      ListUsers: [['account'], ['account', 'users']],
    });
    const failed = plan.flat().find(({ operation }) => operation === 'GetAccountSettings')!;
    expect(failed.attempts).toBe(stats.calls.GetAccountSettings);
    expect(failed.attempts).toBeGreaterThan(1);
  });

  it('puts a call that waited for another in a later wave, and calls started together in one', async () => {
    await gateway.faults({ latencyMs: 20 });
    // ListUsers of each account needs ListAccounts' answer; the two start together.
    const nested = await explain<ExplainedCall>(
      'plan',
      '{ accounts(first: 2) { nodes { name users(first: 2) { nodes { userId } } } } }',
    );
    expect(nested.body.data?.accounts.nodes).toHaveLength(2);
    expect(nested.plan.map(operations)).toEqual([['ListAccounts'], ['ListUsers', 'ListUsers']]);
    expect(nested.plan[1]!.map(({ path }) => path)).toEqual([
      ['accounts', 'nodes', 0, 'users'],
      ['accounts', 'nodes', 1, 'users'],
    ]);
    const [list] = nested.plan[0]!;
    for (const users of nested.plan[1]!) expect(users.startMs).toBeGreaterThanOrEqual(list!.endMs!);

    // The second page of a connection needs the first page's NextToken.
    const paged = await explain<ExplainedCall>('plan', '{ phoneNumbers(first: 100) { nodes { status } } }');
    expect(paged.plan.map(operations)).toEqual([['ListPhoneNumbers'], ['ListPhoneNumbers']]);
    const [first, second] = paged.stats.requests;
    expect(second!.query['next-token']).toBeDefined();
    expect(second!.arrivedAtMs).toBeGreaterThanOrEqual(first!.answeredAtMs!);

    // A root read by id starts its children beside it; their own children wait for both.
    const byId = await explain<ExplainedCall>(
      'plan',
      `query ($accountId: String!) { account(accountId: $accountId) {
        name users(first: 2) { nodes { settings { telephony { sms } } } }
      } }`,
      { accountId },
    );
    expect(byId.plan.map(operations)).toEqual([
      ['GetAccount', 'ListUsers'],
      ['GetUserSettings', 'GetUserSettings'],
    ]);
  });

  it('is left out without the header', async () => {
    await gateway.resetStats();
    const { body } = await gateway.send({}, '{ phoneNumbers(first: 5) { nodes { status } } }');
    expect(body.errors).toBeUndefined();
    expect(body.extensions).toBeUndefined();
    expect((await gateway.stats()).total).toBe(1);
  });
});

describe('x-explain: dry-run', () => {
  /** Expects a dry run of `document` to answer `plan` and the estimate it adds up to, without any call. */
  async function expectDryRun(document: string, variables: Record<string, unknown>, plan: PlannedCalls[][]) {
    const { status, body, stats } = await explain<PlannedCalls>('dry-run', document, variables);
    expect(status).toBe(200);
    expect(body).toEqual({ data: null, extensions: { plan } });
    expect(stats.total).toBe(0);
    const cost = gateway.costs.at(-1)!;
    expect(cost.actual).toBe(0);
    expect(cost.estimated).toBe(plan.flat().reduce((sum, { count }) => sum + count, 0));
    return cost.estimated;
  }

  it('answers the calls the estimate counts, by wave, without calling upstream', async () => {
    const document = `query ($accountId: String!) { account(accountId: $accountId) {
      name users(first: 40) { nodes { settings { telephony { sms } } primaryPhoneNumber { status } } }
    } }`;
    const estimated = await expectDryRun(document, { accountId }, [
      [{ operation: 'GetAccount', path: ['account'], count: 1 }],
      [{ operation: 'ListUsers', path: ['account', 'users'], count: 1 }],
      [
        { operation: 'GetUserSettings', path: ['account', 'users', 'nodes', 'settings'], count: 40 },
        {
          operation: 'ListPhoneNumbers',
          path: ['account', 'users', 'nodes', 'primaryPhoneNumber'],
          count: 1,
        },
      ],
      [{ operation: 'GetPhoneNumber', path: ['account', 'users', 'nodes', 'primaryPhoneNumber'], count: 1 }],
    ]);
    // The same estimate as the document run for real, which sends no more than it.
    await gateway.resetStats();
    await gateway.query(document, { accountId });
    expect(gateway.costs.at(-1)!.estimated).toBe(estimated);
    expect((await gateway.stats()).total).toBeLessThanOrEqual(estimated);
  });

  it('puts the pages of a connection in successive waves, and reads nodes by their type', async () => {
    await expectDryRun(
      `query ($id: ID!) { phoneNumbers(first: 100) { nodes { status } } node(id: $id) { ... on Account { name } } }`,
      { id: accountNodeId },
      [
        [
          { operation: 'ListPhoneNumbers', path: ['phoneNumbers'], count: 1 },
          { operation: 'GetAccount', path: ['node'], count: 1 },
        ],
        [{ operation: 'ListPhoneNumbers', path: ['phoneNumbers'], count: 1 }],
      ],
    );
  });

  it('plans mutations one after the other without running them', async () => {
    const document = `mutation ($id: String!) {
      first: updateAccount(input: { accountId: $id, name: "Dry Run Corp" }) { account { name } }
      second: updateAccount(input: { accountId: $id, name: "Dry Run Two" }) { account { name } }
    }`;
    await expectDryRun(document, { id: accountId }, [
      [{ operation: 'UpdateAccount', path: ['first'], count: 1 }],
      [{ operation: 'GetAccount', path: ['first', 'account'], count: 1 }],
      [{ operation: 'UpdateAccount', path: ['second'], count: 1 }],
      [{ operation: 'GetAccount', path: ['second', 'account'], count: 1 }],
    ]);
    const after = await gateway.query('query ($id: String!) { account(accountId: $id) { name } }', {
      id: accountId,
    });
    expect(after.data?.account.name).toBe('Example Corp');
  });

  it('still refuses a document above MAX_COST, without a call', async () => {
    const document =
      '{ accounts(first: 100) { nodes { users(first: 100) { nodes { settings { telephony { sms } } } } } } }';
    const { body, stats } = await explain('dry-run', document);
    expect(body.data ?? null).toBeNull();
    expect(body.extensions?.plan).toBeUndefined();
    expect(body.errors?.map(({ extensions }) => extensions)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 250, actual: 10101 } },
    ]);
    expect(stats.total).toBe(0);
  });
});

describe('x-explain with another value', () => {
  it('is BAD_USER_INPUT naming the values it takes, without a call', async () => {
    for (const value of ['yes', '', 'plan,dry-run']) {
      const { status, body, stats } = await explain(value, '{ accounts { nodes { name } } }');
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([
        {
          message: `The x-explain header must be "plan" or "dry-run", got ${JSON.stringify(value)}`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
      expect(stats.total).toBe(0);
    }
  });
});

describe('a dry run and the trust boundary', () => {
  let guarded: TestGateway;
  const document = `{
    a: accounts(first: 1) { nodes { name } }
    b: accounts(first: 1) { nodes { name } }
    c: accounts(first: 1) { nodes { name } }
    d: accounts(first: 1) { nodes { name } }
  }`;

  beforeAll(async () => {
    guarded = await startTestGateway({
      seed: 'none',
      auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
      // A clock that stands still: a bucket refills only when given back to.
      gateway: { rateLimit: { callsPerSecond: 1, store: createMemoryTokenBuckets({ now: () => 0 }) } },
    });
  });
  afterAll(() => guarded.close());

  it('needs credentials like any request', async () => {
    const { status, body } = await guarded.send({ 'x-explain': 'dry-run' }, document);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.extensions?.plan).toBeUndefined();
  });

  it("spends nothing of the identity's rate limit", async () => {
    const ann = { authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'dry-ann' })}` };
    await guarded.resetStats();
    // The bucket holds 5 calls; each dry run is estimated at 4.
    for (let run = 0; run < 3; run += 1) {
      const { status, body } = await guarded.send({ ...ann, 'x-explain': 'dry-run' }, document);
      expect(status).toBe(200);
      expect(body.extensions?.plan.flat()).toHaveLength(4);
    }
    const served = await guarded.send(ann, document);
    expect(served.status).toBe(200);
    expect(guarded.costs.at(-1)).toMatchObject({ estimated: 4, actual: 4 });
    expect((await guarded.stats()).total).toBe(4);
    // The run that did call took 4 of the bucket's 5: a dry run still answers, the run itself no longer fits.
    const dryAgain = await guarded.send({ ...ann, 'x-explain': 'dry-run' }, document);
    expect(dryAgain.status).toBe(200);
    const refused = await guarded.send(ann, document);
    expect(refused.status).toBe(429);
  });

  it("plans the reads of a scoped identity's accounts as it would read them", async () => {
    const scoped = {
      authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'dry-scoped', chime_accounts: ['a1', 'a2'] })}`,
      'x-explain': 'dry-run',
    };
    const { body } = await guarded.send(scoped, '{ accounts { nodes { name } } }');
    expect(body.extensions?.plan).toEqual([[{ operation: 'GetAccount', path: ['accounts'], count: 2 }]]);
  });
});
