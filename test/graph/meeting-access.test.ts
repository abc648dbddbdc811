import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

// Meetings live outside any account: reading them takes chime_accounts ["*"], writing them the
// admin role as well.

let gateway: TestGateway;
let meetingId: string;

type Role = 'viewer' | 'operator' | 'admin';

async function as(role: Role, accounts: string[], document: string, variables?: Record<string, unknown>) {
  const token = await mintHs256({
    sub: `${role}-of-${accounts.join(',')}`,
    chime_role: role,
    chime_accounts: accounts,
  });
  return gateway.send({ authorization: `Bearer ${token}` }, document, variables);
}

const CREATE =
  'mutation { createMeeting(input: { externalMeetingId: "access" }) { meeting { meetingId } userErrors { message } } }';

beforeAll(async () => {
  gateway = await startTestGateway({ auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET } });
  const { body } = await as('admin', ['*'], CREATE);
  meetingId = body.data!.createMeeting.meeting.meetingId;
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

describe('who reaches meetings', () => {
  it('lets a viewer of every account read meetings and attendees', async () => {
    const { body } = await as(
      'viewer',
      ['*'],
      'query ($id: String!) { meeting(meetingId: $id) { meetingId attendees { nodes { attendeeId } } } meetings { nodes { meetingId } } }',
      { id: meetingId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.meeting.meetingId).toBe(meetingId);
    expect(body.data!.meetings.nodes).toEqual([{ meetingId }]);
  });

  it.each([
    ['viewer', ['*']],
    ['operator', ['*']],
    ['admin', ['111122223333-account']],
  ] as [Role, string[]][])('refuses createMeeting to a %s of %j without a call', async (role, accounts) => {
    const { body } = await as(role, accounts, CREATE);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['createMeeting'], extensions: { code: 'FORBIDDEN' } }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses the meeting fields to an identity scoped to some accounts, and its node ids are absent', async () => {
    const { body } = await as(
      'admin',
      ['some-account'],
      'query ($id: String!) { meeting(meetingId: $id) { meetingId } }',
      {
        id: meetingId,
      },
    );
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['meeting'],
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringContaining('chime_accounts ["*"]'),
      }),
    ]);
    const node = await as('admin', ['some-account'], 'query ($id: ID!) { node(id: $id) { id } }', {
      id: Buffer.from(`Meeting:${meetingId}`).toString('base64'),
    });
    expect(node.body).toEqual({ data: { node: null } });
    expect((await gateway.stats()).total).toBe(0);
  });
});
