import {
  ARTIFACTS_STATES,
  AUDIO_MUX_TYPES,
  CONTENT_MUX_TYPES,
  MEDIA_PIPELINE_SINK_TYPES,
  MEDIA_PIPELINE_SOURCE_TYPES,
  MEDIA_PIPELINE_STATUSES,
  VIDEO_MUX_TYPES,
} from '../../chime/shapes/media-capture-pipeline.ts';
import type {
  ArtifactsConfigurationModel,
  MediaCapturePipelineModel,
} from '../../loaders/media-capture-pipelines.ts';
import {
  createMediaCapturePipeline,
  type DeleteMediaCapturePipelineResult,
  deleteMediaCapturePipeline,
} from '../../resolvers/media-capture-pipelines/commands.ts';
import {
  getMediaCapturePipeline,
  listMediaCapturePipelines,
} from '../../resolvers/media-capture-pipelines/reads.ts';
import { getMeeting } from '../../resolvers/meetings/reads.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { MeetingRef } from '../meetings/refs.ts';
import { outsideAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { upstreamEnum } from '../shared/enums.ts';
import { byIdOfParent } from '../shared/look-ahead.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const MediaPipelineStatusEnum = upstreamEnum('MediaPipelineStatus', MEDIA_PIPELINE_STATUSES);
const MediaPipelineSourceTypeEnum = upstreamEnum('MediaPipelineSourceType', MEDIA_PIPELINE_SOURCE_TYPES);
const MediaPipelineSinkTypeEnum = upstreamEnum('MediaPipelineSinkType', MEDIA_PIPELINE_SINK_TYPES);
const AudioMuxTypeEnum = upstreamEnum('AudioMuxType', AUDIO_MUX_TYPES);
const VideoMuxTypeEnum = upstreamEnum('VideoMuxType', VIDEO_MUX_TYPES);
const ContentMuxTypeEnum = upstreamEnum('ContentMuxType', CONTENT_MUX_TYPES);
const ArtifactsStateEnum = upstreamEnum('ArtifactsState', ARTIFACTS_STATES);

export const MediaCapturePipelineRef = builder.objectRef<MediaCapturePipelineModel>('MediaCapturePipeline');

const ArtifactsConfigurationRef = builder.objectRef<ArtifactsConfigurationModel>(
  'MediaCaptureArtifactsConfiguration',
);
ArtifactsConfigurationRef.implement({
  description:
    'Which artifacts a media capture pipeline saves: audio always, video and content when enabled.',
  fields: (t) => ({
    audioMuxType: t.expose('audioMuxType', { type: AudioMuxTypeEnum, nullable: true }),
    videoState: t.expose('videoState', { type: ArtifactsStateEnum, nullable: true }),
    videoMuxType: t.expose('videoMuxType', { type: VideoMuxTypeEnum, nullable: true }),
    contentState: t.expose('contentState', { type: ArtifactsStateEnum, nullable: true }),
    contentMuxType: t.expose('contentMuxType', { type: ContentMuxTypeEnum, nullable: true }),
  }),
});

export const MediaCapturePipelineConnection = builder.connectionObject({
  type: MediaCapturePipelineRef,
  name: 'MediaCapturePipelineConnection',
});

builder.node(MediaCapturePipelineRef, {
  description:
    'A media capture pipeline: it saves a Chime SDK meeting’s audio, video and content to an S3 bucket.',
  id: { resolve: (pipeline) => pipeline.mediaPipelineId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getMediaCapturePipeline(ctx, id))),
  fields: (t) => ({
    mediaPipelineId: t.exposeString('mediaPipelineId'),
    mediaPipelineArn: t.exposeString('mediaPipelineArn', { nullable: true }),
    status: t.expose('status', { type: MediaPipelineStatusEnum, nullable: true }),
    sourceType: t.expose('sourceType', { type: MediaPipelineSourceTypeEnum, nullable: true }),
    sourceArn: t.exposeString('sourceArn', {
      nullable: true,
      description: 'The ARN of the meeting captured.',
    }),
    meetingId: t.exposeString('meetingId', {
      nullable: true,
      description: 'The id of the meeting captured, from sourceArn.',
    }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: 'The meeting captured (GetMeeting); null once it has ended.',
      ...byIdOfParent(
        (pipeline: MediaCapturePipelineModel) => pipeline.meetingId,
        (meetingId, ctx) => getMeeting(ctx, meetingId),
      ),
    }),
    sinkType: t.expose('sinkType', { type: MediaPipelineSinkTypeEnum, nullable: true }),
    sinkArn: t.exposeString('sinkArn', { nullable: true, description: 'The ARN of the S3 bucket saved to.' }),
    artifacts: t.expose('artifacts', { type: ArtifactsConfigurationRef, nullable: true }),
    selectedAttendeeIds: t.exposeStringList('selectedAttendeeIds', {
      description: 'The attendees whose video is captured (none: every one).',
    }),
    selectedExternalUserIds: t.exposeStringList('selectedExternalUserIds'),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  mediaCapturePipeline: t.field({
    authScopes: outsideAccounts,
    type: MediaCapturePipelineRef,
    nullable: true,
    description: 'A media capture pipeline by its id (GetMediaCapturePipeline); null when there is none.',
    args: { mediaPipelineId: t.arg.string({ required: true }) },
    resolve: (_root, { mediaPipelineId }, ctx) => getMediaCapturePipeline(ctx, mediaPipelineId),
  }),
  mediaCapturePipelines: t.field({
    authScopes: outsideAccounts,
    type: MediaCapturePipelineConnection,
    nullable: true,
    description: 'The media capture pipelines of the AWS account (ListMediaCapturePipelines).',
    args: forwardPageArgs,
    resolve: (_root, page, ctx) => listMediaCapturePipelines(ctx, page),
  }),
}));

