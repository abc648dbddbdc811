import { CreateAccountCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let accountId: string;
let globalId: string;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Ids that name nothing the schema can load: each must answer null in its place. */
const foreignIds = {
  garbage: 'garbage',
  'not base64': '%%% not base64 !!!',
  'base64 of Foo:bar': base64('Foo:bar'),
  'base64 of Query:bar (not a Node type)': base64('Query:bar'),
  'base64 of Account: (empty id)': base64('Account:'),
};

beforeAll(async () => {
  gateway = await startTestGateway();
  const { Account } = await adminSdk(gateway).send(new CreateAccountCommand({ Name: 'Node Id Corp' }));
  accountId = Account!.AccountId!;
  const result = await gateway.query(
    'query ($accountId: String!) { account(accountId: $accountId) { id } }',
    {
      accountId,
    },
  );
  globalId = result.data!.account.id;
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

describe('node(id:) and nodes(ids:)', () => {
  it.each(Object.entries(foreignIds))(
    'answer null for the id %s, with no error and no upstream call',
    async (_, id) => {
      const result = await gateway.query(
        'query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }',
        { id },
      );
      expect(result).toEqual({ data: { node: null, nodes: [null] } });
      expect((await gateway.stats()).total).toBe(0);
    },
  );

  it('answer every foreign id with null in its place and the real ones in order', async () => {
    const ids = [
      foreignIds.garbage,
      globalId,
      foreignIds['not base64'],
      foreignIds['base64 of Foo:bar'],
      globalId,
      foreignIds['base64 of Account: (empty id)'],
      foreignIds['base64 of Query:bar (not a Node type)'],
    ];
    const result = await gateway.query(
      `query ($ids: [ID!]!, $id: ID!) {
        nodes(ids: $ids) { id ... on Account { accountId name } }
        node(id: $id) { ... on Account { name } }
      }`,
      { ids, id: globalId },
    );
    expect(result.errors).toBeUndefined();
    const account = { id: globalId, accountId, name: 'Node Id Corp' };
    expect(result.data).toEqual({
      nodes: [null, account, null, null, account, null, null],
      node: { name: 'Node Id Corp' },
    });
  });

  it('null only the place of a node whose read fails, with its coded error there', async () => {
    await gateway.faults({ errorRate: 1, operations: ['GetAccount'] });
    const result = await gateway.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [foreignIds.garbage, globalId],
    });
    await gateway.faults({});
    expect(result.data).toEqual({ nodes: [null, null] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['nodes', 1],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'GetAccount' } },
    });
  });
});
