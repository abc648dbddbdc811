import {
  TRANSCRIBE_CONTENT_IDENTIFICATION_TYPES,
  TRANSCRIBE_CONTENT_REDACTION_TYPES,
  TRANSCRIBE_LANGUAGE_CODES,
  TRANSCRIBE_MEDICAL_CONTENT_IDENTIFICATION_TYPES,
  TRANSCRIBE_MEDICAL_LANGUAGE_CODES,
  TRANSCRIBE_MEDICAL_REGIONS,
  TRANSCRIBE_MEDICAL_SPECIALTIES,
  TRANSCRIBE_MEDICAL_TYPES,
  TRANSCRIBE_PARTIAL_RESULTS_STABILITIES,
  TRANSCRIBE_REGIONS,
  TRANSCRIBE_VOCABULARY_FILTER_METHODS,
} from '../../chime/shapes/meeting-transcription.ts';
import {
  type MeetingTranscriptionResult,
  startMeetingTranscription,
  stopMeetingTranscription,
} from '../../resolvers/meeting-transcription/commands.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { upstreamEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';

/** The PII entity types Amazon Transcribe identifies or redacts (PiiEntityTypes' values). */
const PII_ENTITY_TYPES = [
  'ADDRESS',
  'BANK_ACCOUNT_NUMBER',
  'BANK_ROUTING',
  'CREDIT_DEBIT_CVV',
  'CREDIT_DEBIT_EXPIRY',
  'CREDIT_DEBIT_NUMBER',
  'EMAIL',
  'NAME',
  'PHONE',
  'PIN',
  'SSN',
  'ALL',
] as const;

const LanguageCodeEnum = upstreamEnum('TranscribeLanguageCode', TRANSCRIBE_LANGUAGE_CODES);
const RegionEnum = upstreamEnum('TranscribeRegion', TRANSCRIBE_REGIONS);
const ContentIdentificationEnum = upstreamEnum(
  'TranscribeContentIdentificationType',
  TRANSCRIBE_CONTENT_IDENTIFICATION_TYPES,
);
const ContentRedactionEnum = upstreamEnum(
  'TranscribeContentRedactionType',
  TRANSCRIBE_CONTENT_REDACTION_TYPES,
);
const PartialResultsStabilityEnum = upstreamEnum(
  'TranscribePartialResultsStability',
  TRANSCRIBE_PARTIAL_RESULTS_STABILITIES,
);
const PiiEntityTypeEnum = upstreamEnum('TranscribePiiEntityType', PII_ENTITY_TYPES);
const VocabularyFilterMethodEnum = upstreamEnum(
  'TranscribeVocabularyFilterMethod',
  TRANSCRIBE_VOCABULARY_FILTER_METHODS,
);
const MedicalLanguageCodeEnum = upstreamEnum(
  'TranscribeMedicalLanguageCode',
  TRANSCRIBE_MEDICAL_LANGUAGE_CODES,
);
const MedicalRegionEnum = upstreamEnum('TranscribeMedicalRegion', TRANSCRIBE_MEDICAL_REGIONS);
const MedicalSpecialtyEnum = upstreamEnum('TranscribeMedicalSpecialty', TRANSCRIBE_MEDICAL_SPECIALTIES);
const MedicalTypeEnum = upstreamEnum('TranscribeMedicalType', TRANSCRIBE_MEDICAL_TYPES);
const MedicalContentIdentificationEnum = upstreamEnum(
  'TranscribeMedicalContentIdentificationType',
  TRANSCRIBE_MEDICAL_CONTENT_IDENTIFICATION_TYPES,
);

