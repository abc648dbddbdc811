/**
 * Errors the gateway raises itself, below the schema layer, each with the code that
 * clients see in `extensions.code`. The schema layer turns them into GraphQL errors.
 */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'THROTTLED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_RETIRED'
  | 'INTERNAL';

/** An error meant for the client: its message is safe to show as it is. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** The client sent something the gateway cannot use (a bad cursor, `first` out of range). */
export const badUserInput = (message: string) => new GatewayError('BAD_USER_INPUT', message);
