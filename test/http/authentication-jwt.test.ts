import { CreateChannelCommand } from '@aws-sdk/client-chime-sdk-messaging';
import { UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAppInstance,
  identityClient,
  messagingClient,
  type TestAppInstance,
} from '../chime-local/messaging-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, nowSeconds, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

const ISSUER = 'https://login.example.com/';
const AUDIENCE = 'chime-gateway';
const CLAIMS = { ...VIEWER_CLAIMS, iss: ISSUER, aud: AUDIENCE };

/** A query that would call the upstream at once, so a call count of zero proves the refusal came first. */
const ACCOUNTS = '{ accounts(first: 1) { nodes { name } } }';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE },
    graphiql: true,
  });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Expects HTTP 401 with one UNAUTHENTICATED error whose message matches `reason`, and no upstream call. */
async function expectRefused(headers: Record<string, string>, reason: RegExp, document = ACCOUNTS) {
  const { status, headers: answer, body } = await gateway.send(headers, document);
  expect(status).toBe(401);
  expect(answer.get('www-authenticate')).toBe('Bearer realm="chime-graphql-gateway"');
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(body.errors![0]!.message).toMatch(reason);
  expect(body.errors![0]!.message).toMatch(/Authorization header .*\(GraphiQL: Headers tab\)/);
  expect((await gateway.stats()).total).toBe(0);
}

describe('AUTH=jwt with an HS256 secret', () => {
  it('answers a valid token', async () => {
    const { status, body } = await gateway.send(bearer(await mintHs256(CLAIMS)), ACCOUNTS);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { accounts: { nodes: [] } } });
    expect((await gateway.stats()).calls).toEqual({ ListAccounts: 1 });
  });

  it('accepts a token expired or not yet valid by less than the 30 s leeway', async () => {
    for (const claims of [{ exp: nowSeconds() - 10 }, { nbf: nowSeconds() + 10 }]) {
      const { status } = await gateway.send(bearer(await mintHs256({ ...CLAIMS, ...claims })), ACCOUNTS);
      expect(status).toBe(200);
    }
  });

  it('refuses a request without credentials, or with another scheme', async () => {
    await expectRefused({}, /^Not authenticated: the request carries no credentials\./);
    await expectRefused({ authorization: 'Basic YW5uOnNlY3JldA==' }, /must be "Bearer <token>"/);
    await expectRefused({ authorization: 'Bearer' }, /must be "Bearer <token>"/);
  });

  it.each([
    ['expired beyond the leeway', { exp: nowSeconds() - 60 }, /the token has expired/],
    ['not valid yet beyond the leeway', { nbf: nowSeconds() + 120 }, /the token is not valid yet/],
    [
      'from another issuer',
      { iss: 'https://evil.example.com/' },
      /iss is not the issuer this gateway trusts/,
    ],
    ['for another audience', { aud: 'another-app' }, /aud is not this gateway's audience/],
    ['without exp', { exp: undefined }, /the token has no exp claim/],
    ['without sub', { sub: undefined }, /the token's sub claim must be a non-empty string, got nothing/],
    [
      'with an unknown chime_role',
      { chime_role: 'superuser' },
      /the token's chime_role claim must be one of viewer, operator, admin, got "superuser"/,
    ],
    [
      'with chime_accounts that is not a list',
      { chime_accounts: '123' },
      /the token's chime_accounts claim must be a list of Chime account ids, or \["\*"\] for every account, got "123"/,
    ],
    ['with "*" among other accounts', { chime_accounts: ['*', 'a'] }, /chime_accounts claim must be a list/],
    [
      'with a chime_bearer that is not an AppInstanceUser ARN',
      { chime_bearer: 'someone' },
      /the token's chime_bearer claim must be an AppInstanceUser ARN/,
    ],
  ])('refuses a token %s', async (_, claims, reason) => {
    await expectRefused(bearer(await mintHs256({ ...CLAIMS, ...claims })), reason);
  });

  it('refuses a token signed with another secret, or edited after signing', async () => {
    await expectRefused(
      bearer(await mintHs256(CLAIMS, 'another-secret-that-is-long-enough!')),
      /signature does not verify/,
    );
    const [header, , signature] = (await mintHs256(CLAIMS)).split('.');
    const edited = Buffer.from(JSON.stringify({ ...CLAIMS, chime_role: 'admin', exp: nowSeconds() + 60 }));
    await expectRefused(
      bearer(`${header}.${edited.toString('base64url')}.${signature}`),
      /signature does not verify/,
    );
  });

  it('refuses an unsigned token (alg none) and a token that is no JWT', async () => {
    const unsigned = new UnsecuredJWT({ ...CLAIMS, chime_role: 'admin' }).setExpirationTime('5m').encode();
    await expectRefused(bearer(unsigned), /alg "none" is not accepted: this gateway takes HS256/);
    await expectRefused(bearer('not-a-jwt'), /not a well-formed signed JWT/);
  });

  it('refuses introspection without a token, and answers it with one', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    await expectRefused({}, /no credentials/, introspection);
    const { body } = await gateway.send(bearer(await mintHs256(CLAIMS)), introspection);
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves the GraphiQL page without credentials, so a token can be typed into its Headers tab', async () => {
    const page = await gateway.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Chime GraphQL gateway');
    expect((await gateway.fetch('/healthz')).status).toBe(200);
    expect((await gateway.fetch('/readyz')).status).toBe(200);
  });
});

