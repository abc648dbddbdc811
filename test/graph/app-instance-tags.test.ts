import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const CREATE_APP_INSTANCE = `mutation ($input: CreateAppInstanceInput!) {
  createAppInstance(input: $input) { appInstance { appInstanceArn } userErrors { field message code } }
}`;
const CREATE_APP_INSTANCE_USER = `mutation ($input: CreateAppInstanceUserInput!) {
  createAppInstanceUser(input: $input) { appInstanceUser { appInstanceUserArn } userErrors { field message code } }
}`;

describe('tags on createAppInstance and createAppInstanceUser', () => {
  it('sends the tags upstream, where chime-local keeps them', async () => {
    const created = await gateway.query(CREATE_APP_INSTANCE, {
      input: { name: 'Tagged', tags: [{ key: 'team', value: 'support' }] },
    });
    expect(created.errors).toBeUndefined();
    const { appInstanceArn } = created.data!.createAppInstance.appInstance;
    expect(gateway.store.messaging.tags.get(appInstanceArn)).toEqual([{ Key: 'team', Value: 'support' }]);

    const user = await gateway.query(CREATE_APP_INSTANCE_USER, {
      input: {
        appInstanceArn,
        appInstanceUserId: 'agent-1',
        name: 'Agent',
        tags: [
          { key: 'role', value: 'agent' },
          { key: 'shift', value: 'night' },
        ],
      },
    });
    expect(user.errors).toBeUndefined();
    const { appInstanceUserArn } = user.data!.createAppInstanceUser.appInstanceUser;
    expect(gateway.store.messaging.tags.get(appInstanceUserArn)).toEqual([
      { Key: 'role', Value: 'agent' },
      { Key: 'shift', Value: 'night' },
    ]);
    expect((await gateway.stats()).calls).toMatchObject({ CreateAppInstance: 1, CreateAppInstanceUser: 1 });
  });

  it('refuses tags the reference rules out as user errors, with no upstream call', async () => {
    const cases: [unknown[], string[]][] = [
      [[], ['input', 'tags']],
      [Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' })), ['input', 'tags']],
      [[{ key: '', value: 'v' }], ['input', 'tags', '0', 'key']],
      [[{ key: 'k'.repeat(129), value: 'v' }], ['input', 'tags', '0', 'key']],
      [
        [
          { key: 'ok', value: 'v' },
          { key: 'k', value: 'v'.repeat(257) },
        ],
        ['input', 'tags', '1', 'value'],
      ],
    ];
    for (const [tags, field] of cases) {
      const instance = await gateway.query(CREATE_APP_INSTANCE, { input: { name: 'Refused', tags } });
      expect(instance.data!.createAppInstance).toMatchObject({
        appInstance: null,
        userErrors: [{ field, code: 'INVALID' }],
      });
      const user = await gateway.query(CREATE_APP_INSTANCE_USER, {
        input: {
          appInstanceArn: 'arn:aws:chime:us-east-1:111122223333:app-instance/any',
          appInstanceUserId: 'someone',
          name: 'Someone',
          tags,
        },
      });
      expect(user.data!.createAppInstanceUser).toMatchObject({
        appInstanceUser: null,
        userErrors: [{ field, code: 'INVALID' }],
      });
    }
    expect((await gateway.stats()).total).toBe(0);
  });
});
