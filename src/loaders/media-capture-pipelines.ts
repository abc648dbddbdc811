import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  GetMediaCapturePipeline,
  ListMediaCapturePipelines,
} from '../chime/operations/media-capture-pipelines.ts';
import {
  ARTIFACTS_STATES,
  type ArtifactsState,
  AUDIO_MUX_TYPES,
  type AudioMuxType,
  CONTENT_MUX_TYPES,
  type ContentMuxType,
  MEDIA_PIPELINE_SINK_TYPES,
  MEDIA_PIPELINE_SOURCE_TYPES,
  MEDIA_PIPELINE_STATUSES,
  type MediaCapturePipeline,
  type MediaPipelineSinkType,
  type MediaPipelineSourceType,
  type MediaPipelineStatus,
  VIDEO_MUX_TYPES,
  type VideoMuxType,
} from '../chime/shapes/media-capture-pipeline.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** Which artifacts a pipeline saves. */
export interface ArtifactsConfigurationModel {
  audioMuxType: AudioMuxType | null;
  videoState: ArtifactsState | null;
  videoMuxType: VideoMuxType | null;
  contentState: ArtifactsState | null;
  contentMuxType: ContentMuxType | null;
}

/** A media capture pipeline, as the graph sees it. */
export interface MediaCapturePipelineModel {
  mediaPipelineId: string;
  mediaPipelineArn: string | null;
  status: MediaPipelineStatus | null;
  sourceType: MediaPipelineSourceType | null;
  sourceArn: string | null;
  /** The id of the meeting captured, from its ARN (`arn:aws:chime:…:meeting:<id>` or `…:meeting/<id>`). */
  meetingId: string | null;
  sinkType: MediaPipelineSinkType | null;
  sinkArn: string | null;
  artifacts: ArtifactsConfigurationModel | null;
  selectedAttendeeIds: string[];
  selectedExternalUserIds: string[];
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** Maps an upstream media capture pipeline. */
export function toMediaCapturePipeline(pipeline: MediaCapturePipeline): MediaCapturePipelineModel {
  const configuration = pipeline.ChimeSdkMeetingConfiguration;
  const artifacts = configuration?.ArtifactsConfiguration;
  const streams = configuration?.SourceConfiguration?.SelectedVideoStreams;
  return {
    mediaPipelineId: pipeline.MediaPipelineId,
    mediaPipelineArn: pipeline.MediaPipelineArn ?? null,
    status: knownValue(MEDIA_PIPELINE_STATUSES, pipeline.Status),
    sourceType: knownValue(MEDIA_PIPELINE_SOURCE_TYPES, pipeline.SourceType),
    sourceArn: pipeline.SourceArn ?? null,
    meetingId: pipeline.SourceArn?.match(/:meeting[:/]([^:/]+)$/)?.[1] ?? null,
    sinkType: knownValue(MEDIA_PIPELINE_SINK_TYPES, pipeline.SinkType),
    sinkArn: pipeline.SinkArn ?? null,
    artifacts: artifacts
      ? {
          audioMuxType: knownValue(AUDIO_MUX_TYPES, artifacts.Audio?.MuxType),
          videoState: knownValue(ARTIFACTS_STATES, artifacts.Video?.State),
          videoMuxType: knownValue(VIDEO_MUX_TYPES, artifacts.Video?.MuxType),
          contentState: knownValue(ARTIFACTS_STATES, artifacts.Content?.State),
          contentMuxType: knownValue(CONTENT_MUX_TYPES, artifacts.Content?.MuxType),
        }
      : null,
    selectedAttendeeIds: streams?.AttendeeIds ?? [],
    selectedExternalUserIds: streams?.ExternalUserIds ?? [],
    createdTimestamp: isoTimestamp(pipeline.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(pipeline.UpdatedTimestamp),
  };
}

/**
 * Per-request loaders for media capture pipelines, and the writes that keep them true after a
 * mutation. In the shared cache a write also makes every list of pipelines stale.
 */
export function createMediaCapturePipelineLoaders(client: CachingCaller, cursors: Cursors) {
  const mediaCapturePipeline = getLoader(
    (mediaPipelineId: string) =>
      client
        .send(
          GetMediaCapturePipeline,
          { MediaPipelineId: mediaPipelineId },
          cachedAs('media-capture-pipelines', mediaPipelineId),
        )
        .then((out) => toMediaCapturePipeline(out.MediaCapturePipeline)),
    (mediaPipelineId) => mediaPipelineId,
  );
  return {
    mediaCapturePipeline,
    /**
     * A page of the AWS account's media capture pipelines. Whole pipelines (chime-local, the
     * reference) prime `mediaCapturePipeline`; the Chime SDK namespace lists only ids and ARNs, so
     * those items are read whole through it, one Get each.
     */
    listMediaCapturePipelines: (page: ForwardPage) =>
      readConnection<MediaCapturePipelineModel>(page, {
        cursors,
        scope: ['mediaCapturePipelines'],
        maxResults: ListMediaCapturePipelines.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(
            ListMediaCapturePipelines,
            { MaxResults: maxResults, NextToken: token ?? undefined },
            cachedAs('media-capture-pipelines'),
          );
          const items = await Promise.all(
            out.MediaCapturePipelines.map(async (item) => {
              if (item.Status === undefined) return mediaCapturePipeline.load(item.MediaPipelineId);
              const model = toMediaCapturePipeline(item);
              mediaCapturePipeline.prime(model.mediaPipelineId, model);
              return model;
            }),
          );
          return {
            items: items.filter((item): item is MediaCapturePipelineModel => item !== null),
            nextToken: out.NextToken,
          };
        },
      }),
    /** Records a pipeline as the upstream just answered it (created). */
    replaceMediaCapturePipeline: (pipeline: MediaCapturePipelineModel) => {
      mediaCapturePipeline.clear(pipeline.mediaPipelineId).prime(pipeline.mediaPipelineId, pipeline);
      client.changed('media-capture-pipelines', pipeline.mediaPipelineId);
    },
    /** Records that a pipeline no longer exists. */
    forgetMediaCapturePipeline: (mediaPipelineId: string) => {
      mediaCapturePipeline.clear(mediaPipelineId).prime(mediaPipelineId, null);
      client.changed('media-capture-pipelines', mediaPipelineId);
    },
  };
}
