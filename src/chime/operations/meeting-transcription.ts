import { defineOperation } from '../operation.ts';
import type { TranscriptionConfiguration } from '../shapes/meeting-transcription.ts';

export interface StartMeetingTranscriptionInput {
  MeetingId: string;
  TranscriptionConfiguration: TranscriptionConfiguration;
}

/** Starts transcription for the specified meeting. `POST /meetings/{MeetingId}/transcription?operation=start` */
export const StartMeetingTranscription = defineOperation<StartMeetingTranscriptionInput>({
  name: 'StartMeetingTranscription',
  group: 'meetings',
  method: 'POST',
  path: '/meetings/{MeetingId}/transcription',
  fixedQuery: { operation: 'start' },
  successStatus: 200,
});

export interface StopMeetingTranscriptionInput {
  MeetingId: string;
}

/** Stops transcription for the specified meeting. `POST /meetings/{MeetingId}/transcription?operation=stop` */
export const StopMeetingTranscription = defineOperation<StopMeetingTranscriptionInput>({
  name: 'StopMeetingTranscription',
  group: 'meetings',
  method: 'POST',
  path: '/meetings/{MeetingId}/transcription',
  fixedQuery: { operation: 'stop' },
  successStatus: 200,
});
