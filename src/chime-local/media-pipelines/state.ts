/** A media capture pipeline, as the service returns it. */
export interface MediaCapturePipeline {
  MediaPipelineId: string;
  MediaPipelineArn: string;
  SourceType: 'ChimeSdkMeeting';
  SourceArn: string;
  SinkType: 'S3Bucket';
  SinkArn: string;
  Status: 'Initializing' | 'InProgress' | 'Failed' | 'Stopping' | 'Stopped';
  ChimeSdkMeetingConfiguration?: Record<string, unknown>;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
}

/** The media pipelines group's state: capture pipelines by id, in creation order. */
export class MediaPipelineState {
  readonly capturePipelines = new Map<string, MediaCapturePipeline>();
  /** ClientRequestToken → the pipeline it created, so that a repeated request creates nothing new. */
  readonly byClientRequestToken = new Map<string, string>();
}