describe('the chime bearer of a token', () => {
  let app: TestAppInstance;
  let secret: string;
  const CHANNEL = `query ($channelArn: String!) { channel(channelArn: $channelArn) { name } }`;
  const readAs = async (claims: Record<string, unknown>, headers: Record<string, string> = {}) =>
    gateway.send({ ...headers, ...bearer(await mintHs256({ ...CLAIMS, ...claims })) }, CHANNEL, {
      channelArn: secret,
    });

  beforeAll(async () => {
    const identity = identityClient(gateway.local);
    const messaging = messagingClient(gateway.local);
    app = await buildAppInstance(identity, 'Bearer Chat', 2);
    // A PRIVATE channel that only its creator, the admin, takes part in.
    ({ ChannelArn: secret } = (await messaging.send(
      new CreateChannelCommand({
        AppInstanceArn: app.appInstanceArn,
        Name: 'Secret',
        Privacy: 'PRIVATE',
        ChimeBearer: app.adminArn,
      }),
    )) as { ChannelArn: string });
    identity.destroy();
    messaging.destroy();
  });

  it('is what messaging calls carry, whatever x-amz-chime-bearer header the client sends', async () => {
    const outsider = await readAs({ chime_bearer: app.userArns[0] }, { 'x-amz-chime-bearer': app.adminArn });
    expect(outsider.body.data).toEqual({ channel: null });
    expect(outsider.body.errors![0]).toMatchObject({
      path: ['channel'],
      extensions: { code: 'FORBIDDEN', upstream: { operation: 'DescribeChannel', status: 403 } },
    });
    expect(outsider.body.errors![0]!.message).toContain(`${app.userArns[0]} is not a member`);

    const member = await readAs({ chime_bearer: app.adminArn }, { 'x-amz-chime-bearer': app.userArns[0]! });
    expect(member.body).toEqual({ data: { channel: { name: 'Secret' } } });
  });

  it('is required: without one, messaging fields are FORBIDDEN before any upstream call', async () => {
    const { status, body } = await readAs({}, { 'x-amz-chime-bearer': app.adminArn });
    expect(status).toBe(200);
    expect(body.data).toEqual({ channel: null });
    expect(body.errors![0]).toMatchObject({ path: ['channel'], extensions: { code: 'FORBIDDEN' } });
    expect(body.errors![0]!.message).toMatch(/identity "ann" has none: give its token a chime_bearer claim/);
    expect((await gateway.stats()).total).toBe(0);
  });
});
