import {
  StartMeetingTranscription,
  StopMeetingTranscription,
} from '../../chime/operations/meeting-transcription.ts';
import { PARAMETERS, type TextRule } from '../../chime/parameters.ts';
import type {
  EngineTranscribeMedicalSettings,
  EngineTranscribeSettings,
  TranscribeLanguageCode,
  TranscriptionConfiguration,
} from '../../chime/shapes/meeting-transcription.ts';
import type { RequestContext } from '../../context.ts';
import { checkText, fieldName, validateThenRun } from '../shared/input-rules.ts';
import { invalid, type MutationResult, type UserErrorModel } from '../shared/user-errors.ts';

/** Amazon Transcribe's settings as the graph takes them: lists where the upstream takes commas. */
export interface EngineTranscribeSettingsInput {
  contentIdentificationType?: EngineTranscribeSettings['ContentIdentificationType'] | null;
  contentRedactionType?: EngineTranscribeSettings['ContentRedactionType'] | null;
  enablePartialResultsStabilization?: boolean | null;
  identifyLanguage?: boolean | null;
  languageCode?: TranscribeLanguageCode | null;
  languageModelName?: string | null;
  languageOptions?: TranscribeLanguageCode[] | null;
  partialResultsStability?: EngineTranscribeSettings['PartialResultsStability'] | null;
  piiEntityTypes?: string[] | null;
  preferredLanguage?: TranscribeLanguageCode | null;
  region?: EngineTranscribeSettings['Region'] | null;
  vocabularyFilterMethod?: EngineTranscribeSettings['VocabularyFilterMethod'] | null;
  vocabularyFilterName?: string | null;
  vocabularyFilterNames?: string[] | null;
  vocabularyName?: string | null;
  vocabularyNames?: string[] | null;
}

/** Amazon Transcribe Medical's settings as the graph takes them. */
export interface EngineTranscribeMedicalSettingsInput {
  contentIdentificationType?: EngineTranscribeMedicalSettings['ContentIdentificationType'] | null;
  languageCode: EngineTranscribeMedicalSettings['LanguageCode'];
  region?: EngineTranscribeMedicalSettings['Region'] | null;
  specialty: EngineTranscribeMedicalSettings['Specialty'];
  type: EngineTranscribeMedicalSettings['Type'];
  vocabularyName?: string | null;
}

/** Input of `startMeetingTranscription`. */
export interface StartMeetingTranscriptionInput {
  meetingId: string;
  transcriptionConfiguration: {
    engineTranscribeSettings?: EngineTranscribeSettingsInput | null;
    engineTranscribeMedicalSettings?: EngineTranscribeMedicalSettingsInput | null;
  };
}

/** What a transcription mutation answers: the meeting whose transcription started or stopped. */
export interface MeetingTranscriptionResult {
  meetingId: string;
}

// The reference's rules for EngineTranscribeSettings' strings, applied to the comma-joined
// value the upstream receives; names in the lists are checked one by one first.
const LANGUAGE_MODEL_NAME: TextRule = {
  min: 1,
  max: 200,
  pattern: /^[0-9a-zA-Z._-]+$/,
  patternText: '^[0-9a-zA-Z._-]+',
};
const JOINED_LANGUAGE_OPTIONS: TextRule = { min: 1, max: 200 };
const JOINED_PII_ENTITY_TYPES: TextRule = { min: 1, max: 300 };
const JOINED_NAMES: TextRule = { min: 1, max: 3000 };
/** One vocabulary (filter) name of a list: the reference's `^[a-zA-Z0-9,-._]+` without the comma that joins them. */
const LISTED_NAME: TextRule = { min: 1, pattern: /^[a-zA-Z0-9._-]+$/, patternText: '[a-zA-Z0-9._-]+' };

const joined = (values: readonly string[] | null | undefined) =>
  values == null ? undefined : values.join(',');

