import {
  ChimeSDKIdentityClient,
  CreateAppInstanceAdminCommand,
  CreateAppInstanceCommand,
  CreateAppInstanceUserCommand,
} from '@aws-sdk/client-chime-sdk-identity';
import { ChimeSDKMessagingClient } from '@aws-sdk/client-chime-sdk-messaging';
import { afterAll, beforeAll } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';

const clientConfig = (local: ChimeLocal) => ({
  endpoint: local.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});

/** A Chime SDK Identity client pointed at a chime-local. */
export function identityClient(local: ChimeLocal): ChimeSDKIdentityClient {
  return new ChimeSDKIdentityClient(clientConfig(local));
}

/** A Chime SDK Messaging client pointed at a chime-local. */
export function messagingClient(local: ChimeLocal): ChimeSDKMessagingClient {
  return new ChimeSDKMessagingClient(clientConfig(local));
}

/** The clients of a chime-local a test file runs against; set once the file's first `beforeAll` has run. */
export interface MessagingLocal {
  identity: ChimeSDKIdentityClient;
  messaging: ChimeSDKMessagingClient;
}

/**
 * Starts a chime-local (`seed`: none unless told) with identity and messaging clients before the
 * calling file's tests, and closes them after. Register it before the file's other hooks, which may use it.
 */
export function useMessagingLocal(seed: 'none' | 'demo' = 'none'): MessagingLocal {
  let local: ChimeLocal;
  const fixture = {} as MessagingLocal;
  beforeAll(async () => {
    local = await startChimeLocal({ port: 0, seed });
    fixture.identity = identityClient(local);
    fixture.messaging = messagingClient(local);
  });
  afterAll(async () => {
    fixture.identity.destroy();
    fixture.messaging.destroy();
    await local.close();
  });
  return fixture;
}

/** An AppInstance built through the identity API, with an admin and plain users. */
export interface TestAppInstance {
  appInstanceArn: string;
  /** An AppInstanceAdmin. */
  adminArn: string;
  /** Plain users, in creation order. */
  userArns: string[];
}

/** Creates an AppInstance named `name` with an admin and `userCount` plain users. */
export async function buildAppInstance(
  identity: ChimeSDKIdentityClient,
  name: string,
  userCount: number,
): Promise<TestAppInstance> {
  const { AppInstanceArn: appInstanceArn } = await identity.send(
    new CreateAppInstanceCommand({ Name: name }),
  );
  if (!appInstanceArn) throw new Error('CreateAppInstance answered no AppInstanceArn');
  const createUser = async (userId: string, userName: string) => {
    const { AppInstanceUserArn } = await identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn: appInstanceArn,
        AppInstanceUserId: userId,
        Name: userName,
      }),
    );
    if (!AppInstanceUserArn) throw new Error('CreateAppInstanceUser answered no AppInstanceUserArn');
    return AppInstanceUserArn;
  };
  const adminArn = await createUser('admin', 'Admin');
  await identity.send(
    new CreateAppInstanceAdminCommand({ AppInstanceArn: appInstanceArn, AppInstanceAdminArn: adminArn }),
  );
  const userArns: string[] = [];
  for (let index = 1; index <= userCount; index += 1)
    userArns.push(await createUser(`user-${String(index).padStart(2, '0')}`, `User ${index}`));
  return { appInstanceArn, adminArn, userArns };
}
