import { GetPhoneNumberSettingsCommand } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof adminSdk>;

beforeAll(async () => {
  gateway = await startTestGateway({
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    gateway: { cache: { ttlSeconds: 60, store: memoryCacheStore() } },
  });
  sdk = adminSdk(gateway);
});
afterAll(async () => {
  sdk.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** Sends `document` as an identity of `role` over `accounts` (every account unless told). */
async function as(role: string, document: string, variables?: Record<string, unknown>, accounts = ['*']) {
  const token = await mintHs256({ sub: `${role}-user`, chime_role: role, chime_accounts: accounts });
  return (await gateway.send({ authorization: `Bearer ${token}` }, document, variables)).body;
}

const READ = '{ phoneNumberSettings { callingName callingNameUpdatedTimestamp } }';
const UPDATE = `mutation ($callingName: String!) {
  updatePhoneNumberSettings(input: { callingName: $callingName }) {
    phoneNumberSettings { callingName callingNameUpdatedTimestamp }
    userErrors { field code message }
  }
}`;

describe('phone number settings', () => {
  it('reads the calling name, sets it, and every later read sees the new one', async () => {
    const before = await as('viewer', READ);
    expect(before).toEqual({
      data: { phoneNumberSettings: { callingName: null, callingNameUpdatedTimestamp: null } },
    });
    expect((await gateway.stats()).calls).toEqual({ GetPhoneNumberSettings: 1 });

    await gateway.resetStats();
    const updated = await as('admin', UPDATE, { callingName: 'Front Desk' });
    expect(updated.errors).toBeUndefined();
    // The upstream answers 204: the settings are read back.
    expect((await gateway.stats()).calls).toEqual({
      UpdatePhoneNumberSettings: 1,
      GetPhoneNumberSettings: 1,
    });
    const upstream = await sdk.send(new GetPhoneNumberSettingsCommand({}));
    expect(upstream.CallingName).toBe('Front Desk');
    expect(updated.data!.updatePhoneNumberSettings).toEqual({
      phoneNumberSettings: {
        callingName: 'Front Desk',
        callingNameUpdatedTimestamp: upstream.CallingNameUpdatedTimestamp!.toISOString(),
      },
      userErrors: [],
    });

    // The shared cache held the old settings; the next read gets the new ones, read back by the update.
    await gateway.resetStats();
    const after = await as('viewer', READ);
    expect(after.data!.phoneNumberSettings.callingName).toBe('Front Desk');
    expect((await gateway.stats()).total).toBe(0);
  });

  it('refuses a calling name that breaks the rule before any upstream call', async () => {
    for (const callingName of ['x', 'No_Underscores', 'Sixteen chars ok']) {
      const result = await as('admin', UPDATE, { callingName });
      expect(result.data!.updatePhoneNumberSettings).toEqual({
        phoneNumberSettings: null,
        userErrors: [
          {
            field: ['input', 'callingName'],
            code: 'INVALID',
            message: expect.stringContaining('callingName must match the pattern'),
          },
        ],
      });
    }
    expect((await gateway.stats()).total).toBe(0);
  });

  it('lets only an admin of every account change them, and only such an identity read them', async () => {
    for (const [role, accounts] of [
      ['operator', ['*']],
      ['admin', ['some-account']],
    ] as const) {
      const refused = await as(role, UPDATE, { callingName: 'Nope' }, [...accounts]);
      expect(refused.errors![0]).toMatchObject({
        path: ['updatePhoneNumberSettings'],
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const scopedRead = await as('viewer', READ, {}, ['some-account']);
    expect(scopedRead.errors![0]).toMatchObject({
      path: ['phoneNumberSettings'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});
