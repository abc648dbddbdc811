import { badRequest, ServiceError } from '../errors.ts';
import type { Route } from '../router.ts';
import {
  optionalBoolean,
  optionalEnum,
  optionalObject,
  optionalString,
  requiredEnum,
  requiredObject,
  type StringRule,
} from '../validate.ts';
import { meetingOf } from './rules.ts';

/*
 * A meeting's live transcription: one at a time, started with an engine's settings (the API
 * reference's TranscriptionConfiguration) and stopped by id. chime-local keeps the configuration
 * and transcribes nothing.
 */

const LANGUAGE_CODES = [
  'en-US',
  'en-GB',
  'es-US',
  'fr-CA',
  'fr-FR',
  'en-AU',
  'it-IT',
  'de-DE',
  'pt-BR',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'th-TH',
  'hi-IN',
] as const;
const REGIONS = [
  'us-east-2',
  'us-east-1',
  'us-west-2',
  'ap-northeast-2',
  'ap-southeast-2',
  'ap-northeast-1',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'sa-east-1',
  'auto',
] as const;
const MEDICAL_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-southeast-2',
  'ca-central-1',
  'eu-west-1',
  'auto',
] as const;
const MEDICAL_SPECIALTIES = [
  'PRIMARYCARE',
  'CARDIOLOGY',
  'NEUROLOGY',
  'ONCOLOGY',
  'RADIOLOGY',
  'UROLOGY',
] as const;

const LANGUAGE_MODEL_NAME: StringRule = { min: 1, max: 200, pattern: /^[0-9a-zA-Z._-]+$/ };
const LANGUAGE_OPTIONS: StringRule = { min: 1, max: 200, pattern: /^[a-zA-Z-,]+$/ };
const PII_ENTITY_TYPES: StringRule = { min: 1, max: 300, pattern: /^[A-Z_,]+$/ };
const NAMES: StringRule = { min: 1, max: 3000, pattern: /^[a-zA-Z0-9,\-._]+$/ };

/** EngineTranscribeSettings, checked member by member and for the combinations the reference rules out. */
function checkTranscribeSettings(settings: Record<string, unknown>): void {
  const name = (member: string) => `TranscriptionConfiguration.EngineTranscribeSettings.${member}`;
  const identification = optionalEnum(settings.ContentIdentificationType, name('ContentIdentificationType'), [
    'PII',
  ]);
  const redaction = optionalEnum(settings.ContentRedactionType, name('ContentRedactionType'), ['PII']);
  optionalBoolean(settings.EnablePartialResultsStabilization, name('EnablePartialResultsStabilization'));
  const identify = optionalBoolean(settings.IdentifyLanguage, name('IdentifyLanguage')) === true;
  const languageCode = optionalEnum(settings.LanguageCode, name('LanguageCode'), LANGUAGE_CODES);
  const model = optionalString(settings.LanguageModelName, name('LanguageModelName'), LANGUAGE_MODEL_NAME);
  const options = optionalString(settings.LanguageOptions, name('LanguageOptions'), LANGUAGE_OPTIONS);
  optionalEnum(settings.PartialResultsStability, name('PartialResultsStability'), ['low', 'medium', 'high']);
  const pii = optionalString(settings.PiiEntityTypes, name('PiiEntityTypes'), PII_ENTITY_TYPES);
  const preferred = optionalEnum(settings.PreferredLanguage, name('PreferredLanguage'), LANGUAGE_CODES);
  optionalEnum(settings.Region, name('Region'), REGIONS);
  optionalEnum(settings.VocabularyFilterMethod, name('VocabularyFilterMethod'), ['remove', 'mask', 'tag']);
  optionalString(settings.VocabularyFilterName, name('VocabularyFilterName'));
  optionalString(settings.VocabularyFilterNames, name('VocabularyFilterNames'), NAMES);
  optionalString(settings.VocabularyName, name('VocabularyName'));
  optionalString(settings.VocabularyNames, name('VocabularyNames'), NAMES);

  if (identification && redaction)
    throw badRequest('ContentIdentificationType and ContentRedactionType cannot both be set');
  if (identify === (languageCode !== undefined))
    throw badRequest('Exactly one of LanguageCode and IdentifyLanguage must be set');
  if (identify && (model !== undefined || redaction))
    throw badRequest('IdentifyLanguage cannot be combined with LanguageModelName or ContentRedactionType');
  if (options !== undefined && !identify) throw badRequest('LanguageOptions needs IdentifyLanguage');
  if (preferred !== undefined && !options?.split(',').includes(preferred))
    throw badRequest('PreferredLanguage must be one of LanguageOptions');
  if (pii !== undefined && !identification && !redaction)
    throw badRequest('PiiEntityTypes needs ContentIdentificationType or ContentRedactionType');
}

/** EngineTranscribeMedicalSettings: its enums, three of them required. */
function checkMedicalSettings(settings: Record<string, unknown>): void {
  const name = (member: string) => `TranscriptionConfiguration.EngineTranscribeMedicalSettings.${member}`;
  optionalEnum(settings.ContentIdentificationType, name('ContentIdentificationType'), ['PHI']);
  requiredEnum(settings.LanguageCode, name('LanguageCode'), ['en-US']);
  optionalEnum(settings.Region, name('Region'), MEDICAL_REGIONS);
  requiredEnum(settings.Specialty, name('Specialty'), MEDICAL_SPECIALTIES);
  requiredEnum(settings.Type, name('Type'), ['CONVERSATION', 'DICTATION']);
  optionalString(settings.VocabularyName, name('VocabularyName'));
}

/** A TranscriptionConfiguration: exactly one engine's settings. */
function checkConfiguration(value: unknown): Record<string, unknown> {
  const configuration = requiredObject(value, 'TranscriptionConfiguration');
  const transcribe = optionalObject(
    configuration.EngineTranscribeSettings,
    'TranscriptionConfiguration.EngineTranscribeSettings',
  );
  const medical = optionalObject(
    configuration.EngineTranscribeMedicalSettings,
    'TranscriptionConfiguration.EngineTranscribeMedicalSettings',
  );
  if ((transcribe === undefined) === (medical === undefined))
    throw badRequest(
      'TranscriptionConfiguration must contain exactly one of EngineTranscribeSettings and EngineTranscribeMedicalSettings',
    );
  if (transcribe) checkTranscribeSettings(transcribe);
  if (medical) checkMedicalSettings(medical);
  return configuration;
}

/** 422: the request is well formed, but the meeting's transcription is not in the state it needs. */
const unprocessable = (message: string) => new ServiceError(422, 'UnprocessableEntityException', message);

export const transcriptionRoutes: Route[] = [
  {
    operation: 'StartMeetingTranscription',
    method: 'POST',
    path: '/meetings/{MeetingId}/transcription',
    query: { operation: 'start' },
    handle: (request) => {
      const record = meetingOf(request);
      const configuration = checkConfiguration(request.body.TranscriptionConfiguration);
      if (record.transcription)
        throw unprocessable(`Meeting ${record.meeting.MeetingId} is already being transcribed`);
      record.transcription = structuredClone(configuration);
      return { status: 200 };
    },
  },
  {
    operation: 'StopMeetingTranscription',
    method: 'POST',
    path: '/meetings/{MeetingId}/transcription',
    query: { operation: 'stop' },
    handle: (request) => {
      const record = meetingOf(request);
      if (!record.transcription)
        throw unprocessable(`Meeting ${record.meeting.MeetingId} is not being transcribed`);
      delete record.transcription;
      return { status: 200 };
    },
  },
];
