import { randomUUID } from 'node:crypto';
import {
  CreateMediaCapturePipeline,
  DeleteMediaCapturePipeline,
} from '../../chime/operations/media-capture-pipelines.ts';
import { PARAMETERS, parameterRule } from '../../chime/parameters.ts';
import type {
  ArtifactsState,
  AudioMuxType,
  ChimeSdkMeetingConfiguration,
  ContentMuxType,
  MediaPipelineSinkType,
  MediaPipelineSourceType,
  VideoMuxType,
} from '../../chime/shapes/media-capture-pipeline.ts';
import type { RequestContext } from '../../context.ts';
import { toMediaCapturePipeline } from '../../loaders/media-capture-pipelines.ts';
import { checkEach, checkItemCount, checkText, validateThenRun } from '../shared/input-rules.ts';
import { CLIENT_REQUEST_TOKEN_RULE } from '../shared/messaging-rules.ts';
import { invalid, type MutationResult, type UserErrorModel } from '../shared/user-errors.ts';

/** The reference's rules for the body members (src/chime/parameters.ts). */
const rule = (member: string) => parameterRule(CreateMediaCapturePipeline.name, member)!;
const ATTENDEE_ID_RULE = rule('AttendeeIds');
const EXTERNAL_USER_ID_RULE = rule('ExternalUserIds');

/** "The total number of video streams can't exceed 25." */
const MAX_VIDEO_STREAMS = 25;

/** Input of `createMediaCapturePipeline`. */
export interface CreateMediaCapturePipelineInput {
  sourceType: MediaPipelineSourceType;
  sourceArn: string;
  sinkType: MediaPipelineSinkType;
  sinkArn: string;
  /** The idempotency token; one is made up when absent. */
  clientRequestToken?: string | null;
  chimeSdkMeetingConfiguration?: {
    artifacts?: {
      audioMuxType: AudioMuxType;
      videoState: ArtifactsState;
      videoMuxType?: VideoMuxType | null;
      contentState: ArtifactsState;
      contentMuxType?: ContentMuxType | null;
    } | null;
    selectedAttendeeIds?: string[] | null;
    selectedExternalUserIds?: string[] | null;
  } | null;
}

type MeetingConfigurationInput = NonNullable<CreateMediaCapturePipelineInput['chimeSdkMeetingConfiguration']>;

/** The user errors of the selected video streams: each list 1 or more, their ids, 25 in all. */
function checkVideoStreams(configuration: MeetingConfigurationInput, field: string[]): UserErrorModel[] {
  const attendeeIds = configuration.selectedAttendeeIds;
  const externalUserIds = configuration.selectedExternalUserIds;
  const total = (attendeeIds?.length ?? 0) + (externalUserIds?.length ?? 0);
  return [
    ...checkItemCount(attendeeIds, [...field, 'selectedAttendeeIds'], { min: 1 }),
    ...checkEach(attendeeIds ?? [], [...field, 'selectedAttendeeIds'], ATTENDEE_ID_RULE),
    ...checkItemCount(externalUserIds, [...field, 'selectedExternalUserIds'], { min: 1 }),
    ...checkEach(externalUserIds ?? [], [...field, 'selectedExternalUserIds'], EXTERNAL_USER_ID_RULE),
    ...(total > MAX_VIDEO_STREAMS
      ? [
          invalid(
            field,
            `the selected video streams must be at most ${MAX_VIDEO_STREAMS} in all, got ${total}`,
          ),
        ]
      : []),
  ];
}

/** The configuration as the upstream takes it. */
function toMeetingConfiguration(configuration: MeetingConfigurationInput): ChimeSdkMeetingConfiguration {
  const { artifacts, selectedAttendeeIds, selectedExternalUserIds } = configuration;
  const streams = selectedAttendeeIds || selectedExternalUserIds;
  return {
    ...(artifacts
      ? {
          ArtifactsConfiguration: {
            Audio: { MuxType: artifacts.audioMuxType },
            Video: { State: artifacts.videoState, MuxType: artifacts.videoMuxType ?? undefined },
            Content: { State: artifacts.contentState, MuxType: artifacts.contentMuxType ?? undefined },
          },
        }
      : {}),
    ...(streams
      ? {
          SourceConfiguration: {
            SelectedVideoStreams: {
              AttendeeIds: selectedAttendeeIds ?? undefined,
              ExternalUserIds: selectedExternalUserIds ?? undefined,
            },
          },
        }
      : {}),
  };
}

/** CreateMediaCapturePipeline. Changes: the new pipeline (replaced with the upstream's answer). */
export function createMediaCapturePipeline(
  ctx: RequestContext,
  input: CreateMediaCapturePipelineInput,
): Promise<MutationResult<{ mediaPipelineId: string }>> {
  const configuration = input.chimeSdkMeetingConfiguration;
  return validateThenRun(
    [
      ...checkText(input.sourceArn, ['input', 'sourceArn'], rule('SourceArn')),
      ...checkText(input.sinkArn, ['input', 'sinkArn'], rule('SinkArn')),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
      ...(configuration ? checkVideoStreams(configuration, ['input', 'chimeSdkMeetingConfiguration']) : []),
    ],
    { mediaPipelineId: null },
    async () => {
      const { MediaCapturePipeline } = await ctx.client.send(CreateMediaCapturePipeline, {
        SourceType: input.sourceType,
        SourceArn: input.sourceArn,
        SinkType: input.sinkType,
        SinkArn: input.sinkArn,
        ClientRequestToken: input.clientRequestToken ?? randomUUID(),
        ChimeSdkMeetingConfiguration: configuration ? toMeetingConfiguration(configuration) : undefined,
      });
      const pipeline = toMediaCapturePipeline(MediaCapturePipeline);
      ctx.loaders.replaceMediaCapturePipeline(pipeline);
      return { mediaPipelineId: pipeline.mediaPipelineId };
    },
  );
}

/** What `deleteMediaCapturePipeline` answers: the id of the pipeline that is gone. */
export type DeleteMediaCapturePipelineResult = MutationResult<{ deletedMediaPipelineId: string }>;

/** DeleteMediaCapturePipeline. Changes: the pipeline (now known not to exist). */
export function deleteMediaCapturePipeline(
  ctx: RequestContext,
  input: { mediaPipelineId: string },
): Promise<DeleteMediaCapturePipelineResult> {
  const { mediaPipelineId: id } = input;
  return validateThenRun(
    checkText(id, ['input', 'mediaPipelineId'], PARAMETERS.MediaPipelineId),
    { deletedMediaPipelineId: null },
    async () => {
      await ctx.client.send(DeleteMediaCapturePipeline, { MediaPipelineId: id });
      ctx.loaders.forgetMediaCapturePipeline(id);
      return { deletedMediaPipelineId: id };
    },
    ['input', 'mediaPipelineId'],
  );
}
