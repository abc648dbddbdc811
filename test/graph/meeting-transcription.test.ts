import type { ChimeSDKMeetingsClient } from '@aws-sdk/client-chime-sdk-meetings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meetingsClient, newMeeting } from '../chime-local/meetings-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let meetings: ChimeSDKMeetingsClient;

beforeAll(async () => {
  gateway = await startTestGateway();
  meetings = meetingsClient(gateway.local);
});
afterAll(async () => {
  meetings.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const START = `mutation ($input: StartMeetingTranscriptionInput!) {
  startMeetingTranscription(input: $input) { meetingId userErrors { field message code } }
}`;
const STOP = `mutation ($input: StopMeetingTranscriptionInput!) {
  stopMeetingTranscription(input: $input) { meetingId userErrors { field message code } }
}`;

async function meeting(): Promise<string> {
  const { MeetingId } = await newMeeting(meetings);
  await gateway.resetStats();
  return MeetingId!;
}

async function start(meetingId: string, transcriptionConfiguration: Record<string, unknown>) {
  const result = await gateway.query(START, { input: { meetingId, transcriptionConfiguration } });
  expect(result.errors).toBeUndefined();
  return result.data!.startMeetingTranscription;
}

describe('meeting transcription', () => {
  it('starts with Amazon Transcribe, sending the settings as the upstream takes them, and stops', async () => {
    const meetingId = await meeting();
    const started = await start(meetingId, {
      engineTranscribeSettings: {
        identifyLanguage: true,
        languageOptions: ['EN_US', 'FR_CA'],
        preferredLanguage: 'FR_CA',
        contentIdentificationType: 'PII',
        piiEntityTypes: ['NAME', 'EMAIL'],
        region: 'EU_CENTRAL_1',
        vocabularyNames: ['terms-a', 'terms.b'],
      },
    });
    expect(started).toEqual({ meetingId, userErrors: [] });
    expect((await gateway.stats()).calls).toEqual({ StartMeetingTranscription: 1 });
    const record = gateway.store.meetings.meetings.get(meetingId)!;
    expect(record.transcription).toEqual({
      EngineTranscribeSettings: {
        IdentifyLanguage: true,
        LanguageOptions: 'en-US,fr-CA',
        PreferredLanguage: 'fr-CA',
        ContentIdentificationType: 'PII',
        PiiEntityTypes: 'NAME,EMAIL',
        Region: 'eu-central-1',
        VocabularyNames: 'terms-a,terms.b',
      },
    });

    const again = await start(meetingId, { engineTranscribeSettings: { languageCode: 'EN_US' } });
    expect(again).toMatchObject({ meetingId: null, userErrors: [{ field: null, code: 'INVALID' }] });
    expect(again.userErrors[0].message).toContain('already being transcribed');

    await gateway.resetStats();
    const stopped = await gateway.query(STOP, { input: { meetingId } });
    expect(stopped).toEqual({ data: { stopMeetingTranscription: { meetingId, userErrors: [] } } });
    expect((await gateway.stats()).calls).toEqual({ StopMeetingTranscription: 1 });
  });

  it('starts with Amazon Transcribe Medical', async () => {
    const meetingId = await meeting();
    const started = await start(meetingId, {
      engineTranscribeMedicalSettings: { languageCode: 'EN_US', specialty: 'ONCOLOGY', type: 'CONVERSATION' },
    });
    expect(started).toEqual({ meetingId, userErrors: [] });
    expect(gateway.store.meetings.meetings.get(meetingId)!.transcription).toEqual({
      EngineTranscribeMedicalSettings: { LanguageCode: 'en-US', Specialty: 'ONCOLOGY', Type: 'CONVERSATION' },
    });
  });

  it('refuses what the reference rules out, naming the field, with no upstream call', async () => {
    const meetingId = await meeting();
    const at = (name: string) => ['input', 'transcriptionConfiguration', 'engineTranscribeSettings', name];
    const cases: [Record<string, unknown>, string[], string][] = [
      [{}, ['input', 'transcriptionConfiguration'], 'exactly one of'],
      [
        {
          engineTranscribeSettings: { languageCode: 'EN_US' },
          engineTranscribeMedicalSettings: { languageCode: 'EN_US', specialty: 'UROLOGY', type: 'DICTATION' },
        },
        ['input', 'transcriptionConfiguration'],
        'exactly one of',
      ],
      [{ engineTranscribeSettings: {} }, at('languageCode'), 'one of languageCode and identifyLanguage'],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', identifyLanguage: true } },
        at('languageCode'),
        'cannot be set with identifyLanguage',
      ],
      [
        {
          engineTranscribeSettings: {
            languageCode: 'EN_US',
            contentIdentificationType: 'PII',
            contentRedactionType: 'PII',
          },
        },
        at('contentRedactionType'),
        'cannot both be set',
      ],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', languageModelName: 'no spaces' } },
        at('languageModelName'),
        'languageModelName must match the pattern',
      ],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', languageOptions: ['EN_US', 'FR_FR'] } },
        at('languageOptions'),
        'needs identifyLanguage',
      ],
      [
        { engineTranscribeSettings: { identifyLanguage: true, languageOptions: ['EN_US', 'EN_GB'] } },
        at('languageOptions'),
        'one dialect of each language',
      ],
      [
        {
          engineTranscribeSettings: {
            identifyLanguage: true,
            languageOptions: ['EN_US', 'FR_FR'],
            preferredLanguage: 'DE_DE',
          },
        },
        at('preferredLanguage'),
        'one of languageOptions',
      ],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', piiEntityTypes: ['SSN'] } },
        at('piiEntityTypes'),
        'needs contentIdentificationType or contentRedactionType',
      ],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', partialResultsStability: 'HIGH' } },
        at('partialResultsStability'),
        'needs enablePartialResultsStabilization',
      ],
      [
        {
          engineTranscribeSettings: {
            identifyLanguage: true,
            languageOptions: ['EN_US', 'FR_FR'],
            vocabularyNames: ['a,b'],
          },
        },
        [...at('vocabularyNames'), '0'],
        'vocabularyNames[0] must match the pattern',
      ],
      [
        { engineTranscribeSettings: { languageCode: 'EN_US', vocabularyNames: ['a'] } },
        at('vocabularyNames'),
        'needs identifyLanguage',
      ],
    ];
    for (const [configuration, field, message] of cases) {
      const refused = await start(meetingId, configuration);
      expect(refused.meetingId, JSON.stringify(configuration)).toBeNull();
      expect(refused.userErrors, JSON.stringify(configuration)).toEqual([
        { field, message: expect.stringContaining(message), code: 'INVALID' },
      ]);
    }
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a value outside an enum as the schema does, with no upstream call', async () => {
    const meetingId = await meeting();
    const result = await gateway.query(START, {
      input: { meetingId, transcriptionConfiguration: { engineTranscribeSettings: { region: 'MARS_1' } } },
    });
    expect(result.errors![0]!.message).toContain('Value "MARS_1" does not exist in "TranscribeRegion" enum');
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers stopping a meeting not being transcribed, or one that does not exist, as user errors', async () => {
    const meetingId = await meeting();
    const idle = await gateway.query(STOP, { input: { meetingId } });
    expect(idle.data!.stopMeetingTranscription).toMatchObject({
      meetingId: null,
      userErrors: [{ code: 'INVALID' }],
    });
    const missing = await gateway.query(STOP, {
      input: { meetingId: '0f0e0d0c-0b0a-4908-8706-050403020100' },
    });
    expect(missing.data!.stopMeetingTranscription).toMatchObject({ userErrors: [{ code: 'NOT_FOUND' }] });
  });
});
