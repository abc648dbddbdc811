import {
  StartMeetingTranscriptionCommand,
  type StartMeetingTranscriptionCommandInput,
  StopMeetingTranscriptionCommand,
} from '@aws-sdk/client-chime-sdk-meetings';
import { describe, expect, it } from 'vitest';
import { expectBadRequest, newMeeting, useMeetingsLocal } from './meetings-helpers.ts';
import { rejection } from './voice-helpers.ts';

const chime = useMeetingsLocal();

type Configuration = StartMeetingTranscriptionCommandInput['TranscriptionConfiguration'];
const start = (MeetingId: string, TranscriptionConfiguration: Configuration) =>
  chime.meetings.send(new StartMeetingTranscriptionCommand({ MeetingId, TranscriptionConfiguration }));
const stop = (MeetingId: string) => chime.meetings.send(new StopMeetingTranscriptionCommand({ MeetingId }));

describe('meeting transcription', () => {
  it('starts once, refuses a second start with 422, stops once and refuses a second stop', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const started = await start(id!, { EngineTranscribeSettings: { LanguageCode: 'en-US', Region: 'auto' } });
    expect(started.$metadata.httpStatusCode).toBe(200);
    const again = await rejection(start(id!, { EngineTranscribeSettings: { LanguageCode: 'en-US' } }));
    expect(again).toMatchObject({ name: 'UnprocessableEntityException', $metadata: { httpStatusCode: 422 } });
    expect((await stop(id!)).$metadata.httpStatusCode).toBe(200);
    expect(await rejection(stop(id!))).toMatchObject({ $metadata: { httpStatusCode: 422 } });
  });

  it('starts Amazon Transcribe Medical with its required members', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    const started = await start(id!, {
      EngineTranscribeMedicalSettings: { LanguageCode: 'en-US', Specialty: 'CARDIOLOGY', Type: 'DICTATION' },
    });
    expect(started.$metadata.httpStatusCode).toBe(200);
  });

  it('refuses configurations the reference rules out with 400 naming the member', async () => {
    const { MeetingId: id } = await newMeeting(chime.meetings);
    await expectBadRequest(start(id!, {}), 'exactly one of');
    await expectBadRequest(
      start(id!, {
        EngineTranscribeSettings: { LanguageCode: 'en-US' },
        EngineTranscribeMedicalSettings: {
          LanguageCode: 'en-US',
          Specialty: 'UROLOGY',
          Type: 'CONVERSATION',
        },
      }),
      'exactly one of',
    );
    await expectBadRequest(
      start(id!, { EngineTranscribeSettings: { LanguageCode: 'xx-XX' as 'en-US' } }),
      'EngineTranscribeSettings.LanguageCode',
    );
    await expectBadRequest(
      start(id!, {
        EngineTranscribeSettings: {
          LanguageCode: 'en-US',
          ContentIdentificationType: 'PII',
          ContentRedactionType: 'PII',
        },
      }),
      'ContentRedactionType',
    );
    await expectBadRequest(start(id!, { EngineTranscribeSettings: {} }), 'LanguageCode and IdentifyLanguage');
    await expectBadRequest(
      start(id!, { EngineTranscribeSettings: { IdentifyLanguage: true, LanguageModelName: 'bad name!' } }),
      'LanguageModelName',
    );
    await expectBadRequest(
      start(id!, {
        EngineTranscribeMedicalSettings: {
          LanguageCode: 'en-US',
          Specialty: 'DENTISTRY' as 'UROLOGY',
          Type: 'DICTATION',
        },
      }),
      'Specialty',
    );
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const missing = await rejection(stop('0f0e0d0c-0b0a-4908-8706-050403020100'));
    expect(missing).toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } });
  });
});
