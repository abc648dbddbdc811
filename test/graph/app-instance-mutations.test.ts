import {
  type ChimeSDKIdentityClient,
  CreateAppInstanceCommand,
  CreateAppInstanceUserCommand,
  DescribeAppInstanceAdminCommand,
  DescribeAppInstanceCommand,
  DescribeAppInstanceUserCommand,
  ListAppInstanceAdminsCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-identity';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../chime-local/admin-helpers.ts';
import { identityClient } from '../chime-local/messaging-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let identity: ChimeSDKIdentityClient;

/** Upstream calls since the last reset. */
const calls = async () => (await gateway.stats()).calls;

/** A fresh app instance made through the official SDK. */
async function sdkAppInstance(Name = 'Fixture'): Promise<string> {
  const { AppInstanceArn } = await identity.send(new CreateAppInstanceCommand({ Name }));
  return AppInstanceArn!;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  identity = identityClient(gateway.local);
});
afterAll(async () => {
  identity.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const CREATE_APP_INSTANCE = `mutation ($input: CreateAppInstanceInput!) {
  createAppInstance(input: $input) {
    appInstance { appInstanceArn name metadata createdTimestamp }
    userErrors { field message code }
  }
}`;

const CREATE_APP_INSTANCE_USER = `mutation ($input: CreateAppInstanceUserInput!) {
  createAppInstanceUser(input: $input) {
    appInstanceUser { appInstanceUserArn name metadata }
    userErrors { field message code }
  }
}`;

describe('createAppInstance', () => {
  it('creates an app instance the payload, a fresh query and the SDK all read back', async () => {
    const result = await gateway.query(CREATE_APP_INSTANCE, {
      input: { name: 'Help Desk', metadata: '{"tier":"gold"}' },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createAppInstance;
    expect(payload.userErrors).toEqual([]);
    expect(payload.appInstance).toMatchObject({ name: 'Help Desk', metadata: '{"tier":"gold"}' });
    expect(payload.appInstance.createdTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await calls()).toEqual({ CreateAppInstance: 1, DescribeAppInstance: 1 });

    const { appInstanceArn } = payload.appInstance;
    const { AppInstance } = await identity.send(
      new DescribeAppInstanceCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(AppInstance).toMatchObject({ Name: 'Help Desk', Metadata: '{"tier":"gold"}' });
    const listed = await gateway.query('{ appInstances(first: 50) { nodes { appInstanceArn } } }');
    expect(listed.data!.appInstances.nodes).toContainEqual({ appInstanceArn });
  });

  it('answers the same app instance when the client request token is replayed', async () => {
    const input = { name: 'Once Only', clientRequestToken: 'replayed-token' };
    const first = await gateway.query(CREATE_APP_INSTANCE, { input });
    const again = await gateway.query(CREATE_APP_INSTANCE, { input });
    expect(again.data!.createAppInstance.appInstance.appInstanceArn).toBe(
      first.data!.createAppInstance.appInstance.appInstanceArn,
    );
  });

  it.each([
    ['name', { name: '' }, /name must be at least 1 character/],
    ['name', { name: 'n'.repeat(257) }, /name must be at most 256/],
    ['name', { name: 'bell\u0007' }, /name must match/],
    ['metadata', { name: 'ok', metadata: 'm'.repeat(1025) }, /metadata must be at most 1024/],
    ['clientRequestToken', { name: 'ok', clientRequestToken: 'no spaces' }, /clientRequestToken must match/],
  ])('refuses a bad %s without an upstream call', async (field, input, message) => {
    const result = await gateway.query(CREATE_APP_INSTANCE, { input });
    expect(result.data!.createAppInstance.appInstance).toBeNull();
    expect(result.data!.createAppInstance.userErrors).toEqual([
      { field: ['input', field], message: expect.stringMatching(message), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('createAppInstanceUser', () => {
  let appInstanceArn: string;
  beforeAll(async () => {
    appInstanceArn = await sdkAppInstance('Users');
  });

  it('creates a user whose ARN ends with its id, as the payload and the SDK read it', async () => {
    const result = await gateway.query(CREATE_APP_INSTANCE_USER, {
      input: { appInstanceArn, appInstanceUserId: 'agent-007', name: 'Agent', metadata: 'on call' },
    });
    expect(result.errors).toBeUndefined();
    const arn = `${appInstanceArn}/user/agent-007`;
    expect(result.data!.createAppInstanceUser).toEqual({
      appInstanceUser: { appInstanceUserArn: arn, name: 'Agent', metadata: 'on call' },
      userErrors: [],
    });
    expect(await calls()).toEqual({ CreateAppInstanceUser: 1, DescribeAppInstanceUser: 1 });
    const { AppInstanceUser } = await identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn: arn }),
    );
    expect(AppInstanceUser).toMatchObject({ Name: 'Agent', Metadata: 'on call' });
    const listed = await gateway.query(
      'query ($arn: String!) { appInstance(appInstanceArn: $arn) { users(first: 50) { nodes { appInstanceUserArn } } } }',
      { arn: appInstanceArn },
    );
    expect(listed.data!.appInstance.users.nodes).toEqual([{ appInstanceUserArn: arn }]);
  });

  it('answers a user id taken already as CONFLICT, an unknown app instance as NOT_FOUND', async () => {
    const input = { appInstanceArn, appInstanceUserId: 'twice', name: 'Twice' };
    await gateway.query(CREATE_APP_INSTANCE_USER, { input });
    const again = await gateway.query(CREATE_APP_INSTANCE_USER, { input });
    expect(again.data!.createAppInstanceUser.appInstanceUser).toBeNull();
    expect(again.data!.createAppInstanceUser.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('twice') }),
    ]);
    const unknown = await gateway.query(CREATE_APP_INSTANCE_USER, {
      input: { ...input, appInstanceArn: `${appInstanceArn}-missing` },
    });
    expect(unknown.data!.createAppInstanceUser.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  it.each([
    ['appInstanceArn', { appInstanceArn: 'not-an-arn' }, /appInstanceArn must be at least 5|must match/],
    ['appInstanceUserId', { appInstanceUserId: '-dash-first' }, /appInstanceUserId must match/],
    ['appInstanceUserId', { appInstanceUserId: 'u'.repeat(65) }, /appInstanceUserId must be at most 64/],
    ['name', { name: '   ' }, /name must match/],
    ['name', { name: 'n'.repeat(101) }, /name must be at most 100/],
  ])('refuses a bad %s without an upstream call', async (field, overrides, message) => {
    const result = await gateway.query(CREATE_APP_INSTANCE_USER, {
      input: { appInstanceArn, appInstanceUserId: 'valid-id', name: 'Valid', ...overrides },
    });
    expect(result.data!.createAppInstanceUser.userErrors).toEqual([
      { field: ['input', field], message: expect.stringMatching(message), code: 'INVALID' },
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('app instance admins', () => {
  let appInstanceArn: string;
  let userArns: string[];

  beforeAll(async () => {
    appInstanceArn = await sdkAppInstance('Admins');
    userArns = [];
    for (const id of ['ada', 'grace', 'alan']) {
      const { AppInstanceUserArn } = await identity.send(
        new CreateAppInstanceUserCommand({ AppInstanceArn: appInstanceArn, AppInstanceUserId: id, Name: id }),
      );
      userArns.push(AppInstanceUserArn!);
    }
  });

  const CREATE_ADMIN = `mutation ($input: AppInstanceAdminInput!) {
    createAppInstanceAdmin(input: $input) {
      appInstance { appInstanceArn }
      admin { admin { arn name } }
      userErrors { field message code }
    }
  }`;
  const DELETE_ADMIN = `mutation ($input: AppInstanceAdminInput!) {
    deleteAppInstanceAdmin(input: $input) {
      appInstance { appInstanceArn }
      appInstanceAdminArn
      userErrors { field message code }
    }
  }`;
  const ADMINS = `query ($arn: String!, $adminArn: String!) {
    appInstance(appInstanceArn: $arn) {
      admins(first: 10) { nodes { admin { arn name } } }
      admin(adminArn: $adminArn) { admin { arn } createdTimestamp }
    }
  }`;

  it('promotes users, who are then listed and described, as the SDK reads them', async () => {
    for (const arn of userArns.slice(0, 2)) {
      const result = await gateway.query(CREATE_ADMIN, {
        input: { appInstanceArn, appInstanceAdminArn: arn },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.createAppInstanceAdmin).toEqual({
        appInstance: { appInstanceArn },
        admin: { admin: { arn, name: arn.split('/').pop() } },
        userErrors: [],
      });
    }
    await gateway.resetStats();
    const read = await gateway.query(ADMINS, { arn: appInstanceArn, adminArn: userArns[1] });
    expect(read.errors).toBeUndefined();
    expect(read.data!.appInstance.admins.nodes).toEqual([
      { admin: { arn: userArns[0], name: 'ada' } },
      { admin: { arn: userArns[1], name: 'grace' } },
    ]);
    expect(read.data!.appInstance.admin.admin).toEqual({ arn: userArns[1] });
    expect(read.data!.appInstance.admin.createdTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await calls()).toEqual({
      DescribeAppInstance: 1,
      ListAppInstanceAdmins: 1,
      DescribeAppInstanceAdmin: 1,
    });
    const { AppInstanceAdmins } = await identity.send(
      new ListAppInstanceAdminsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(AppInstanceAdmins?.map((summary) => summary.Admin?.Arn)).toEqual(userArns.slice(0, 2));
  });

  it('answers null for a user who is not an admin, and a listed admin costs one Describe for its time', async () => {
    await gateway.query(CREATE_ADMIN, { input: { appInstanceArn, appInstanceAdminArn: userArns[0] } });
    await gateway.resetStats();
    const read = await gateway.query(
      `query ($arn: String!, $adminArn: String!) {
        appInstance(appInstanceArn: $arn) {
          admins(first: 1) { nodes { createdTimestamp } }
          admin(adminArn: $adminArn) { createdTimestamp }
        }
      }`,
      { arn: appInstanceArn, adminArn: userArns[2] },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.appInstance.admin).toBeNull();
    expect(read.data!.appInstance.admins.nodes[0].createdTimestamp).toMatch(/^\d{4}-/);
    expect(await calls()).toEqual({
      DescribeAppInstance: 1,
      ListAppInstanceAdmins: 1,
      DescribeAppInstanceAdmin: 2,
    });
  });

  it('demotes an admin: later fields of the request and the SDK no longer see them', async () => {
    const arn = userArns[2]!;
    const result = await gateway.query(
      `mutation ($input: AppInstanceAdminInput!, $adminArn: String!) {
        before: createAppInstanceAdmin(input: $input) { appInstance { admin(adminArn: $adminArn) { admin { arn } } } }
        deleteAppInstanceAdmin(input: $input) {
          appInstance { admin(adminArn: $adminArn) { admin { arn } } }
          appInstanceAdminArn
          userErrors { code }
        }
      }`,
      { input: { appInstanceArn, appInstanceAdminArn: arn }, adminArn: arn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.before.appInstance.admin).toEqual({ admin: { arn } });
    expect(result.data!.deleteAppInstanceAdmin).toEqual({
      appInstance: { admin: null },
      appInstanceAdminArn: arn,
      userErrors: [],
    });
    const read = await gateway.query(ADMINS, { arn: appInstanceArn, adminArn: arn });
    expect(read.data!.appInstance.admin).toBeNull();
    expect(read.data!.appInstance.admins.nodes.map((node: any) => node.admin.arn)).not.toContain(arn);
    const error = await rejection(
      identity.send(
        new DescribeAppInstanceAdminCommand({ AppInstanceArn: appInstanceArn, AppInstanceAdminArn: arn }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });

  it('answers a user of no such instance, or one not an admin, as NOT_FOUND', async () => {
    const promote = await gateway.query(CREATE_ADMIN, {
      input: { appInstanceArn, appInstanceAdminArn: `${appInstanceArn}/user/nobody` },
    });
    expect(promote.data!.createAppInstanceAdmin).toMatchObject({
      admin: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })],
    });
    const demote = await gateway.query(DELETE_ADMIN, {
      input: { appInstanceArn, appInstanceAdminArn: `${appInstanceArn}/user/nobody` },
    });
    expect(demote.data!.deleteAppInstanceAdmin).toMatchObject({
      appInstanceAdminArn: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })],
    });
  });

  it.each(['createAppInstanceAdmin', 'deleteAppInstanceAdmin'])(
    '%s refuses a bad ARN naming it, without an upstream call',
    async (mutation) => {
      const result = await gateway.query(
        mutation === 'createAppInstanceAdmin' ? CREATE_ADMIN : DELETE_ADMIN,
        {
          input: { appInstanceArn, appInstanceAdminArn: 'not-an-arn' },
        },
      );
      expect(result.data![mutation].userErrors).toEqual([
        {
          field: ['input', 'appInstanceAdminArn'],
          message: expect.stringContaining('appInstanceAdminArn must'),
          code: 'INVALID',
        },
      ]);
      expect((await gateway.stats()).total).toBe(0);
    },
  );
});

describe('updating and deleting app instances and their users', () => {
  it('updates an app instance and its user, as later fields and the SDK read them', async () => {
    const appInstanceArn = await sdkAppInstance('Before');
    const { AppInstanceUserArn: userArn } = await identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceUserId: 'pat',
        Name: 'Pat',
      }),
    );
    const result = await gateway.query(
      `mutation ($app: String!, $user: String!) {
        updateAppInstance(input: { appInstanceArn: $app, name: "After", metadata: "m" }) {
          appInstance { name metadata } userErrors { code }
        }
        updateAppInstanceUser(input: { appInstanceUserArn: $user, name: "Patricia" }) {
          appInstanceUser { name } userErrors { code }
        }
      }`,
      { app: appInstanceArn, user: userArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      updateAppInstance: { appInstance: { name: 'After', metadata: 'm' }, userErrors: [] },
      updateAppInstanceUser: { appInstanceUser: { name: 'Patricia' }, userErrors: [] },
    });
    const { AppInstance } = await identity.send(
      new DescribeAppInstanceCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(AppInstance).toMatchObject({ Name: 'After', Metadata: 'm' });
    const { AppInstanceUser } = await identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn: userArn }),
    );
    expect(AppInstanceUser?.Name).toBe('Patricia');
  });

  it('deletes a user, then the app instance: later fields of the request find neither', async () => {
    const appInstanceArn = await sdkAppInstance('Doomed');
    const { AppInstanceUserArn: userArn } = await identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceUserId: 'gone',
        Name: 'Gone',
      }),
    );
    await gateway.resetStats();
    const result = await gateway.query(
      `mutation ($app: String!, $user: String!) {
        deleteAppInstanceUser(input: { appInstanceUserArn: $user }) { deletedAppInstanceUserArn userErrors { code } }
        deleteAppInstance(input: { appInstanceArn: $app }) { deletedAppInstanceArn userErrors { code } }
        again: updateAppInstance(input: { appInstanceArn: $app, name: "x" }) { appInstance { name } userErrors { code } }
      }`,
      { app: appInstanceArn, user: userArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      deleteAppInstanceUser: { deletedAppInstanceUserArn: userArn, userErrors: [] },
      deleteAppInstance: { deletedAppInstanceArn: appInstanceArn, userErrors: [] },
      again: { appInstance: null, userErrors: [{ code: 'NOT_FOUND' }] },
    });
    expect(await calls()).toEqual({ DeleteAppInstanceUser: 1, DeleteAppInstance: 1, UpdateAppInstance: 1 });
    const read = await gateway.query('query ($app: String!) { appInstance(appInstanceArn: $app) { name } }', {
      app: appInstanceArn,
    });
    expect(read.data!.appInstance).toBeNull();
    expect(
      await rejection(identity.send(new DescribeAppInstanceUserCommand({ AppInstanceUserArn: userArn }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it.each([
    ['updateAppInstance', 'input: { appInstanceArn: "not-an-arn", name: "x" }', 'appInstanceArn'],
    [
      'updateAppInstance',
      'input: { appInstanceArn: "arn:aws:chime:us-east-1:1:app-instance/x", name: "" }',
      'name',
    ],
    ['deleteAppInstance', 'input: { appInstanceArn: "not-an-arn" }', 'appInstanceArn'],
    ['updateAppInstanceUser', 'input: { appInstanceUserArn: "not-an-arn", name: "x" }', 'appInstanceUserArn'],
    ['deleteAppInstanceUser', 'input: { appInstanceUserArn: "not-an-arn" }', 'appInstanceUserArn'],
  ])('%s refuses a bad %s naming it, without an upstream call', async (mutation, args, field) => {
    const result = await gateway.query(`mutation { ${mutation}(${args}) { userErrors { field code } } }`);
    expect(result.data![mutation].userErrors).toEqual([{ field: ['input', field], code: 'INVALID' }]);
    expect((await gateway.stats()).total).toBe(0);
  });
});
