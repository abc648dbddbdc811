import { defineOperation } from '../operation.ts';
import type {
  ChimeSdkMeetingConfiguration,
  MediaCapturePipeline,
  MediaPipelineSinkType,
  MediaPipelineSourceType,
} from '../shapes/media-capture-pipeline.ts';

export interface CreateMediaCapturePipelineInput {
  SourceType: MediaPipelineSourceType;
  SourceArn: string;
  SinkType: MediaPipelineSinkType;
  SinkArn: string;
  ClientRequestToken?: string;
  ChimeSdkMeetingConfiguration?: ChimeSdkMeetingConfiguration;
}

export interface CreateMediaCapturePipelineOutput {
  MediaCapturePipeline: MediaCapturePipeline;
}

/**
 * Creates a media capture pipeline. `POST /sdk-media-capture-pipelines` (the Chime SDK Media
 * Pipelines namespace; the legacy namespace's `/media-capture-pipelines` is retired).
 */
export const CreateMediaCapturePipeline = defineOperation<
  CreateMediaCapturePipelineInput,
  CreateMediaCapturePipelineOutput
>({
  name: 'CreateMediaCapturePipeline',
  group: 'media-pipelines',
  method: 'POST',
  path: '/sdk-media-capture-pipelines',
  successStatus: 201,
});

export interface GetMediaCapturePipelineInput {
  MediaPipelineId: string;
}

export interface GetMediaCapturePipelineOutput {
  MediaCapturePipeline: MediaCapturePipeline;
}

/** Gets an existing media capture pipeline. `GET /sdk-media-capture-pipelines/{MediaPipelineId}` */
export const GetMediaCapturePipeline = defineOperation<
  GetMediaCapturePipelineInput,
  GetMediaCapturePipelineOutput
>({
  name: 'GetMediaCapturePipeline',
  group: 'media-pipelines',
  method: 'GET',
  path: '/sdk-media-capture-pipelines/{MediaPipelineId}',
  successStatus: 200,
});

export interface ListMediaCapturePipelinesInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListMediaCapturePipelinesOutput {
  /**
   * The reference lists whole pipelines; the Chime SDK namespace lists their id and ARN only, so
   * every other member may be missing.
   */
  MediaCapturePipelines: MediaCapturePipeline[];
  NextToken?: string;
}

/** Lists the media capture pipelines. `GET /sdk-media-capture-pipelines` */
export const ListMediaCapturePipelines = defineOperation<
  ListMediaCapturePipelinesInput,
  ListMediaCapturePipelinesOutput
>({
  name: 'ListMediaCapturePipelines',
  group: 'media-pipelines',
  method: 'GET',
  path: '/sdk-media-capture-pipelines',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface DeleteMediaCapturePipelineInput {
  MediaPipelineId: string;
}

/** Deletes a media capture pipeline. `DELETE /sdk-media-capture-pipelines/{MediaPipelineId}` */
export const DeleteMediaCapturePipeline = defineOperation<DeleteMediaCapturePipelineInput>({
  name: 'DeleteMediaCapturePipeline',
  group: 'media-pipelines',
  method: 'DELETE',
  path: '/sdk-media-capture-pipelines/{MediaPipelineId}',
  successStatus: 204,
});