const EngineTranscribeSettingsInput = builder.inputType('EngineTranscribeSettingsInput', {
  description:
    'Amazon Transcribe as the engine. Set languageCode, or identifyLanguage: true (with languageOptions, ' +
    'preferredLanguage, vocabularyNames and vocabularyFilterNames); contentIdentificationType or ' +
    'contentRedactionType, not both.',
  fields: (t) => ({
    contentIdentificationType: t.field({ type: ContentIdentificationEnum }),
    contentRedactionType: t.field({ type: ContentRedactionEnum, description: 'Not with identifyLanguage.' }),
    enablePartialResultsStabilization: t.boolean(),
    identifyLanguage: t.boolean(),
    languageCode: t.field({ type: LanguageCodeEnum }),
    languageModelName: t.string({
      description: '1-200 characters of [0-9a-zA-Z._-]; not with identifyLanguage.',
    }),
    languageOptions: t.field({
      type: [LanguageCodeEnum],
      description: 'At least two, one dialect of each language; needs identifyLanguage.',
    }),
    partialResultsStability: t.field({
      type: PartialResultsStabilityEnum,
      description: 'Needs enablePartialResultsStabilization.',
    }),
    piiEntityTypes: t.field({
      type: [PiiEntityTypeEnum],
      description: 'Needs contentIdentificationType or contentRedactionType.',
    }),
    preferredLanguage: t.field({ type: LanguageCodeEnum, description: 'One of languageOptions.' }),
    region: t.field({ type: RegionEnum, description: "Left out: the meeting's media Region." }),
    vocabularyFilterMethod: t.field({ type: VocabularyFilterMethodEnum }),
    vocabularyFilterName: t.string({ description: 'Without identifyLanguage.' }),
    vocabularyFilterNames: t.stringList({ description: 'With identifyLanguage; names of [a-zA-Z0-9._-].' }),
    vocabularyName: t.string({ description: 'Without identifyLanguage.' }),
    vocabularyNames: t.stringList({ description: 'With identifyLanguage; names of [a-zA-Z0-9._-].' }),
  }),
});

const EngineTranscribeMedicalSettingsInput = builder.inputType('EngineTranscribeMedicalSettingsInput', {
  description: 'Amazon Transcribe Medical as the engine.',
  fields: (t) => ({
    contentIdentificationType: t.field({ type: MedicalContentIdentificationEnum }),
    languageCode: t.field({ type: MedicalLanguageCodeEnum, required: true }),
    region: t.field({ type: MedicalRegionEnum, description: "Left out: the meeting's media Region." }),
    specialty: t.field({ type: MedicalSpecialtyEnum, required: true }),
    type: t.field({ type: MedicalTypeEnum, required: true }),
    vocabularyName: t.string(),
  }),
});

const TranscriptionConfigurationInput = builder.inputType('TranscriptionConfigurationInput', {
  description: 'Exactly one engine.',
  fields: (t) => ({
    engineTranscribeSettings: t.field({ type: EngineTranscribeSettingsInput }),
    engineTranscribeMedicalSettings: t.field({ type: EngineTranscribeMedicalSettingsInput }),
  }),
});

const StartMeetingTranscriptionInput = builder.inputType('StartMeetingTranscriptionInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    transcriptionConfiguration: t.field({ type: TranscriptionConfigurationInput, required: true }),
  }),
});

const StopMeetingTranscriptionInput = builder.inputType('StopMeetingTranscriptionInput', {
  fields: (t) => ({ meetingId: t.string({ required: true }) }),
});

/** A transcription payload: the meeting's id, or the user errors. */
function transcriptionPayload(name: string) {
  const ref = builder.objectRef<MutationResult<MeetingTranscriptionResult>>(name);
  ref.implement({
    fields: (t) => ({
      meetingId: t.exposeString('meetingId', { nullable: true }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
}

// Nullable payloads, as every mutation's: an upstream outage leaves later mutations running.
builder.mutationFields((t) => ({
  startMeetingTranscription: t.field({
    authScopes: writeOutsideAccounts,
    type: transcriptionPayload('StartMeetingTranscriptionPayload'),
    nullable: true,
    description: "Starts a meeting's live transcription (StartMeetingTranscription).",
    args: { input: t.arg({ type: StartMeetingTranscriptionInput, required: true }) },
    resolve: (_root, { input }, ctx) => startMeetingTranscription(ctx, input),
  }),
  stopMeetingTranscription: t.field({
    authScopes: writeOutsideAccounts,
    type: transcriptionPayload('StopMeetingTranscriptionPayload'),
    nullable: true,
    description: "Stops a meeting's live transcription (StopMeetingTranscription).",
    args: { input: t.arg({ type: StopMeetingTranscriptionInput, required: true }) },
    resolve: (_root, { input }, ctx) => stopMeetingTranscription(ctx, input),
  }),
}));
