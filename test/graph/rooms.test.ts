import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addChatMessage,
  addConversation,
  roomMessagesOf,
  usersOf,
} from '../../src/chime-local/admin/records.ts';
import { DEMO_ACCOUNT_NAMES } from '../../src/chime-local/admin/seed.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

let gateway: TestGateway;
let exampleCorp: string;
let globex: string;
let acme: string;
let admin: Record<string, string>;
let scoped: Record<string, string>;
let viewer: Record<string, string>;

const bearer = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await mintHs256({ sub: 'rooms', chime_role: 'admin', ...claims })}`,
});

/** Sends `document` as `headers` (the admin of every account unless said), expecting no GraphQL error. */
async function dataOf(document: string, variables?: Record<string, unknown>, headers = admin) {
  const { body } = await gateway.send(headers, document, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const USER_ERRORS = 'userErrors { field message code }';

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET } });
  const idOf = (name: string) =>
    [...gateway.store.admin.accounts.values()].find((account) => account.Name === name)!.AccountId;
  exampleCorp = idOf(DEMO_ACCOUNT_NAMES.exampleCorp);
  globex = idOf(DEMO_ACCOUNT_NAMES.globex);
  acme = idOf(DEMO_ACCOUNT_NAMES.acmeSupport);
  admin = await bearer({ chime_accounts: ['*'] });
  scoped = await bearer({ chime_accounts: [acme, globex] });
  viewer = await bearer({ chime_role: 'viewer', chime_accounts: ['*'] });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const userIdsOf = (accountId: string) => usersOf(gateway.store, accountId).map((user) => user.UserId);
const roomIdOf = (accountId: string, name: string) =>
  [...gateway.store.admin.rooms.values()].find((room) => room.AccountId === accountId && room.Name === name)!
    .RoomId;

/** A fresh room of Acme Support made through the graph; stats are zeroed afterwards. */
async function newRoom(name: string): Promise<string> {
  const data = await dataOf(
    `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { room { roomId } ${USER_ERRORS} } }`,
    { input: { accountId: acme, name } },
  );
  await gateway.resetStats();
  return data.createRoom.room.roomId;
}

describe('reads', () => {
  it("lists an account's rooms and their members, each user read with the account's user page", async () => {
    const data = await dataOf(
      `query ($accountId: String!) {
        account(accountId: $accountId) {
          rooms { nodes { id roomId accountId name createdBy
            memberships { nodes { memberId memberType role email fullName user { userId displayName } } } } }
        }
      }`,
      { accountId: globex },
    );
    const [lab] = data.account.rooms.nodes;
    expect(data.account.rooms.nodes).toHaveLength(1);
    expect(lab).toMatchObject({ roomId: roomIdOf(globex, 'Lab'), accountId: globex, name: 'Lab' });
    expect(lab.memberships.nodes).toEqual([
      expect.objectContaining({
        memberType: 'USER',
        role: 'ADMINISTRATOR',
        fullName: 'Hank Scorpio',
        user: { userId: lab.memberships.nodes[0].memberId, displayName: 'Hank Scorpio' },
      }),
      expect.objectContaining({
        role: 'MEMBER',
        user: expect.objectContaining({ displayName: 'Globex Lobby' }),
      }),
    ]);
    // Two members of one account: one ListUsers page, not a GetUser each.
    expect((await gateway.stats()).calls).toEqual({
      GetAccount: 1,
      ListRooms: 1,
      ListRoomMemberships: 1,
      ListUsers: 1,
    });
  });

  it('pages a room of 120 members over ListRoomMemberships NextToken', async () => {
    const roomId = roomIdOf(exampleCorp, 'All Hands');
    const document = `query ($accountId: String!, $roomId: String!, $after: String) {
      account(accountId: $accountId) { room(roomId: $roomId) {
        memberships(first: 100, after: $after) { nodes { memberId } pageInfo { hasNextPage endCursor } } } }
    }`;
    const first = await dataOf(document, { accountId: exampleCorp, roomId });
    const page = first.account.room.memberships;
    expect(page.nodes).toHaveLength(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
    // 100 items are two upstream pages of at most 99.
    expect((await gateway.stats()).calls).toMatchObject({ GetRoom: 1, ListRoomMemberships: 2 });
    const rest = await dataOf(document, { accountId: exampleCorp, roomId, after: page.pageInfo.endCursor });
    const ids = [...page.nodes, ...rest.account.room.memberships.nodes].map((node) => node.memberId);
    expect(ids).toEqual(userIdsOf(exampleCorp).slice(0, 120));
    expect(rest.account.room.memberships.pageInfo.hasNextPage).toBe(false);
  });

  it("answers a user's rooms (ListRooms by member-id) and reads a room by node id", async () => {
    const userId = userIdsOf(exampleCorp)[0]!;
    const data = await dataOf(
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) { user(userId: $userId) { rooms { nodes { id name } } } }
      }`,
      { accountId: exampleCorp, userId },
    );
    const rooms = data.account.user.rooms.nodes;
    expect(rooms.map((room: { name: string }) => room.name)).toEqual(['All Hands', 'Engineering']);
    const request = (await gateway.stats()).requests.find((item) => item.operation === 'ListRooms')!;
    expect(request.query).toMatchObject({ 'member-id': userId });

    await gateway.resetStats();
    const node = await dataOf('query ($id: ID!) { node(id: $id) { ... on Room { name accountId } } }', {
      id: rooms[1].id,
    });
    expect(node.node).toEqual({ name: 'Engineering', accountId: exampleCorp });
    expect((await gateway.stats()).calls).toEqual({ GetRoom: 1 });
  });

  it('keeps rooms of accounts out of scope away, with no upstream call', async () => {
    const ids = await dataOf(
      `query ($accountId: String!, $roomId: String!) { account(accountId: $accountId) { room(roomId: $roomId) { id } } }`,
      { accountId: exampleCorp, roomId: roomIdOf(exampleCorp, 'All Hands') },
    );
    await gateway.resetStats();
    const data = await dataOf(
      `query ($id: ID!, $accountId: String!, $roomId: String!) {
        node(id: $id) { id }
        account(accountId: $accountId) { room(roomId: $roomId) { id } rooms { nodes { id } } }
      }`,
      { id: ids.account.room.id, accountId: exampleCorp, roomId: roomIdOf(exampleCorp, 'All Hands') },
      scoped,
    );
    expect(data).toEqual({ node: null, account: null });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a blank room id before any upstream call', async () => {
    const { body } = await gateway.send(
      admin,
      'query ($accountId: String!) { account(accountId: $accountId) { room(roomId: "  ") { id } } }',
      { accountId: globex },
    );
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0]?.message).toContain('roomId');
    expect((await gateway.stats()).calls).not.toHaveProperty('GetRoom');
  });
});

