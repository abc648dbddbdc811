import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const meetingId = '6f1c2a5e-8d0b-4e38-9a51-2c4b1d9e7f30';
const meetingArn = `arn:aws:chime::111122223333:meeting:${meetingId}`;
const bucketArn = 'arn:aws:s3:::capture-bucket';

const CREATE = `mutation ($input: CreateMediaCapturePipelineInput!) {
  createMediaCapturePipeline(input: $input) {
    mediaCapturePipeline {
      id mediaPipelineId status sourceType sourceArn meetingId sinkType sinkArn
      artifacts { audioMuxType videoState contentState contentMuxType }
      selectedExternalUserIds createdTimestamp
    }
    userErrors { field message code }
  }
}`;

async function createPipeline(input: Record<string, unknown> = {}): Promise<string> {
  const result = await gateway.query(CREATE, {
    input: { sourceArn: meetingArn, sinkArn: bucketArn, ...input },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data!.createMediaCapturePipeline.userErrors).toEqual([]);
  return result.data!.createMediaCapturePipeline.mediaCapturePipeline.mediaPipelineId;
}

describe('media capture pipelines', () => {
  it('creates a pipeline with one upstream call, its payload read from the answer', async () => {
    const result = await gateway.query(CREATE, {
      input: {
        sourceArn: meetingArn,
        sinkArn: bucketArn,
        clientRequestToken: 'capture-1',
        chimeSdkMeetingConfiguration: {
          artifacts: {
            audioMuxType: 'AUDIO_ONLY',
            videoState: 'DISABLED',
            contentState: 'ENABLED',
            contentMuxType: 'CONTENT_ONLY',
          },
          selectedExternalUserIds: ['alice', 'bob'],
        },
      },
    });
    expect(result.errors).toBeUndefined();
    const { mediaCapturePipeline, userErrors } = result.data!.createMediaCapturePipeline;
    expect(userErrors).toEqual([]);
    expect(mediaCapturePipeline).toMatchObject({
      status: 'INITIALIZING',
      sourceType: 'CHIME_SDK_MEETING',
      sourceArn: meetingArn,
      meetingId,
      sinkType: 'S3_BUCKET',
      sinkArn: bucketArn,
      artifacts: {
        audioMuxType: 'AUDIO_ONLY',
        videoState: 'DISABLED',
        contentState: 'ENABLED',
        contentMuxType: 'CONTENT_ONLY',
      },
      selectedExternalUserIds: ['alice', 'bob'],
    });
    expect((await gateway.stats()).calls).toEqual({ CreateMediaCapturePipeline: 1 });
    const stored = gateway.store.mediaPipelines.capturePipelines.get(mediaCapturePipeline.mediaPipelineId);
    expect(stored?.ChimeSdkMeetingConfiguration).toMatchObject({
      SourceConfiguration: { SelectedVideoStreams: { ExternalUserIds: ['alice', 'bob'] } },
    });
  });

  it('reaches the meeting it captures with one GetMeeting, and null for one that has ended', async () => {
    const created = await gateway.query(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { meetingId } userErrors { message } } }',
      { input: { externalMeetingId: 'captured-standup', mediaRegion: 'us-east-1' } },
    );
    expect(created.data?.createMeeting.userErrors).toEqual([]);
    const liveId: string = created.data!.createMeeting.meeting.meetingId;
    const live = await createPipeline({ sourceArn: `arn:aws:chime::111122223333:meeting:${liveId}` });
    const ended = await createPipeline();
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($live: String!, $ended: String!) {
        live: mediaCapturePipeline(mediaPipelineId: $live) { meetingId meeting { meetingId externalMeetingId } }
        ended: mediaCapturePipeline(mediaPipelineId: $ended) { meetingId meeting { meetingId } }
      }`,
      { live, ended },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      live: { meetingId: liveId, meeting: { meetingId: liveId, externalMeetingId: 'captured-standup' } },
      ended: { meetingId, meeting: null },
    });
    expect((await gateway.stats()).calls).toEqual({ GetMediaCapturePipeline: 2, GetMeeting: 2 });
  });

  it('reads one by id and by node id, and null for one that does not exist', async () => {
    const id = await createPipeline();
    await gateway.resetStats();
    const result = await gateway.query(
      `query ($id: String!, $missing: String!) {
        mediaCapturePipeline(mediaPipelineId: $id) { id mediaPipelineId status sinkArn }
        missing: mediaCapturePipeline(mediaPipelineId: $missing) { id }
      }`,
      { id, missing: '00000000-0000-4000-8000-000000000000' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mediaCapturePipeline).toMatchObject({ mediaPipelineId: id, status: 'IN_PROGRESS' });
    expect(result.data!.missing).toBeNull();
    expect((await gateway.stats()).calls).toEqual({ GetMediaCapturePipeline: 2 });

    await gateway.resetStats();
    const node = await gateway.query(
      'query ($id: ID!) { node(id: $id) { ... on MediaCapturePipeline { mediaPipelineId } } }',
      { id: result.data!.mediaCapturePipeline.id },
    );
    expect(node.data!.node).toEqual({ mediaPipelineId: id });
    expect((await gateway.stats()).calls).toEqual({ GetMediaCapturePipeline: 1 });
  });

  it('pages the list over NextToken, priming each pipeline for the rest of the request', async () => {
    for (let index = 0; index < 3; index += 1) await createPipeline();
    const total = gateway.store.mediaPipelines.capturePipelines.size;
    await gateway.resetStats();
    const first = await gateway.query(
      '{ mediaCapturePipelines(first: 2) { nodes { mediaPipelineId status } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.errors).toBeUndefined();
    const page = first.data!.mediaCapturePipelines;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await gateway.query(
      `query ($after: String!, $id: String!) {
        mediaCapturePipelines(first: 100, after: $after) { nodes { mediaPipelineId } pageInfo { hasNextPage } }
        mediaCapturePipeline(mediaPipelineId: $id) { status }
      }`,
      { after: page.pageInfo.endCursor, id: page.nodes[0].mediaPipelineId },
    );
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.mediaCapturePipelines.nodes).toHaveLength(total - 2);
    expect(rest.data!.mediaCapturePipelines.pageInfo.hasNextPage).toBe(false);
    const requests = (await gateway.stats()).requests.filter(
      (r) => r.operation === 'ListMediaCapturePipelines',
    );
    expect(requests.map((request) => request.query['max-results'])).toEqual(['2', '99']);
    expect((await gateway.stats()).calls).toEqual({
      ListMediaCapturePipelines: 2,
      GetMediaCapturePipeline: 1,
    });
  });

  it('reads each pipeline whole when the list names only ids and ARNs, as the SDK namespace does', async () => {
    const ids = [await createPipeline(), await createPipeline()];
    const summaries = ids.map((id) => ({
      MediaPipelineId: id,
      MediaPipelineArn: gateway.store.mediaPipelines.capturePipelines.get(id)!.MediaPipelineArn,
    }));
    await gateway.faults({
      answers: { ListMediaCapturePipelines: { status: 200, body: { MediaCapturePipelines: summaries } } },
    });
    await gateway.resetStats();
    try {
      const result = await gateway.query(
        '{ mediaCapturePipelines(first: 10) { nodes { mediaPipelineId mediaPipelineArn status sinkArn } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.mediaCapturePipelines.nodes).toEqual(
        summaries.map((summary) => ({
          mediaPipelineId: summary.MediaPipelineId,
          mediaPipelineArn: summary.MediaPipelineArn,
          status: 'IN_PROGRESS',
          sinkArn: bucketArn,
        })),
      );
      expect((await gateway.stats()).calls).toEqual({
        ListMediaCapturePipelines: 1,
        GetMediaCapturePipeline: 2,
      });
    } finally {
      await gateway.faults({});
    }
  });

  it('deletes a pipeline; deleting it again is a NOT_FOUND user error', async () => {
    const id = await createPipeline();
    await gateway.resetStats();
    const DELETE = `mutation ($id: String!) {
      deleteMediaCapturePipeline(input: { mediaPipelineId: $id }) {
        deletedMediaPipelineId deletedId userErrors { field code }
      }
    }`;
    const deleted = await gateway.query(DELETE, { id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteMediaCapturePipeline).toMatchObject({
      deletedMediaPipelineId: id,
      userErrors: [],
    });
    expect(gateway.store.mediaPipelines.capturePipelines.has(id)).toBe(false);
    const again = await gateway.query(DELETE, { id });
    expect(again.data!.deleteMediaCapturePipeline).toEqual({
      deletedMediaPipelineId: null,
      deletedId: null,
      userErrors: [{ field: ['input', 'mediaPipelineId'], code: 'NOT_FOUND' }],
    });
    expect((await gateway.stats()).calls).toEqual({ DeleteMediaCapturePipeline: 2 });
  });

  it('refuses input against the reference rules before any upstream call', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ sourceArn: 'meeting-1' }, ['input', 'sourceArn']],
      [{ sinkArn: `arn:${'a'.repeat(1100)}` }, ['input', 'sinkArn']],
      [{ sinkArn: 'arn:aws:s3:::bucket name' }, ['input', 'sinkArn']],
      [{ clientRequestToken: 'x' }, ['input', 'clientRequestToken']],
      [{ clientRequestToken: 'not allowed!' }, ['input', 'clientRequestToken']],
      [
        { chimeSdkMeetingConfiguration: { selectedAttendeeIds: [] } },
        ['input', 'chimeSdkMeetingConfiguration', 'selectedAttendeeIds'],
      ],
      [
        { chimeSdkMeetingConfiguration: { selectedAttendeeIds: ['nope'] } },
        ['input', 'chimeSdkMeetingConfiguration', 'selectedAttendeeIds', '0'],
      ],
      [
        { chimeSdkMeetingConfiguration: { selectedExternalUserIds: ['a'] } },
        ['input', 'chimeSdkMeetingConfiguration', 'selectedExternalUserIds', '0'],
      ],
      [
        {
          chimeSdkMeetingConfiguration: {
            selectedExternalUserIds: Array.from({ length: 26 }, (_, i) => `user-${i}`),
          },
        },
        ['input', 'chimeSdkMeetingConfiguration'],
      ],
    ];
    for (const [input, field] of cases) {
      const result = await gateway.query(CREATE, {
        input: { sourceArn: meetingArn, sinkArn: bucketArn, ...input },
      });
      expect(result.errors).toBeUndefined();
      const [error, ...others] = result.data!.createMediaCapturePipeline.userErrors;
      expect([input, error.field, error.code, others]).toEqual([input, field, 'INVALID', []]);
      expect(error.message).toMatch(/must/);
    }
    const badId = await gateway.query('{ mediaCapturePipeline(mediaPipelineId: "../x") { id } }');
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.message).toContain('mediaPipelineId');
    expect((await gateway.stats()).total).toBe(0);
  });

  it('is for identities that reach every account; creating one needs the admin role', async () => {
    const secured = await startTestGateway({ auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET } });
    try {
      const as = async (role: string, accounts: string[], document: string) => {
        const token = await mintHs256({ sub: role, chime_role: role, chime_accounts: accounts });
        return (await secured.send({ authorization: `Bearer ${token}` }, document)).body;
      };
      const list = '{ mediaCapturePipelines { nodes { mediaPipelineId } } }';
      expect((await as('viewer', ['*'], list)).errors).toBeUndefined();
      const scoped = await as('admin', ['68848d53-1312-4960-a061-12ca77bf7c7a'], list);
      expect(scoped.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await secured.resetStats();
      const create = `mutation { createMediaCapturePipeline(input: { sourceArn: "${meetingArn}", sinkArn: "${bucketArn}" }) { userErrors { code } } }`;
      const refused = await as('operator', ['*'], create);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(refused.errors?.[0]?.message).toContain('role admin');
      expect((await secured.stats()).total).toBe(0);
      expect((await as('admin', ['*'], create)).data?.createMediaCapturePipeline.userErrors).toEqual([]);
    } finally {
      await secured.close();
    }
  });
});
