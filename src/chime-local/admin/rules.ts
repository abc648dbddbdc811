import { optionalEnum, optionalString, requiredString, type StringRule } from '../validate.ts';
import type { License, UserType } from './state.ts';

/**
 * The reference's `.*\S.*`, matched against the whole value as the service does
 * (ids, names: anything with one non-blank character).
 */
export const NON_BLANK = /^.*\S.*$/;

/**
 * Email addresses. The reference prints this pattern garbled in several places
 * (`.+@.\.+`, `.+@\.\.\.`, `.*+@.*+\..*`); `.+@.+\..+` is its intact form (Invite's
 * EmailAddress), and the only one that accepts real addresses.
 */
export const EMAIL = /^.+@.+\..+$/;

/** CreateUser's Email is printed intact, and looser: `.*@.*\..*`. */
export const CREATE_USER_EMAIL = /^.*@.*\..*$/;

/** Account names: 1–100 characters, not blank. */
export const ACCOUNT_NAME: StringRule = { pattern: NON_BLANK, min: 1, max: 100 };

export const LICENSES: readonly License[] = ['Basic', 'Plus', 'Pro', 'ProTrial'];
export const USER_TYPES: readonly UserType[] = ['PrivateUser', 'SharedDevice'];

/** The `{AccountId}` path label. */
export const accountIdLabel = (params: Record<string, string>): string =>
  requiredString(params.AccountId, 'AccountId', { pattern: NON_BLANK });

/** The `{UserId}` path label. */
export const userIdLabel = (params: Record<string, string>): string =>
  requiredString(params.UserId, 'UserId', { pattern: NON_BLANK });

/** An optional `LicenseType`/`DefaultLicense` member. */
export const optionalLicense = (value: unknown, name: string): License | undefined =>
  optionalEnum(value, name, LICENSES);

/** An optional `UserType` member or `user-type` query value. */
export const optionalUserType = (value: unknown, name = 'UserType'): UserType | undefined =>
  optionalEnum(value, name, USER_TYPES);

/** An optional email filter (`user-email` query value). */
export const optionalEmailFilter = (value: string | null): string | undefined =>
  optionalString(value, 'UserEmail', { pattern: EMAIL });

/** Emails are compared without regard to case, as mail systems do. */
export const sameEmail = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();