/** A comma-joined list, checked item by item and then whole. */
function checkList(
  values: readonly string[] | null | undefined,
  field: string[],
  whole: TextRule,
  item?: TextRule,
): UserErrorModel[] {
  if (values == null) return [];
  if (values.length === 0) return [invalid(field, `${fieldName(field)} must have at least 1 item, got 0`)];
  const items = item
    ? values.flatMap((value, index) => checkText(value, [...field, String(index)], item))
    : [];
  return items.length > 0 ? items : checkText(values.join(','), field, whole);
}

/** The reference's rules on how EngineTranscribeSettings' members go together. */
function checkCombinations(settings: EngineTranscribeSettingsInput, field: string[]): UserErrorModel[] {
  const at = (name: string) => [...field, name];
  const identify = settings.identifyLanguage === true;
  const set = (value: unknown) => value != null;
  const errors: UserErrorModel[] = [];
  const refuse = (name: string, message: string) => errors.push(invalid(at(name), message));
  if (set(settings.contentIdentificationType) && set(settings.contentRedactionType))
    refuse('contentRedactionType', 'contentIdentificationType and contentRedactionType cannot both be set');
  if (identify === set(settings.languageCode))
    refuse(
      'languageCode',
      identify
        ? 'languageCode cannot be set with identifyLanguage: true'
        : 'one of languageCode and identifyLanguage: true must be set',
    );
  if (identify && set(settings.languageModelName))
    refuse('languageModelName', 'languageModelName cannot be combined with identifyLanguage');
  if (identify && set(settings.contentRedactionType))
    refuse('contentRedactionType', 'contentRedactionType cannot be combined with identifyLanguage');
  const options = settings.languageOptions;
  if (options != null) {
    if (!identify) refuse('languageOptions', 'languageOptions needs identifyLanguage: true');
    if (options.length < 2)
      refuse('languageOptions', `languageOptions must name at least 2 languages, got ${options.length}`);
    const languages = options.map((code) => code.split('-')[0]);
    if (new Set(languages).size !== languages.length)
      refuse('languageOptions', 'languageOptions may name one dialect of each language only');
  }
  if (set(settings.preferredLanguage) && !options?.includes(settings.preferredLanguage!))
    refuse('preferredLanguage', 'preferredLanguage must be one of languageOptions');
  if (
    set(settings.piiEntityTypes) &&
    !set(settings.contentIdentificationType) &&
    !set(settings.contentRedactionType)
  )
    refuse('piiEntityTypes', 'piiEntityTypes needs contentIdentificationType or contentRedactionType');
  if (set(settings.partialResultsStability) && settings.enablePartialResultsStabilization !== true)
    refuse(
      'partialResultsStability',
      'partialResultsStability needs enablePartialResultsStabilization: true',
    );
  if (identify && set(settings.vocabularyName))
    refuse('vocabularyName', 'with identifyLanguage, name vocabularies in vocabularyNames');
  if (!identify && set(settings.vocabularyNames))
    refuse('vocabularyNames', 'vocabularyNames needs identifyLanguage: true; name one in vocabularyName');
  if (identify && set(settings.vocabularyFilterName))
    refuse('vocabularyFilterName', 'with identifyLanguage, name vocabulary filters in vocabularyFilterNames');
  if (!identify && set(settings.vocabularyFilterNames))
    refuse(
      'vocabularyFilterNames',
      'vocabularyFilterNames needs identifyLanguage: true; name one in vocabularyFilterName',
    );
  return errors;
}

/** The user errors of Amazon Transcribe's settings: each member's rule, then how they combine. */
function checkTranscribeSettings(settings: EngineTranscribeSettingsInput, field: string[]): UserErrorModel[] {
  const at = (name: string) => [...field, name];
  const members = [
    ...checkText(settings.languageModelName, at('languageModelName'), LANGUAGE_MODEL_NAME),
    ...checkList(settings.languageOptions, at('languageOptions'), JOINED_LANGUAGE_OPTIONS),
    ...checkList(settings.piiEntityTypes, at('piiEntityTypes'), JOINED_PII_ENTITY_TYPES),
    ...checkList(settings.vocabularyNames, at('vocabularyNames'), JOINED_NAMES, LISTED_NAME),
    ...checkList(settings.vocabularyFilterNames, at('vocabularyFilterNames'), JOINED_NAMES, LISTED_NAME),
  ];
  return members.length > 0 ? members : checkCombinations(settings, field);
}