describe('room mutations', () => {
  it('creates, renames and deletes a room, each payload answered from the write', async () => {
    const created = await dataOf(
      `mutation ($input: CreateRoomInput!) {
        createRoom(input: $input) { room { id roomId accountId name } ${USER_ERRORS} }
      }`,
      { input: { accountId: acme, name: 'Support desk', clientRequestToken: 'desk-1' } },
    );
    const room = created.createRoom.room;
    expect(created.createRoom.userErrors).toEqual([]);
    expect(room).toMatchObject({ accountId: acme, name: 'Support desk' });
    expect(gateway.store.admin.rooms.get(room.roomId)?.Name).toBe('Support desk');
    expect((await gateway.stats()).calls).toEqual({ CreateRoom: 1 });

    await gateway.resetStats();
    const renamed = await dataOf(
      `mutation ($input: UpdateRoomInput!) { updateRoom(input: $input) { room { name } ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId: room.roomId, name: 'Help desk' } },
    );
    expect(renamed.updateRoom).toEqual({ room: { name: 'Help desk' }, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ UpdateRoom: 1 });

    await gateway.resetStats();
    const deleted = await dataOf(
      `mutation ($input: DeleteRoomInput!) { deleteRoom(input: $input) { deletedId deletedRoomId ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId: room.roomId } },
    );
    expect(deleted.deleteRoom).toEqual({ deletedId: room.id, deletedRoomId: room.roomId, userErrors: [] });
    expect(gateway.store.admin.rooms.has(room.roomId)).toBe(false);
    const after = await dataOf('query ($id: ID!) { node(id: $id) { id } }', { id: room.id });
    expect(after.node).toBeNull();
  });

  it('refuses bad input with user errors and no upstream call', async () => {
    const data = await dataOf(
      `mutation {
        blank: createRoom(input: { accountId: "${acme}", name: "   " }) { ${USER_ERRORS} }
        token: createRoom(input: { accountId: "${acme}", name: "Ok", clientRequestToken: "x" }) { ${USER_ERRORS} }
        room: updateRoom(input: { accountId: "${acme}", roomId: "..", name: "Ok" }) { ${USER_ERRORS} }
        member: createRoomMembership(input: { accountId: "${acme}", roomId: "r", memberId: " " }) { ${USER_ERRORS} }
        batch: batchCreateRoomMembership(input: { accountId: "${acme}", roomId: "r", items: [{ memberId: "" }] }) { ${USER_ERRORS} }
        message: redactRoomMessage(input: { accountId: "${acme}", roomId: "r", messageId: "\\t" }) { ${USER_ERRORS} }
        conversation: redactConversationMessage(input: { accountId: " ", conversationId: "c", messageId: "m" }) { ${USER_ERRORS} }
      }`,
    );
    const fields = Object.fromEntries(
      Object.entries(data).map(([name, payload]: [string, any]) => [
        name,
        payload.userErrors[0].field.join('.'),
      ]),
    );
    expect(fields).toEqual({
      blank: 'input.name',
      token: 'input.clientRequestToken',
      room: 'input.roomId',
      member: 'input.memberId',
      batch: 'input.items.0.memberId',
      message: 'input.messageId',
      conversation: 'input.accountId',
    });
    for (const payload of Object.values(data) as any[]) expect(payload.userErrors[0].code).toBe('INVALID');
    expect(data.token.userErrors[0].message).toContain('at least 2 characters');

    const tooMany = await dataOf(
      `mutation ($input: BatchCreateRoomMembershipInput!) { batchCreateRoomMembership(input: $input) { ${USER_ERRORS} } }`,
      {
        input: {
          accountId: acme,
          roomId: 'r',
          items: Array.from({ length: 51 }, (_, i) => ({ memberId: `m${i}` })),
        },
      },
    );
    expect(tooMany.batchCreateRoomMembership.userErrors[0]).toMatchObject({
      field: ['input', 'items'],
      message: expect.stringContaining('at most 50 items, got 51'),
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers the upstream 404 for an unknown room as a user error', async () => {
    const data = await dataOf(
      `mutation { updateRoom(input: { accountId: "${acme}", roomId: "no-such-room", name: "X" }) { room { id } ${USER_ERRORS} } }`,
    );
    expect(data.updateRoom).toMatchObject({ room: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await gateway.stats()).calls).toEqual({ UpdateRoom: 1 });
  });

  it('refuses writes to viewers and to accounts out of scope, with no upstream call', async () => {
    const document = `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { room { id } ${USER_ERRORS} } }`;
    const { body } = await gateway.send(viewer, document, { input: { accountId: acme, name: 'Nope' } });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outOfScope = await dataOf(document, { input: { accountId: exampleCorp, name: 'Nope' } }, scoped);
    expect(outOfScope.createRoom.userErrors).toEqual([
      {
        field: ['input', 'accountId'],
        message: expect.stringContaining('does not exist'),
        code: 'NOT_FOUND',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);

    const operator = await bearer({ chime_role: 'operator', chime_accounts: [acme] });
    const made = await dataOf(document, { input: { accountId: acme, name: 'Operators' } }, operator);
    expect(made.createRoom.userErrors).toEqual([]);
    expect((await gateway.stats()).calls).toEqual({ CreateRoom: 1 });
  });
});

describe('membership mutations', () => {
  const MEMBERS = 'room { memberships { nodes { memberId role } } }';

  it('adds, re-roles and removes a member; the room read afterwards shows each change', async () => {
    const roomId = await newRoom('Agents');
    const [first, second] = userIdsOf(acme);
    const added = await dataOf(
      `mutation ($input: CreateRoomMembershipInput!) {
        createRoomMembership(input: $input) { membership { memberId role memberType user { userId } } ${MEMBERS} ${USER_ERRORS} }
      }`,
      { input: { accountId: acme, roomId, memberId: first, role: 'ADMINISTRATOR' } },
    );
    expect(added.createRoomMembership.membership).toEqual({
      memberId: first,
      role: 'ADMINISTRATOR',
      memberType: 'USER',
      user: { userId: first },
    });
    expect(added.createRoomMembership.room.memberships.nodes).toEqual([
      { memberId: first, role: 'ADMINISTRATOR' },
    ]);

    const again = await dataOf(
      `mutation ($input: CreateRoomMembershipInput!) { createRoomMembership(input: $input) { membership { memberId } ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId, memberId: first } },
    );
    expect(again.createRoomMembership).toMatchObject({
      membership: null,
      userErrors: [{ code: 'CONFLICT' }],
    });

    await gateway.resetStats();
    const updated = await dataOf(
      `mutation ($input: UpdateRoomMembershipInput!) { updateRoomMembership(input: $input) { membership { role } ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId, memberId: first, role: 'MEMBER' } },
    );
    expect(updated.updateRoomMembership).toEqual({ membership: { role: 'MEMBER' }, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ UpdateRoomMembership: 1 });

    const other = await dataOf(
      `mutation ($input: CreateRoomMembershipInput!) { createRoomMembership(input: $input) { ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId, memberId: second } },
    );
    expect(other.createRoomMembership.userErrors).toEqual([]);
    await gateway.resetStats();
    const removed = await dataOf(
      `mutation ($input: DeleteRoomMembershipInput!) { deleteRoomMembership(input: $input) { memberId ${MEMBERS} ${USER_ERRORS} } }`,
      { input: { accountId: acme, roomId, memberId: first } },
    );
    expect(removed.deleteRoomMembership).toEqual({
      memberId: first,
      room: { memberships: { nodes: [{ memberId: second, role: 'MEMBER' }] } },
      userErrors: [],
    });
    expect((await gateway.stats()).calls).toEqual({
      DeleteRoomMembership: 1,
      GetRoom: 1,
      ListRoomMemberships: 1,
    });
    // The user's own room list shows the change too.
    const rooms = await dataOf(
      `query ($accountId: String!, $userId: String!) {
        account(accountId: $accountId) { user(userId: $userId) { rooms { nodes { roomId } } } }
      }`,
      { accountId: acme, userId: second },
    );
    expect(rooms.account.user.rooms.nodes).toEqual([{ roomId }]);
  });

  it('adds members in one batch, each refusal an item error pointing at its input item', async () => {
    const roomId = await newRoom('Batch');
    const users = userIdsOf(acme);
    const data = await dataOf(
      `mutation ($input: BatchCreateRoomMembershipInput!) {
        batchCreateRoomMembership(input: $input) {
          addedMemberIds
          itemErrors { memberId field code upstreamCode message }
          ${MEMBERS}
          ${USER_ERRORS}
        }
      }`,
      {
        input: {
          accountId: acme,
          roomId,
          items: [
            { memberId: users[0], role: 'ADMINISTRATOR' },
            { memberId: userIdsOf(globex)[0] },
            { memberId: users[1] },
          ],
        },
      },
    );
    const payload = data.batchCreateRoomMembership;
    expect(payload.addedMemberIds).toEqual([users[0], users[1]]);
    expect(payload.itemErrors).toEqual([
      {
        memberId: userIdsOf(globex)[0],
        field: ['input', 'items', '1'],
        code: 'NOT_FOUND',
        upstreamCode: 'NotFound',
        message: expect.stringContaining('is not a user of account'),
      },
    ]);
    expect(payload.room.memberships.nodes).toEqual([
      { memberId: users[0], role: 'ADMINISTRATOR' },
      { memberId: users[1], role: 'MEMBER' },
    ]);
    expect((await gateway.stats()).calls).toEqual({
      BatchCreateRoomMembership: 1,
      GetRoom: 1,
      ListRoomMemberships: 1,
    });
  });
});

describe('redactions', () => {
  it('redacts a room message and a conversation message', async () => {
    const roomId = roomIdOf(globex, 'Lab');
    const [message] = [...roomMessagesOf(gateway.store, roomId).values()];
    const data = await dataOf(
      `mutation ($input: RedactRoomMessageInput!) {
        redactRoomMessage(input: $input) { messageId room { name } ${USER_ERRORS} }
      }`,
      { input: { accountId: globex, roomId, messageId: message!.MessageId } },
    );
    expect(data.redactRoomMessage).toEqual({
      messageId: message!.MessageId,
      room: { name: 'Lab' },
      userErrors: [],
    });
    expect(message!.Redacted).toBe(true);

    const conversation = addConversation(gateway.store, gateway.store.admin.accounts.get(acme)!);
    const said = addChatMessage(gateway.store, conversation.messages, 'wrong channel');
    await gateway.resetStats();
    const redacted = await dataOf(
      `mutation ($input: RedactConversationMessageInput!) {
        redactConversationMessage(input: $input) { conversationId messageId account { name } ${USER_ERRORS} }
      }`,
      { input: { accountId: acme, conversationId: conversation.ConversationId, messageId: said.MessageId } },
    );
    expect(redacted.redactConversationMessage).toEqual({
      conversationId: conversation.ConversationId,
      messageId: said.MessageId,
      account: { name: DEMO_ACCOUNT_NAMES.acmeSupport },
      userErrors: [],
    });
    expect(said.Redacted).toBe(true);
    expect((await gateway.stats()).calls).toEqual({ RedactConversationMessage: 1, GetAccount: 1 });

    const unknown = await dataOf(
      `mutation ($input: RedactConversationMessageInput!) { redactConversationMessage(input: $input) { messageId ${USER_ERRORS} } }`,
      { input: { accountId: acme, conversationId: conversation.ConversationId, messageId: 'gone' } },
    );
    expect(unknown.redactConversationMessage).toMatchObject({
      messageId: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
  });
});

describe('the shared cache', () => {
  let cached: TestGateway;
  beforeAll(async () => {
    cached = await startTestGateway({ seed: 'demo', gateway: { cache: { ttlSeconds: 15 } } });
  });
  afterAll(() => cached.close());

  const ROOM = `query ($accountId: String!, $roomId: String!) {
    account(accountId: $accountId) { room(roomId: $roomId) { name memberships { nodes { memberId } } } }
  }`;
  const read = async (variables: Record<string, unknown>) => {
    const { data, errors } = await cached.query(ROOM, variables);
    expect(errors).toBeUndefined();
    return data!.account.room;
  };

  it('serves a room again from the cache until a write changes it', async () => {
    const accountId = [...cached.store.admin.accounts.values()].find(
      (account) => account.Name === DEMO_ACCOUNT_NAMES.globex,
    )!.AccountId;
    const roomId = [...cached.store.admin.rooms.values()].find((room) => room.Name === 'Lab')!.RoomId;
    const before = await read({ accountId, roomId });
    expect(before.memberships.nodes).toHaveLength(2);
    await cached.resetStats();
    expect(await read({ accountId, roomId })).toEqual(before);
    expect((await cached.stats()).total).toBe(0);

    const newcomer = usersOf(cached.store, accountId).find(
      (user) => !before.memberships.nodes.some((node: { memberId: string }) => node.memberId === user.UserId),
    )!.UserId;
    const { data } = await cached.query(
      `mutation ($input: CreateRoomMembershipInput!) {
        createRoomMembership(input: $input) { ${USER_ERRORS} }
        rename: updateRoom(input: { accountId: "${accountId}", roomId: "${roomId}", name: "Lab 2" }) { ${USER_ERRORS} }
      }`,
      { input: { accountId, roomId, memberId: newcomer } },
    );
    expect(data).toEqual({ createRoomMembership: { userErrors: [] }, rename: { userErrors: [] } });
    await cached.resetStats();
    const after = await read({ accountId, roomId });
    expect(after.name).toBe('Lab 2');
    expect(after.memberships.nodes.map((node: { memberId: string }) => node.memberId)).toContain(newcomer);
    expect((await cached.stats()).calls).toMatchObject({ GetRoom: 1, ListRoomMemberships: 1 });
  });
});
