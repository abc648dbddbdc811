import { badRequest, notFound } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { LOCAL_AWS_ACCOUNT_ID, LOCAL_REGION } from '../store.ts';
import {
  optionalEnum,
  optionalInt,
  optionalObject,
  optionalString,
  requiredArray,
  requiredEnum,
  requiredObject,
  requiredString,
} from '../validate.ts';
import type { MediaCapturePipeline } from './state.ts';

/** SourceArn and SinkArn: `^arn[\/:\-_\.a-zA-Z0-9]+$`, 1-1024 characters. */
const ARN = { min: 1, max: 1024, pattern: /^arn[/:\-_.a-zA-Z0-9]+$/ };
const CLIENT_REQUEST_TOKEN = { min: 2, max: 64, pattern: /^[-_a-zA-Z0-9]*$/ };
const MEDIA_PIPELINE_ID = /^[a-zA-Z0-9]{8}(?:-[a-zA-Z0-9]{4}){3}-[a-zA-Z0-9]{12}$/;
const ATTENDEE_ID = /^[a-zA-F0-9]{8}(?:-[a-zA-F0-9]{4}){3}-[a-zA-F0-9]{12}$/;
const EXTERNAL_USER_ID = { min: 2, max: 64 };
/** "The total number of video streams can't exceed 25." */
const MAX_VIDEO_STREAMS = 25;
const STATES = ['Enabled', 'Disabled'] as const;

/** ChimeSdkMeetingConfiguration as the reference bounds it; only the members it names are kept. */
function parseMeetingConfiguration(value: unknown): Record<string, unknown> | undefined {
  const configuration = optionalObject(value, 'ChimeSdkMeetingConfiguration');
  if (!configuration) return undefined;
  const parsed: Record<string, unknown> = {};
  const artifacts = optionalObject(configuration.ArtifactsConfiguration, 'ArtifactsConfiguration');
  if (artifacts) {
    const audio = requiredObject(artifacts.Audio, 'ArtifactsConfiguration.Audio');
    const video = requiredObject(artifacts.Video, 'ArtifactsConfiguration.Video');
    const content = requiredObject(artifacts.Content, 'ArtifactsConfiguration.Content');
    parsed.ArtifactsConfiguration = {
      Audio: {
        MuxType: requiredEnum(audio.MuxType, 'Audio.MuxType', ['AudioOnly', 'AudioWithActiveSpeakerVideo']),
      },
      Video: {
        State: requiredEnum(video.State, 'Video.State', STATES),
        MuxType: optionalEnum(video.MuxType, 'Video.MuxType', ['VideoOnly']),
      },
      Content: {
        State: requiredEnum(content.State, 'Content.State', STATES),
        MuxType: optionalEnum(content.MuxType, 'Content.MuxType', ['ContentOnly']),
      },
    };
  }
  const source = optionalObject(configuration.SourceConfiguration, 'SourceConfiguration');
  const streams = optionalObject(source?.SelectedVideoStreams, 'SelectedVideoStreams');
  if (streams) {
    const list = (member: 'AttendeeIds' | 'ExternalUserIds', rule: Parameters<typeof requiredString>[2]) =>
      streams[member] === undefined || streams[member] === null
        ? undefined
        : requiredArray(streams[member], member, { min: 1 }).map((id) => requiredString(id, member, rule));
    const attendeeIds = list('AttendeeIds', { pattern: ATTENDEE_ID });
    const externalUserIds = list('ExternalUserIds', EXTERNAL_USER_ID);
    const total = (attendeeIds?.length ?? 0) + (externalUserIds?.length ?? 0);
    if (total > MAX_VIDEO_STREAMS)
      throw badRequest(`SelectedVideoStreams must name at most ${MAX_VIDEO_STREAMS} streams, got ${total}`);
    parsed.SourceConfiguration = {
      SelectedVideoStreams: { AttendeeIds: attendeeIds, ExternalUserIds: externalUserIds },
    };
  }
  return parsed;
}