/** The user errors of a TranscriptionConfiguration: exactly one engine, its settings' rules. */
function checkConfiguration(input: StartMeetingTranscriptionInput): UserErrorModel[] {
  const field = ['input', 'transcriptionConfiguration'];
  const { engineTranscribeSettings: transcribe, engineTranscribeMedicalSettings: medical } =
    input.transcriptionConfiguration;
  if ((transcribe == null) === (medical == null))
    return [
      invalid(
        field,
        'transcriptionConfiguration must have exactly one of engineTranscribeSettings and engineTranscribeMedicalSettings',
      ),
    ];
  return transcribe ? checkTranscribeSettings(transcribe, [...field, 'engineTranscribeSettings']) : [];
}

/** Drops the members left out, so that the body carries only what the caller set. */
function present<T extends object>(members: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value != null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

/** The upstream's TranscriptionConfiguration for valid input. */
function toWire({
  transcriptionConfiguration: input,
}: StartMeetingTranscriptionInput): TranscriptionConfiguration {
  const transcribe = input.engineTranscribeSettings;
  const medical = input.engineTranscribeMedicalSettings;
  if (medical)
    return {
      EngineTranscribeMedicalSettings: {
        ...present({
          ContentIdentificationType: medical.contentIdentificationType,
          Region: medical.region,
          VocabularyName: medical.vocabularyName,
        }),
        LanguageCode: medical.languageCode,
        Specialty: medical.specialty,
        Type: medical.type,
      },
    };
  const settings = transcribe ?? {};
  return {
    EngineTranscribeSettings: present({
      ContentIdentificationType: settings.contentIdentificationType,
      ContentRedactionType: settings.contentRedactionType,
      EnablePartialResultsStabilization: settings.enablePartialResultsStabilization,
      IdentifyLanguage: settings.identifyLanguage,
      LanguageCode: settings.languageCode,
      LanguageModelName: settings.languageModelName,
      LanguageOptions: joined(settings.languageOptions),
      PartialResultsStability: settings.partialResultsStability,
      PiiEntityTypes: joined(settings.piiEntityTypes),
      PreferredLanguage: settings.preferredLanguage,
      Region: settings.region,
      VocabularyFilterMethod: settings.vocabularyFilterMethod,
      VocabularyFilterName: settings.vocabularyFilterName,
      VocabularyFilterNames: joined(settings.vocabularyFilterNames),
      VocabularyName: settings.vocabularyName,
      VocabularyNames: joined(settings.vocabularyNames),
    }),
  };
}

const checkMeetingId = (meetingId: string) =>
  checkText(meetingId, ['input', 'meetingId'], PARAMETERS.MeetingId);

/**
 * StartMeetingTranscription: transcribes a meeting with one engine's settings, checked against
 * the reference first. A meeting already being transcribed is refused upstream (a user error).
 */
export function startMeetingTranscription(
  ctx: RequestContext,
  input: StartMeetingTranscriptionInput,
): Promise<MutationResult<MeetingTranscriptionResult>> {
  const { meetingId } = input;
  return validateThenRun<MeetingTranscriptionResult>(
    [...checkMeetingId(meetingId), ...checkConfiguration(input)],
    { meetingId: null },
    async () => {
      await ctx.client.send(StartMeetingTranscription, {
        MeetingId: meetingId,
        TranscriptionConfiguration: toWire(input),
      });
      return { meetingId };
    },
  );
}

/** StopMeetingTranscription. A meeting not being transcribed is refused upstream (a user error). */
export function stopMeetingTranscription(
  ctx: RequestContext,
  input: { meetingId: string },
): Promise<MutationResult<MeetingTranscriptionResult>> {
  const { meetingId } = input;
  return validateThenRun<MeetingTranscriptionResult>(
    checkMeetingId(meetingId),
    { meetingId: null },
    async () => {
      await ctx.client.send(StopMeetingTranscription, { MeetingId: meetingId });
      return { meetingId };
    },
  );
}
