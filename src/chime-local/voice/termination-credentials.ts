import { badRequest } from '../errors.ts';
import type { Route } from '../router.ts';
import { requiredArray, requiredObject, requiredString } from '../validate.ts';
import { configurationsOf } from './lookup.ts';

/** RFC 2617 credentials in US-ASCII: printable characters, at least one. */
const US_ASCII = /^[\x20-\x7E]+$/;

/** A password is checked like a username, but no message ever repeats it. */
function password(value: unknown): string {
  if (typeof value !== 'string' || !US_ASCII.test(value))
    throw badRequest('Password is required and must be printable US-ASCII');
  return value;
}

const PATH = '/voice-connectors/{VoiceConnectorId}/termination/credentials';

/** The SIP credentials a voice connector's termination accepts: listed by username, put, deleted. */
export const terminationCredentialRoutes: Route[] = [
  {
    operation: 'ListVoiceConnectorTerminationCredentials',
    method: 'GET',
    path: PATH,
    handle: (request) => {
      const { configurations } = configurationsOf(request);
      return { body: { Usernames: [...(configurations.TerminationCredentials?.keys() ?? [])] } };
    },
  },
  {
    operation: 'PutVoiceConnectorTerminationCredentials',
    method: 'POST',
    path: PATH,
    query: { operation: 'put' },
    handle: (request) => {
      const { configurations } = configurationsOf(request);
      const given = request.body.Credentials;
      const credentials = (
        given === undefined || given === null ? [] : requiredArray(given, 'Credentials')
      ).map((value) => {
        const credential = requiredObject(value, 'Credentials');
        return {
          username: requiredString(credential.Username, 'Username', { pattern: US_ASCII }),
          password: password(credential.Password),
        };
      });
      const stored = configurations.TerminationCredentials ?? new Map<string, string>();
      // A username put again gets the new password.
      for (const { username, password } of credentials) stored.set(username, password);
      configurations.TerminationCredentials = stored;
      return { status: 204 };
    },
  },
  {
    operation: 'DeleteVoiceConnectorTerminationCredentials',
    method: 'POST',
    path: PATH,
    query: { operation: 'delete' },
    handle: (request) => {
      const { configurations } = configurationsOf(request);
      const usernames = requiredArray(request.body.Usernames, 'Usernames').map((value) =>
        requiredString(value, 'Usernames', { pattern: US_ASCII }),
      );
      // Deleting a username that has no credentials leaves nothing to delete, and is no error.
      for (const username of usernames) configurations.TerminationCredentials?.delete(username);
      return { status: 204 };
    },
  },
];
