import { ChimeError } from '../../chime/errors.ts';

export type UserErrorCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

/** A problem with a mutation's input that the caller can fix. */
export interface UserErrorModel {
  /** Path to the input field at fault, e.g. `['input', 'callingName']`. */
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

/** What every mutation answers: its result, or the problems that stopped it. */
export type MutationResult<T> = { [K in keyof T]: T[K] | null } & { userErrors: UserErrorModel[] };

/** An input problem found before any upstream call. */
export const invalid = (field: string[], message: string): UserErrorModel => ({
  field,
  message,
  code: 'INVALID',
});

/**
 * The user error for an upstream refusal the caller can fix: a rule broken (400, 422),
 * a missing resource (404), a conflict with its state (409); undefined for the rest,
 * which stay GraphQL errors.
 */
export function userErrorFromUpstream(
  error: unknown,
  field: string[] | null = null,
): UserErrorModel | undefined {
  // A retired action is nothing the caller can fix: it stays a GraphQL error (UPSTREAM_RETIRED).
  if (!(error instanceof ChimeError) || error.status === undefined || error.retired) return undefined;
  const code: UserErrorCode | undefined =
    error.status === 404
      ? 'NOT_FOUND'
      : error.status === 409
        ? 'CONFLICT'
        : error.status === 400 || error.status === 422
          ? 'INVALID'
          : error.code === 'ForbiddenException'
            ? 'FORBIDDEN'
            : undefined;
  return code && { field, message: error.message, code };
}

/**
 * The user error code for an ErrorCode a batch operation gives one of its items (its
 * UserErrors or PhoneNumberErrors); null for the upstream's own failures.
 */
export function userErrorCodeForItem(errorCode: string | undefined): UserErrorCode | null {
  switch (errorCode) {
    case 'NotFound':
      return 'NOT_FOUND';
    case 'Conflict':
    case 'PreconditionFailed':
    case 'VoiceConnectorGroupAssociationsExist':
    case 'PhoneNumberAssociationsExist':
      return 'CONFLICT';
    case 'BadRequest':
    case 'Unprocessable':
    case 'ResourceLimitExceeded':
      return 'INVALID';
    case 'Forbidden':
    case 'AccessDenied':
    case 'Unauthorized':
      return 'FORBIDDEN';
    default:
      return null;
  }
}

/**
 * Runs a mutation's upstream work: its value on success; a payload with the user error
 * when the upstream refuses for a reason the caller can fix; any other failure throws.
 * `empty` is the payload's value members when nothing changed (each null).
 */
export async function runMutation<T extends object>(
  work: () => Promise<{ [K in keyof T]: T[K] | null }>,
  empty: { [K in keyof T]: null },
  field: string[] | null = null,
): Promise<MutationResult<T>> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    const userError = userErrorFromUpstream(error, field);
    if (!userError) throw error;
    return { ...empty, userErrors: [userError] };
  }
}
