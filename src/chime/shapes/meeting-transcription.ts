/** The languages Amazon Transcribe transcribes a meeting in (EngineTranscribeSettings' LanguageCode). */
export const TRANSCRIBE_LANGUAGE_CODES = [
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
export type TranscribeLanguageCode = (typeof TRANSCRIBE_LANGUAGE_CODES)[number];

/** The regions Amazon Transcribe runs a meeting's transcription in; `auto` picks one near the media. */
export const TRANSCRIBE_REGIONS = [
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
export type TranscribeRegion = (typeof TRANSCRIBE_REGIONS)[number];

export const TRANSCRIBE_CONTENT_IDENTIFICATION_TYPES = ['PII'] as const;
export const TRANSCRIBE_CONTENT_REDACTION_TYPES = ['PII'] as const;
export const TRANSCRIBE_PARTIAL_RESULTS_STABILITIES = ['low', 'medium', 'high'] as const;
export const TRANSCRIBE_VOCABULARY_FILTER_METHODS = ['remove', 'mask', 'tag'] as const;

/** Amazon Transcribe Medical transcribes US English only. */
export const TRANSCRIBE_MEDICAL_LANGUAGE_CODES = ['en-US'] as const;
export const TRANSCRIBE_MEDICAL_SPECIALTIES = [
  'PRIMARYCARE',
  'CARDIOLOGY',
  'NEUROLOGY',
  'ONCOLOGY',
  'RADIOLOGY',
  'UROLOGY',
] as const;
export const TRANSCRIBE_MEDICAL_TYPES = ['CONVERSATION', 'DICTATION'] as const;
export const TRANSCRIBE_MEDICAL_CONTENT_IDENTIFICATION_TYPES = ['PHI'] as const;
export const TRANSCRIBE_MEDICAL_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-southeast-2',
  'ca-central-1',
  'eu-west-1',
  'auto',
] as const;

/** Settings specific for Amazon Transcribe as the live transcription engine. */
export interface EngineTranscribeSettings {
  ContentIdentificationType?: (typeof TRANSCRIBE_CONTENT_IDENTIFICATION_TYPES)[number];
  ContentRedactionType?: (typeof TRANSCRIBE_CONTENT_REDACTION_TYPES)[number];
  EnablePartialResultsStabilization?: boolean;
  IdentifyLanguage?: boolean;
  LanguageCode?: TranscribeLanguageCode;
  LanguageModelName?: string;
  /** Comma-separated language codes. */
  LanguageOptions?: string;
  PartialResultsStability?: (typeof TRANSCRIBE_PARTIAL_RESULTS_STABILITIES)[number];
  /** Comma-separated PII entity types, or `ALL`. */
  PiiEntityTypes?: string;
  PreferredLanguage?: TranscribeLanguageCode;
  Region?: TranscribeRegion;
  VocabularyFilterMethod?: (typeof TRANSCRIBE_VOCABULARY_FILTER_METHODS)[number];
  VocabularyFilterName?: string;
  /** Comma-separated vocabulary filter names. */
  VocabularyFilterNames?: string;
  VocabularyName?: string;
  /** Comma-separated vocabulary names. */
  VocabularyNames?: string;
}

/** Settings specific to the Amazon Transcribe Medical engine. */
export interface EngineTranscribeMedicalSettings {
  ContentIdentificationType?: (typeof TRANSCRIBE_MEDICAL_CONTENT_IDENTIFICATION_TYPES)[number];
  LanguageCode: (typeof TRANSCRIBE_MEDICAL_LANGUAGE_CODES)[number];
  Region?: (typeof TRANSCRIBE_MEDICAL_REGIONS)[number];
  Specialty: (typeof TRANSCRIBE_MEDICAL_SPECIALTIES)[number];
  Type: (typeof TRANSCRIBE_MEDICAL_TYPES)[number];
  VocabularyName?: string;
}

/** The configuration of a meeting's transcription: one of the two engines' settings. */
export interface TranscriptionConfiguration {
  EngineTranscribeMedicalSettings?: EngineTranscribeMedicalSettings;
  EngineTranscribeSettings?: EngineTranscribeSettings;
}
