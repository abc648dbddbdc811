import type { IsoTimestamp } from './timestamps.ts';

export const MEDIA_PIPELINE_STATUSES = [
  'Initializing',
  'InProgress',
  'Failed',
  'Stopping',
  'Stopped',
] as const;
export type MediaPipelineStatus = (typeof MEDIA_PIPELINE_STATUSES)[number];

/** A Chime SDK meeting is the only source a capture pipeline takes. */
export const MEDIA_PIPELINE_SOURCE_TYPES = ['ChimeSdkMeeting'] as const;
export type MediaPipelineSourceType = (typeof MEDIA_PIPELINE_SOURCE_TYPES)[number];

/** An S3 bucket is the only sink a capture pipeline saves to. */
export const MEDIA_PIPELINE_SINK_TYPES = ['S3Bucket'] as const;
export type MediaPipelineSinkType = (typeof MEDIA_PIPELINE_SINK_TYPES)[number];

export const AUDIO_MUX_TYPES = ['AudioOnly', 'AudioWithActiveSpeakerVideo'] as const;
export type AudioMuxType = (typeof AUDIO_MUX_TYPES)[number];

export const VIDEO_MUX_TYPES = ['VideoOnly'] as const;
export type VideoMuxType = (typeof VIDEO_MUX_TYPES)[number];

export const CONTENT_MUX_TYPES = ['ContentOnly'] as const;
export type ContentMuxType = (typeof CONTENT_MUX_TYPES)[number];

export const ARTIFACTS_STATES = ['Enabled', 'Disabled'] as const;
export type ArtifactsState = (typeof ARTIFACTS_STATES)[number];

/** Which artifacts a pipeline saves: audio always, video and content when enabled. */
export interface ArtifactsConfiguration {
  Audio: { MuxType: AudioMuxType };
  Video: { State: ArtifactsState; MuxType?: VideoMuxType };
  Content: { State: ArtifactsState; MuxType?: ContentMuxType };
}

/** The video streams a pipeline captures (at most 25 in all). */
export interface SelectedVideoStreams {
  AttendeeIds?: string[];
  ExternalUserIds?: string[];
}

/** The meeting-specific configuration of a capture pipeline. */
export interface ChimeSdkMeetingConfiguration {
  ArtifactsConfiguration?: ArtifactsConfiguration;
  SourceConfiguration?: { SelectedVideoStreams?: SelectedVideoStreams };
}

/** A media capture pipeline: what it captures (a meeting) and where it saves it (an S3 bucket). */
export interface MediaCapturePipeline {
  MediaPipelineId: string;
  /** Sent by the Chime SDK Media Pipelines namespace only. */
  MediaPipelineArn?: string;
  ChimeSdkMeetingConfiguration?: ChimeSdkMeetingConfiguration;
  SourceType?: MediaPipelineSourceType;
  SourceArn?: string;
  SinkType?: MediaPipelineSinkType;
  SinkArn?: string;
  Status?: MediaPipelineStatus;
  CreatedTimestamp?: IsoTimestamp;
  UpdatedTimestamp?: IsoTimestamp;
}