/** The pipeline `{MediaPipelineId}` names, or 404. */
function pipelineOf(request: LocalRequest): MediaCapturePipeline {
  const id = requiredString(request.params.MediaPipelineId, 'MediaPipelineId', {
    pattern: MEDIA_PIPELINE_ID,
  });
  const pipeline = request.store.mediaPipelines.capturePipelines.get(id);
  if (!pipeline) throw notFound(`Media capture pipeline ${id} not found`);
  return pipeline;
}

/** A pipeline as a response carries it: a copy, so later changes don't reach an answer already built. */
const pipelineBody = (pipeline: MediaCapturePipeline): MediaCapturePipeline => structuredClone(pipeline);

/** Media capture pipeline create, read, list and delete, at the Chime SDK Media Pipelines paths. */
export const mediaPipelineRoutes: Route[] = [
  {
    operation: 'CreateMediaCapturePipeline',
    method: 'POST',
    path: '/sdk-media-capture-pipelines',
    handle: ({ body, store }) => {
      const sourceType = requiredEnum(body.SourceType, 'SourceType', ['ChimeSdkMeeting'] as const);
      const sourceArn = requiredString(body.SourceArn, 'SourceArn', ARN);
      const sinkType = requiredEnum(body.SinkType, 'SinkType', ['S3Bucket'] as const);
      const sinkArn = requiredString(body.SinkArn, 'SinkArn', ARN);
      const token = optionalString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN);
      const configuration = parseMeetingConfiguration(body.ChimeSdkMeetingConfiguration);
      const state = store.mediaPipelines;
      // The same token again answers the pipeline it made, as an idempotent request does.
      const earlier = token === undefined ? undefined : state.byClientRequestToken.get(token);
      const existing = earlier === undefined ? undefined : state.capturePipelines.get(earlier);
      if (existing) return { status: 201, body: { MediaCapturePipeline: pipelineBody(existing) } };
      const id = store.newId();
      const now = store.now();
      const pipeline: MediaCapturePipeline = {
        MediaPipelineId: id,
        MediaPipelineArn: `arn:aws:chime:${LOCAL_REGION}:${LOCAL_AWS_ACCOUNT_ID}:media-pipeline/${id}`,
        SourceType: sourceType,
        SourceArn: sourceArn,
        SinkType: sinkType,
        SinkArn: sinkArn,
        Status: 'Initializing',
        ...(configuration ? { ChimeSdkMeetingConfiguration: configuration } : {}),
        CreatedTimestamp: now,
        UpdatedTimestamp: now,
      };
      state.capturePipelines.set(id, pipeline);
      if (token !== undefined) state.byClientRequestToken.set(token, id);
      const answer = pipelineBody(pipeline);
      // The service answers while the pipeline starts; it is capturing by the next read.
      pipeline.Status = 'InProgress';
      return { status: 201, body: { MediaCapturePipeline: answer } };
    },
  },
  {
    operation: 'GetMediaCapturePipeline',
    method: 'GET',
    path: '/sdk-media-capture-pipelines/{MediaPipelineId}',
    handle: (request) => ({ body: { MediaCapturePipeline: pipelineBody(pipelineOf(request)) } }),
  },
  {
    operation: 'ListMediaCapturePipelines',
    method: 'GET',
    path: '/sdk-media-capture-pipelines',
    handle: ({ query, store }) => {
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const page = store.paginator.page(
        [...store.mediaPipelines.capturePipelines.values()],
        maxResults,
        query.get('next-token'),
        'ListMediaCapturePipelines',
      );
      return { body: { MediaCapturePipelines: page.items.map(pipelineBody), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'DeleteMediaCapturePipeline',
    method: 'DELETE',
    path: '/sdk-media-capture-pipelines/{MediaPipelineId}',
    handle: (request) => {
      const pipeline = pipelineOf(request);
      request.store.mediaPipelines.capturePipelines.delete(pipeline.MediaPipelineId);
      return { status: 204 };
    },
  },
];
