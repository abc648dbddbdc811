/** What a caller may do: `viewer` reads, `operator` also writes inside its accounts, `admin` writes everything. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** The `accounts` entry of an identity that may reach every account and the resources outside them. */
export const ALL_ACCOUNTS = '*';

/** An AppInstanceUser ARN: what a messaging call carries as `x-amz-chime-bearer`. */
export const APP_INSTANCE_USER_ARN = /^arn:[a-z-]+:chime:[^:]*:\d{12}:app-instance\/.+\/user\/.+$/;

/** Who a request acts as: from a verified token's claims, an API key's entry, or `local` when AUTH=none. */
export interface Identity {
  /** The token's `sub`, or the API key's name; `local` when AUTH=none. */
  readonly sub: string;
  /** `chime_role`. */
  readonly role: Role;
  /** `chime_accounts`: the Chime account ids in scope, or `["*"]` for all of them. */
  readonly accounts: readonly string[];
  /** `chime_bearer`: the AppInstanceUser messaging calls act as; none means no messaging. */
  readonly bearer?: string | undefined;
}

/** The identity of every request when AUTH=none: an admin of everything, with the configured bearer. */
export function localIdentity(bearer: string | undefined): Identity {
  return { sub: 'local', role: 'admin', accounts: [ALL_ACCOUNTS], bearer };
}

/** The untrusted values an identity is built from, and the names the caller knows them by. */
export interface IdentityFields {
  sub: unknown;
  role: unknown;
  accounts: unknown;
  bearer: unknown;
}

/** Thrown by {@link identityOf} when a value has the wrong shape; the message names it. */
export class IdentityShapeError extends Error {
  override name = 'IdentityShapeError';
}

const MAX_TEXT = 1024;

/**
 * Checks the shape of each value and builds the identity; `nameOf` says how the source calls each
 * field (`chime_role` in a token, `role` in an API key entry), so a refusal names what to fix.
 */
export function identityOf(
  fields: IdentityFields,
  nameOf: (field: keyof IdentityFields) => string,
): Identity {
  const { sub, role, accounts, bearer } = fields;
  const got = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_TEXT)
    throw new IdentityShapeError(`${nameOf('sub')} must be a non-empty string, got ${got(sub)}`);
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    throw new IdentityShapeError(`${nameOf('role')} must be one of ${ROLES.join(', ')}, got ${got(role)}`);
  if (
    !Array.isArray(accounts) ||
    !accounts.every((id) => typeof id === 'string' && /\S/.test(id) && id.length <= MAX_TEXT) ||
    (accounts.includes(ALL_ACCOUNTS) && accounts.length > 1)
  )
    throw new IdentityShapeError(
      `${nameOf('accounts')} must be a list of Chime account ids, or ["*"] for every account, got ${got(accounts)}`,
    );
  if (bearer !== undefined && (typeof bearer !== 'string' || !APP_INSTANCE_USER_ARN.test(bearer)))
    throw new IdentityShapeError(
      `${nameOf('bearer')} must be an AppInstanceUser ARN (arn:aws:chime:REGION:ACCOUNT:app-instance/ID/user/ID), got ${got(bearer)}`,
    );
  return { sub, role: role as Role, accounts: [...(accounts as string[])], bearer };
}
