import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { VIEWER_CLAIMS } from '../support/tokens.ts';

const ACCOUNTS = '{ accounts(first: 1) { nodes { name } } }';

/** An identity provider's signing key: its private half signs, its public JWK is published. */
interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const sign = (key: SigningKey, claims: Record<string, unknown> = VIEWER_CLAIMS) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setExpirationTime('5m')
    .sign(key.privateKey);

/** A JWKS endpoint on port 0 that publishes `published` and counts how often it is fetched. */
let jwksServer: Server;
let published: SigningKey[] = [];
let fetches = 0;
let gateway: TestGateway;
let first: SigningKey;
let second: SigningKey;

beforeAll(async () => {
  [first, second] = await Promise.all([signingKey('key-1', 'RS256'), signingKey('key-2', 'ES256')]);
  jwksServer = createServer((_, response) => {
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: published.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  gateway = await startTestGateway({
    // No cooldown, so that this test sees a rotation at once rather than 30 s later.
    auth: { methods: ['jwt'], jwksUrl: `http://127.0.0.1:${port}/jwks.json`, jwksCooldownMs: 0 },
  });
});
afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => jwksServer.close(resolve));
});
beforeEach(() => gateway.resetStats());

const withToken = (token: string) => gateway.send({ authorization: `Bearer ${token}` }, ACCOUNTS);

async function expectRefused(token: string, reason: RegExp) {
  const { status, body } = await withToken(token);
  expect(status).toBe(401);
  expect(body.errors).toEqual([
    { message: expect.stringMatching(reason), extensions: { code: 'UNAUTHENTICATED' } },
  ]);
  expect((await gateway.stats()).total).toBe(0);
}

describe('AUTH=jwt with a JWKS URL', () => {
  it('verifies RS256 tokens with the published key, fetched once and then cached', async () => {
    published = [first];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { status, body } = await withToken(await sign(first));
      expect(status).toBe(200);
      expect(body).toEqual({ data: { accounts: { nodes: [] } } });
    }
    expect(fetches).toBe(1);
  });

  it('follows a key rotation: a token with a new kid makes it fetch the keys again', async () => {
    published = [second];
    const { status } = await withToken(await sign(second));
    expect(status).toBe(200);
    expect(fetches).toBe(2);
    // The retired key is gone from the set: its tokens no longer verify.
    await gateway.resetStats();
    await expectRefused(await sign(first), /no key of the identity provider matches the token's kid/);
  });

  it('refuses an HS256 token made with the public key as its secret (algorithm confusion)', async () => {
    published = [first];
    const secret = new TextEncoder().encode(await exportSPKI(first.publicKey));
    const confused = await new SignJWT({ ...VIEWER_CLAIMS, chime_role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: first.kid })
      .setExpirationTime('5m')
      .sign(secret);
    await expectRefused(confused, /alg "HS256" is not accepted: this gateway takes RS256, ES256/);
  });

  it('refuses a token signed by a key the provider never published', async () => {
    const stranger = await signingKey(first.kid, 'RS256');
    await expectRefused(await sign(stranger), /signature does not verify/);
  });

  it('answers 503 UPSTREAM_UNAVAILABLE, naming no host, when the keys cannot be fetched', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const { port } = down.address() as AddressInfo;
    await new Promise((resolve) => down.close(resolve));
    const unreachable = await startTestGateway({
      auth: { methods: ['jwt'], jwksUrl: `http://127.0.0.1:${port}/jwks.json` },
    });
    try {
      const response = await unreachable.send({ authorization: `Bearer ${await sign(first)}` }, ACCOUNTS);
      expect(response.status).toBe(503);
      expect(response.body.errors).toEqual([
        {
          message: "the identity provider's keys (AUTH_JWKS_URL) could not be fetched; try again later",
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ]);
      expect((await unreachable.stats()).total).toBe(0);
    } finally {
      await unreachable.close();
    }
  });
});
