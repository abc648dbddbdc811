import type { Identity } from '../../chime/shapes/channel.ts';

/** Who did something in a channel: an app instance user (or bot), by ARN and name. */
export interface IdentityModel {
  arn: string | null;
  name: string | null;
}

/** Maps an upstream identity; null when the upstream sent none. */
export function toIdentity(identity: Identity | null | undefined): IdentityModel | null {
  return identity ? { arn: identity.Arn ?? null, name: identity.Name ?? null } : null;
}
