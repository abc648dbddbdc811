import type { AuthFailure } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import { GatewayError } from '../../errors.ts';
import { ALL_ACCOUNTS, type Identity, ROLES, type Role } from '../../identity.ts';

/**
 * The scopes a field's `authScopes` can ask for, each true or false for the request's identity.
 * Reading needs none: every identity is at least a `viewer`.
 */
export interface AccessScopes {
  /** The role is `operator` or `admin`. */
  operator: boolean;
  /** The role is `admin`. */
  admin: boolean;
  /** `chime_accounts` is `["*"]`: every account, and the resources outside any account. */
  allAccounts: boolean;
}

/** Writes to what lives inside accounts: users and their settings, account settings, the accounts' phone numbers. */
export const writeInAccounts = { operator: true } as const;

/** Messaging writes, made as the caller's own bearer. */
export const writeMessaging = { operator: true } as const;

/** Writes to accounts themselves. */
export const writeAccounts = { admin: true } as const;

/** Reads of the resources outside any account (voice connectors, orders, global settings, app instances, meetings…). */
export const outsideAccounts = { allAccounts: true } as const;

/** Writes to the resources outside any account, and creating accounts. */
export const writeOutsideAccounts = { admin: true, allAccounts: true } as const;

/**
 * The Node types that live outside any account: `node(id:)` and `nodes(ids:)` answer them only to an
 * identity that reaches every account, as their root fields do; to any other they are absent.
 */
export const NODE_TYPES_OUTSIDE_ACCOUNTS: ReadonlySet<string> = new Set([
  'VoiceConnector',
  'VoiceConnectorGroup',
  'ProxySession',
  'SipMediaApplication',
  'SipRule',
  'PhoneNumberOrder',
  'AppInstance',
  'AppInstanceUser',
  'Meeting',
  'Attendee',
  'MediaCapturePipeline',
]);

/** What the identity may do, as the scope-auth plugin asks it once per request. */
export function accessScopes({ role, accounts }: Identity): AccessScopes {
  return {
    operator: roleAtLeast(role, 'operator'),
    admin: roleAtLeast(role, 'admin'),
    allAccounts: accounts.includes(ALL_ACCOUNTS),
  };
}

const roleAtLeast = (role: Role, least: Role) => ROLES.indexOf(role) >= ROLES.indexOf(least);

const NEEDS: Record<keyof AccessScopes, string> = {
  operator: 'role operator or admin',
  admin: 'role admin',
  allAccounts: 'chime_accounts ["*"] (it reaches resources outside any account)',
};

/**
 * The `FORBIDDEN` error of a field the identity may not run: it names the field, what it needs that
 * the identity lacks, and the identity's role and reach (never its account ids).
 */
export function refusal(identity: Identity, info: GraphQLResolveInfo, failure: AuthFailure): GatewayError {
  const needs = [...new Set(failedScopes(failure))].map(
    (scope) => NEEDS[scope as keyof AccessScopes] ?? scope,
  );
  const { sub, role, accounts } = identity;
  const reach = accounts.includes(ALL_ACCOUNTS)
    ? 'every account'
    : `${accounts.length} account${accounts.length === 1 ? '' : 's'}`;
  return new GatewayError(
    'FORBIDDEN',
    `${info.parentType.name}.${info.fieldName} needs ${needs.join(' and ')}; identity ${JSON.stringify(sub)} is ${role === 'admin' || role === 'operator' ? 'an' : 'a'} ${role} of ${reach}`,
  );
}

/** The scopes that did not hold, however the failure nests them. */
function failedScopes(failure: AuthFailure): string[] {
  if ('failures' in failure) return failure.failures.flatMap(failedScopes);
  if ('scope' in failure) return [failure.scope];
  return [];
}
