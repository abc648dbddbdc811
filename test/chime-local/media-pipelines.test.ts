import {
  BadRequestException,
  ChimeSDKMediaPipelinesClient,
  CreateMediaCapturePipelineCommand,
  DeleteMediaCapturePipelineCommand,
  GetMediaCapturePipelineCommand,
  ListMediaCapturePipelinesCommand,
  NotFoundException,
  paginateListMediaCapturePipelines,
} from '@aws-sdk/client-chime-sdk-media-pipelines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { rejection } from './voice-helpers.ts';

let local: ChimeLocal;
let client: ChimeSDKMediaPipelinesClient;

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'none' });
  client = new ChimeSDKMediaPipelinesClient({
    endpoint: local.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await local.close();
});

const meetingArn = 'arn:aws:chime::111122223333:meeting:6f1c2a5e-8d0b-4e38-9a51-2c4b1d9e7f30';
const bucketArn = 'arn:aws:s3:::capture-bucket';
const create = (overrides: Record<string, unknown> = {}) =>
  client.send(
    new CreateMediaCapturePipelineCommand({
      SourceType: 'ChimeSdkMeeting',
      SourceArn: meetingArn,
      SinkType: 'S3Bucket',
      SinkArn: bucketArn,
      ...overrides,
    }),
  );

describe('media capture pipelines (Chime SDK Media Pipelines client)', () => {
  it('creates a pipeline, reads it, lists it and deletes it at the SDK paths', async () => {
    const { MediaCapturePipeline: created } = await create({
      ChimeSdkMeetingConfiguration: {
        ArtifactsConfiguration: {
          Audio: { MuxType: 'AudioOnly' },
          Video: { State: 'Disabled' },
          Content: { State: 'Enabled', MuxType: 'ContentOnly' },
        },
        SourceConfiguration: { SelectedVideoStreams: { ExternalUserIds: ['alice'] } },
      },
    });
    expect(created).toMatchObject({
      SourceType: 'ChimeSdkMeeting',
      SourceArn: meetingArn,
      SinkType: 'S3Bucket',
      SinkArn: bucketArn,
      Status: 'Initializing',
      ChimeSdkMeetingConfiguration: {
        ArtifactsConfiguration: { Audio: { MuxType: 'AudioOnly' }, Content: { State: 'Enabled' } },
        SourceConfiguration: { SelectedVideoStreams: { ExternalUserIds: ['alice'] } },
      },
    });
    expect(created?.CreatedTimestamp).toBeInstanceOf(Date);
    const id = created!.MediaPipelineId!;
    expect(created!.MediaPipelineArn).toBe(`arn:aws:chime:us-east-1:111122223333:media-pipeline/${id}`);

    const { MediaCapturePipeline: read } = await client.send(
      new GetMediaCapturePipelineCommand({ MediaPipelineId: id }),
    );
    expect(read).toMatchObject({ MediaPipelineId: id, Status: 'InProgress', SinkArn: bucketArn });

    const { MediaCapturePipelines } = await client.send(new ListMediaCapturePipelinesCommand({}));
    expect(MediaCapturePipelines?.map((summary) => summary.MediaPipelineId)).toContain(id);

    await client.send(new DeleteMediaCapturePipelineCommand({ MediaPipelineId: id }));
    const gone = await rejection(client.send(new GetMediaCapturePipelineCommand({ MediaPipelineId: id })));
    expect(gone).toBeInstanceOf(NotFoundException);
  });

  it('answers the same pipeline for a repeated ClientRequestToken', async () => {
    const first = await create({ ClientRequestToken: 'capture-once' });
    const again = await create({ ClientRequestToken: 'capture-once' });
    expect(again.MediaCapturePipeline?.MediaPipelineId).toBe(first.MediaCapturePipeline?.MediaPipelineId);
  });

  it('pages with MaxResults and NextToken', async () => {
    for (let index = 0; index < 3; index += 1) await create();
    const pages = [];
    for await (const page of paginateListMediaCapturePipelines({ client, pageSize: 2 }, {}))
      pages.push(page.MediaCapturePipelines?.length);
    const total = local.store.mediaPipelines.capturePipelines.size;
    expect(pages.reduce((sum, count) => sum! + count!, 0)).toBe(total);
    expect(pages[0]).toBe(2);
    const tooMany = await rejection(client.send(new ListMediaCapturePipelinesCommand({ MaxResults: 100 })));
    expect(tooMany).toBeInstanceOf(BadRequestException);
  });

  it('refuses input the reference rules out with 400, and unknown ids with 404', async () => {
    for (const overrides of [
      { SourceArn: 'meeting-1' },
      { SinkArn: 'arn:aws:s3:::bucket with spaces' },
      { SinkType: 'Kinesis' },
      { ClientRequestToken: 'x' },
      {
        ChimeSdkMeetingConfiguration: {
          ArtifactsConfiguration: { Audio: { MuxType: 'AudioOnly' }, Video: { State: 'Enabled' } },
        },
      },
      {
        ChimeSdkMeetingConfiguration: {
          SourceConfiguration: { SelectedVideoStreams: { AttendeeIds: ['not-an-attendee'] } },
        },
      },
    ]) {
      const error = await rejection(create(overrides));
      expect([JSON.stringify(overrides), error]).toEqual([
        JSON.stringify(overrides),
        expect.any(BadRequestException),
      ]);
    }
    const missing = await rejection(
      client.send(
        new GetMediaCapturePipelineCommand({ MediaPipelineId: '00000000-0000-4000-8000-000000000000' }),
      ),
    );
    expect(missing).toBeInstanceOf(NotFoundException);
    const malformed = await rejection(
      client.send(new DeleteMediaCapturePipelineCommand({ MediaPipelineId: 'not-a-uuid' })),
    );
    expect(malformed).toBeInstanceOf(BadRequestException);
  });
});
