import {
  BadRequestException,
  ConflictException,
  CreateAppInstanceAdminCommand,
  CreateAppInstanceCommand,
  CreateAppInstanceUserCommand,
  DeleteAppInstanceAdminCommand,
  DeleteAppInstanceCommand,
  DeleteAppInstanceUserCommand,
  DescribeAppInstanceAdminCommand,
  DescribeAppInstanceCommand,
  DescribeAppInstanceUserCommand,
  ListAppInstanceAdminsCommand,
  ListAppInstancesCommand,
  ListAppInstanceUsersCommand,
  NotFoundException,
  paginateListAppInstanceAdmins,
  paginateListAppInstanceUsers,
  UpdateAppInstanceCommand,
  UpdateAppInstanceUserCommand,
} from '@aws-sdk/client-chime-sdk-identity';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();

const ARN_PREFIX = 'arn:aws:chime:us-east-1:111122223333:app-instance/';

describe('app instances', () => {
  it('creates one and describes it with epoch-second timestamps the SDK reads as dates', async () => {
    const created = await chime.identity.send(
      new CreateAppInstanceCommand({ Name: 'Support Desk', Metadata: '{"tier":"gold"}' }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created.AppInstanceArn).toMatch(new RegExp(`^${ARN_PREFIX}[0-9a-f-]{36}$`));

    const { AppInstance } = await chime.identity.send(
      new DescribeAppInstanceCommand({ AppInstanceArn: created.AppInstanceArn }),
    );
    expect(AppInstance).toMatchObject({
      AppInstanceArn: created.AppInstanceArn,
      Name: 'Support Desk',
      Metadata: '{"tier":"gold"}',
    });
    expect(AppInstance?.CreatedTimestamp).toBeInstanceOf(Date);
    expect(AppInstance?.CreatedTimestamp?.getTime()).toBe(AppInstance?.LastUpdatedTimestamp?.getTime());
  });

  it('answers the same AppInstanceArn when a ClientRequestToken is replayed', async () => {
    const first = await chime.identity.send(
      new CreateAppInstanceCommand({ Name: 'Once', ClientRequestToken: 'token-1' }),
    );
    const again = await chime.identity.send(
      new CreateAppInstanceCommand({ Name: 'Once', ClientRequestToken: 'token-1' }),
    );
    expect(again.AppInstanceArn).toBe(first.AppInstanceArn);
  });

  it('lists every app instance across pages of MaxResults', async () => {
    for (const name of ['Paged A', 'Paged B', 'Paged C'])
      await chime.identity.send(new CreateAppInstanceCommand({ Name: name }));
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await chime.identity.send(new ListAppInstancesCommand({ MaxResults: 2, NextToken }));
      expect(page.AppInstances?.length).toBeLessThanOrEqual(2);
      names.push(...(page.AppInstances ?? []).map((summary) => summary.Name ?? ''));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(names).toEqual(['Support Desk', 'Once', 'Paged A', 'Paged B', 'Paged C']);
  });

  it('answers NotFoundException for an unknown app instance', async () => {
    const error = await rejection(
      chime.identity.send(new DescribeAppInstanceCommand({ AppInstanceArn: `${ARN_PREFIX}missing` })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('app instance users', () => {
  let appInstanceArn: string;

  beforeAll(async () => {
    const created = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Users' }));
    appInstanceArn = created.AppInstanceArn ?? '';
  });

  it('creates a user whose ARN names its app instance, and describes it', async () => {
    const created = await chime.identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceUserId: 'jane.doe@example.com',
        Name: 'Jane Doe',
        Metadata: 'on call',
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created.AppInstanceUserArn).toBe(`${appInstanceArn}/user/jane.doe@example.com`);

    const { AppInstanceUser } = await chime.identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn: created.AppInstanceUserArn }),
    );
    expect(AppInstanceUser).toMatchObject({
      AppInstanceUserArn: created.AppInstanceUserArn,
      Name: 'Jane Doe',
      Metadata: 'on call',
    });
    expect(AppInstanceUser?.CreatedTimestamp).toBeInstanceOf(Date);
  });

  it('refuses a second user with the same AppInstanceUserId with ConflictException', async () => {
    const user = { AppInstanceArn: appInstanceArn, AppInstanceUserId: 'twice', Name: 'Twice' };
    await chime.identity.send(new CreateAppInstanceUserCommand(user));
    const error = await rejection(chime.identity.send(new CreateAppInstanceUserCommand(user)));
    expect(error).toBeInstanceOf(ConflictException);
  });

  it('lists the users of one app instance only, each once across pages', async () => {
    const other = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Other' }));
    await chime.identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: other.AppInstanceArn,
        AppInstanceUserId: 'outsider',
        Name: 'Outsider',
      }),
    );
    for (let index = 0; index < 5; index += 1)
      await chime.identity.send(
        new CreateAppInstanceUserCommand({
          AppInstanceArn: appInstanceArn,
          AppInstanceUserId: `listed-${index}`,
          Name: `Listed ${index}`,
        }),
      );
    const arns: string[] = [];
    for await (const page of paginateListAppInstanceUsers(
      { client: chime.identity, pageSize: 3 },
      { AppInstanceArn: appInstanceArn },
    )) {
      expect(page.AppInstanceArn).toBe(appInstanceArn);
      arns.push(...(page.AppInstanceUsers ?? []).map((user) => user.AppInstanceUserArn ?? ''));
    }
    const ids = arns.map((arn) => arn.slice(`${appInstanceArn}/user/`.length));
    expect(ids).toEqual([
      'jane.doe@example.com',
      'twice',
      'listed-0',
      'listed-1',
      'listed-2',
      'listed-3',
      'listed-4',
    ]);
  });

  it('answers NotFoundException for an unknown user or a user of an unknown app instance', async () => {
    expect(
      await rejection(
        chime.identity.send(
          new DescribeAppInstanceUserCommand({ AppInstanceUserArn: `${appInstanceArn}/user/nobody` }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
    expect(
      await rejection(
        chime.identity.send(
          new CreateAppInstanceUserCommand({
            AppInstanceArn: `${ARN_PREFIX}missing`,
            AppInstanceUserId: 'someone',
            Name: 'Someone',
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('promotes a user of the instance to AppInstanceAdmin, and no one else', async () => {
    const { AppInstanceUserArn } = await chime.identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceUserId: 'boss',
        Name: 'Boss',
      }),
    );
    const promoted = await chime.identity.send(
      new CreateAppInstanceAdminCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceAdminArn: AppInstanceUserArn,
      }),
    );
    expect(promoted.$metadata.httpStatusCode).toBe(201);
    expect(promoted.AppInstanceAdmin).toEqual({ Arn: AppInstanceUserArn, Name: 'Boss' });
    const error = await rejection(
      chime.identity.send(
        new CreateAppInstanceAdminCommand({
          AppInstanceArn: appInstanceArn,
          AppInstanceAdminArn: `${appInstanceArn}/user/nobody`,
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('app instance admins', () => {
  let appInstanceArn: string;
  let userArns: string[];

  beforeAll(async () => {
    const created = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Admins' }));
    appInstanceArn = created.AppInstanceArn ?? '';
    userArns = [];
    for (const id of ['first', 'second', 'third', 'plain']) {
      const user = await chime.identity.send(
        new CreateAppInstanceUserCommand({ AppInstanceArn: appInstanceArn, AppInstanceUserId: id, Name: id }),
      );
      userArns.push(user.AppInstanceUserArn ?? '');
    }
    for (const arn of userArns.slice(0, 3))
      await chime.identity.send(
        new CreateAppInstanceAdminCommand({ AppInstanceArn: appInstanceArn, AppInstanceAdminArn: arn }),
      );
  });

  it('describes an admin with its instance and a creation time the SDK reads as a date', async () => {
    const { AppInstanceAdmin } = await chime.identity.send(
      new DescribeAppInstanceAdminCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceAdminArn: userArns[0],
      }),
    );
    expect(AppInstanceAdmin).toMatchObject({
      Admin: { Arn: userArns[0], Name: 'first' },
      AppInstanceArn: appInstanceArn,
    });
    expect(AppInstanceAdmin?.CreatedTimestamp).toBeInstanceOf(Date);
  });

  it('lists the admins only, each once across pages', async () => {
    const arns: string[] = [];
    for await (const page of paginateListAppInstanceAdmins(
      { client: chime.identity, pageSize: 2 },
      { AppInstanceArn: appInstanceArn },
    )) {
      expect(page.AppInstanceArn).toBe(appInstanceArn);
      expect(page.AppInstanceAdmins!.length).toBeLessThanOrEqual(2);
      arns.push(...(page.AppInstanceAdmins ?? []).map((summary) => summary.Admin?.Arn ?? ''));
    }
    expect(arns).toEqual(userArns.slice(0, 3));
  });

  it('demotes an admin with 204, who is then neither described nor listed, and is still a user', async () => {
    const demoted = await chime.identity.send(
      new DeleteAppInstanceAdminCommand({ AppInstanceArn: appInstanceArn, AppInstanceAdminArn: userArns[2] }),
    );
    expect(demoted.$metadata.httpStatusCode).toBe(204);
    const error = await rejection(
      chime.identity.send(
        new DescribeAppInstanceAdminCommand({
          AppInstanceArn: appInstanceArn,
          AppInstanceAdminArn: userArns[2],
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundException);
    const { AppInstanceAdmins } = await chime.identity.send(
      new ListAppInstanceAdminsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(AppInstanceAdmins?.map((summary) => summary.Admin?.Arn)).toEqual(userArns.slice(0, 2));
    const { AppInstanceUser } = await chime.identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn: userArns[2] }),
    );
    expect(AppInstanceUser?.Name).toBe('third');
  });

  it('answers NotFoundException for a user who is not an admin, or an unknown instance', async () => {
    for (const command of [
      new DescribeAppInstanceAdminCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceAdminArn: userArns[3],
      }),
      new DeleteAppInstanceAdminCommand({ AppInstanceArn: appInstanceArn, AppInstanceAdminArn: userArns[3] }),
      new ListAppInstanceAdminsCommand({ AppInstanceArn: `${ARN_PREFIX}missing` }),
    ])
      expect(await rejection(chime.identity.send(command as any))).toBeInstanceOf(NotFoundException);
  });
});

describe('updates and deletions', () => {
  it('updates an app instance and a user, moving their LastUpdatedTimestamp', async () => {
    const { AppInstanceArn } = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Old' }));
    const { AppInstanceUserArn } = await chime.identity.send(
      new CreateAppInstanceUserCommand({ AppInstanceArn, AppInstanceUserId: 'old', Name: 'Old' }),
    );
    const updated = await chime.identity.send(
      new UpdateAppInstanceCommand({ AppInstanceArn, Name: 'New', Metadata: 'meta' }),
    );
    expect(updated.AppInstanceArn).toBe(AppInstanceArn);
    const user = await chime.identity.send(
      new UpdateAppInstanceUserCommand({ AppInstanceUserArn, Name: 'New', Metadata: 'meta' }),
    );
    expect(user.AppInstanceUserArn).toBe(AppInstanceUserArn);
    const { AppInstance } = await chime.identity.send(new DescribeAppInstanceCommand({ AppInstanceArn }));
    expect(AppInstance).toMatchObject({ Name: 'New', Metadata: 'meta' });
    const { AppInstanceUser } = await chime.identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn }),
    );
    expect(AppInstanceUser).toMatchObject({ Name: 'New', Metadata: 'meta' });
  });

  it('deletes a user, and an app instance with its users, answering 204', async () => {
    const { AppInstanceArn } = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Doomed' }));
    const ids = ['one', 'two'];
    const arns: string[] = [];
    for (const id of ids) {
      const created = await chime.identity.send(
        new CreateAppInstanceUserCommand({ AppInstanceArn, AppInstanceUserId: id, Name: id }),
      );
      arns.push(created.AppInstanceUserArn!);
    }
    const deleted = await chime.identity.send(
      new DeleteAppInstanceUserCommand({ AppInstanceUserArn: arns[0] }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(
        chime.identity.send(new DescribeAppInstanceUserCommand({ AppInstanceUserArn: arns[0] })),
      ),
    ).toBeInstanceOf(NotFoundException);
    const gone = await chime.identity.send(new DeleteAppInstanceCommand({ AppInstanceArn }));
    expect(gone.$metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.identity.send(new DescribeAppInstanceCommand({ AppInstanceArn }))),
    ).toBeInstanceOf(NotFoundException);
    expect(
      await rejection(
        chime.identity.send(new DescribeAppInstanceUserCommand({ AppInstanceUserArn: arns[1] })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});

describe('validation', () => {
  let appInstanceArn: string;

  beforeAll(async () => {
    const created = await chime.identity.send(new CreateAppInstanceCommand({ Name: 'Validation' }));
    appInstanceArn = created.AppInstanceArn ?? '';
  });

  const user = (overrides: Record<string, unknown>) =>
    new CreateAppInstanceUserCommand({
      AppInstanceArn: appInstanceArn,
      AppInstanceUserId: 'valid-id',
      Name: 'Valid',
      ...overrides,
    });

  it.each([
    ['Name', () => new CreateAppInstanceCommand({ Name: 'n'.repeat(257) })],
    ['Name', () => new CreateAppInstanceCommand({ Name: '' })],
    ['Metadata', () => new CreateAppInstanceCommand({ Name: 'ok', Metadata: 'm'.repeat(1025) })],
    [
      'ClientRequestToken',
      () => new CreateAppInstanceCommand({ Name: 'ok', ClientRequestToken: 'no spaces' }),
    ],
    ['ClientRequestToken', () => new CreateAppInstanceCommand({ Name: 'ok', ClientRequestToken: 'x' })],
    ['Tags', () => new CreateAppInstanceCommand({ Name: 'ok', Tags: [] })],
    [
      'Tags',
      () =>
        new CreateAppInstanceCommand({
          Name: 'ok',
          Tags: Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: 'v' })),
        }),
    ],
    ['Tags[0].Key', () => new CreateAppInstanceCommand({ Name: 'ok', Tags: [{ Key: '', Value: 'v' }] })],
    ['Tags[0].Value', () => new CreateAppInstanceCommand({ Name: 'ok', Tags: [{ Key: 'k', Value: '' }] })],
    ['AppInstanceArn', () => user({ AppInstanceArn: 'not-an-arn' })],
    ['AppInstanceUserId', () => user({ AppInstanceUserId: '-starts-with-dash' })],
    ['AppInstanceUserId', () => user({ AppInstanceUserId: 'u'.repeat(65) })],
    ['Name', () => user({ Name: '   ' })],
    ['Name', () => user({ Name: 'n'.repeat(101) })],
    ['MaxResults', () => new ListAppInstancesCommand({ MaxResults: 0 })],
    ['MaxResults', () => new ListAppInstancesCommand({ MaxResults: 51 })],
    ['AppInstanceArn', () => new ListAppInstanceUsersCommand({ AppInstanceArn: 'arn:' })],
    ['NextToken', () => new ListAppInstancesCommand({ NextToken: 'forged' })],
    ['Name', () => new UpdateAppInstanceCommand({ AppInstanceArn: appInstanceArn, Name: '', Metadata: '' })],
    [
      'MaxResults',
      () => new ListAppInstanceAdminsCommand({ AppInstanceArn: appInstanceArn, MaxResults: 51 }),
    ],
    [
      'AppInstanceAdminArn',
      () =>
        new DescribeAppInstanceAdminCommand({
          AppInstanceArn: appInstanceArn,
          AppInstanceAdminArn: 'not-an-arn',
        }),
    ],
    [
      'AppInstanceArn',
      () => new DescribeAppInstanceCommand({ AppInstanceArn: 'arn:aws:chime:us-east-1:1:/x' }),
    ],
  ])('refuses a bad %s with BadRequestException naming it', async (parameter, command) => {
    const error = await rejection(chime.identity.send(command() as any));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain(parameter);
  });
});