const MediaCaptureArtifactsInput = builder.inputType('MediaCaptureArtifactsInput', {
  fields: (t) => ({
    audioMuxType: t.field({ type: AudioMuxTypeEnum, required: true }),
    videoState: t.field({ type: ArtifactsStateEnum, required: true }),
    videoMuxType: t.field({ type: VideoMuxTypeEnum }),
    contentState: t.field({ type: ArtifactsStateEnum, required: true }),
    contentMuxType: t.field({ type: ContentMuxTypeEnum }),
  }),
});

const ChimeSdkMeetingConfigurationInput = builder.inputType('ChimeSdkMeetingConfigurationInput', {
  fields: (t) => ({
    artifacts: t.field({ type: MediaCaptureArtifactsInput }),
    selectedAttendeeIds: t.stringList({ description: 'At least 1 when given; 25 streams in all.' }),
    selectedExternalUserIds: t.stringList({
      description: 'At least 1 when given, each 2-64 characters; 25 streams in all.',
    }),
  }),
});

const CreateMediaCapturePipelineInput = builder.inputType('CreateMediaCapturePipelineInput', {
  fields: (t) => ({
    sourceType: t.field({
      type: MediaPipelineSourceTypeEnum,
      required: true,
      defaultValue: 'ChimeSdkMeeting',
    }),
    sourceArn: t.string({
      required: true,
      description: 'The meeting’s ARN: 1-1024 of ^arn[\\/:\\-_\\.a-zA-Z0-9]+$.',
    }),
    sinkType: t.field({ type: MediaPipelineSinkTypeEnum, required: true, defaultValue: 'S3Bucket' }),
    sinkArn: t.string({ required: true, description: 'The S3 bucket’s ARN, as sourceArn.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
    }),
    chimeSdkMeetingConfiguration: t.field({ type: ChimeSdkMeetingConfigurationInput }),
  }),
});

const CreateMediaCapturePipelinePayload = builder.objectRef<MutationResult<{ mediaPipelineId: string }>>(
  'CreateMediaCapturePipelinePayload',
);
CreateMediaCapturePipelinePayload.implement({
  fields: (t) => ({
    mediaCapturePipeline: t.field({
      type: MediaCapturePipelineRef,
      nullable: true,
      resolve: (payload, _args, ctx) =>
        payload.mediaPipelineId === null ? null : getMediaCapturePipeline(ctx, payload.mediaPipelineId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const DeleteMediaCapturePipelineInput = builder.inputType('DeleteMediaCapturePipelineInput', {
  fields: (t) => ({ mediaPipelineId: t.string({ required: true }) }),
});

const DeleteMediaCapturePipelinePayload = builder.objectRef<DeleteMediaCapturePipelineResult>(
  'DeleteMediaCapturePipelinePayload',
);
DeleteMediaCapturePipelinePayload.implement({
  fields: (t) => ({
    deletedMediaPipelineId: t.exposeString('deletedMediaPipelineId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted pipeline, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedMediaPipelineId === null
          ? null
          : { type: 'MediaCapturePipeline', id: payload.deletedMediaPipelineId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createMediaCapturePipeline: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateMediaCapturePipelinePayload,
    nullable: true,
    description: 'Starts capturing a Chime SDK meeting into an S3 bucket (CreateMediaCapturePipeline).',
    args: { input: t.arg({ type: CreateMediaCapturePipelineInput, required: true }) },
    resolve: (_root, { input }, ctx) => createMediaCapturePipeline(ctx, input),
  }),
  deleteMediaCapturePipeline: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteMediaCapturePipelinePayload,
    nullable: true,
    description: 'Stops and deletes a media capture pipeline (DeleteMediaCapturePipeline).',
    args: { input: t.arg({ type: DeleteMediaCapturePipelineInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteMediaCapturePipeline(ctx, input),
  }),
}));
