import {
  BadRequestException,
  type ChimeSDKIdentityClient,
  CreateAppInstanceCommand,
  CreateAppInstanceUserCommand,
} from '@aws-sdk/client-chime-sdk-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { rejection } from './admin-helpers.ts';
import { identityClient } from './messaging-helpers.ts';

let local: ChimeLocal;
let identity: ChimeSDKIdentityClient;

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'none' });
  identity = identityClient(local);
});
afterAll(async () => {
  identity.destroy();
  await local.close();
});

describe('tags of app instances and their users (Chime SDK Identity client)', () => {
  it('keeps the tags an app instance and a user are created with', async () => {
    const Tags = [
      { Key: 'team', Value: 'support' },
      { Key: 'cost-centre', Value: '42' },
    ];
    const { AppInstanceArn } = await identity.send(new CreateAppInstanceCommand({ Name: 'Tagged', Tags }));
    expect(local.store.messaging.tags.get(AppInstanceArn!)).toEqual(Tags);
    const { AppInstanceUserArn } = await identity.send(
      new CreateAppInstanceUserCommand({
        AppInstanceArn,
        AppInstanceUserId: 'tagged-user',
        Name: 'Tagged user',
        Tags: [{ Key: 'role', Value: 'agent' }],
      }),
    );
    expect(local.store.messaging.tags.get(AppInstanceUserArn!)).toEqual([{ Key: 'role', Value: 'agent' }]);
  });

  it('refuses tag lists and tags the reference rules out with 400', async () => {
    const tooMany = Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: 'v' }));
    for (const Tags of [
      [],
      tooMany,
      [{ Key: '', Value: 'v' }],
      [{ Key: 'k'.repeat(129), Value: 'v' }],
      [{ Key: 'k', Value: 'v'.repeat(257) }],
      [
        { Key: 'same', Value: 'a' },
        { Key: 'same', Value: 'b' },
      ],
    ]) {
      const error = await rejection(identity.send(new CreateAppInstanceCommand({ Name: 'Refused', Tags })));
      expect([Tags.length, error]).toEqual([Tags.length, expect.any(BadRequestException)]);
    }
  });
});
