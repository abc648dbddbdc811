import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { ServiceError } from './errors.ts';

/** An access key pair chime-local accepts. */
export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const incompleteSignature = (message: string) =>
  new ServiceError(403, 'IncompleteSignatureException', message);

const signers = new Map<string, SignatureV4>();

/** One signer per key, region and service: each caches the signing keys it derives. */
function signerFor(
  accessKeyId: string,
  secretAccessKey: string,
  region: string,
  service: string,
): SignatureV4 {
  const id = JSON.stringify([accessKeyId, secretAccessKey, region, service]);
  let signer = signers.get(id);
  if (!signer) {
    signer = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey },
      region,
      service,
      sha256: Hash.bind(null, 'sha256'),
    });
    signers.set(id, signer);
  }
  return signer;
}

/**
 * Verifies a request's SigV4 signature by signing the same canonical request with the
 * secret of the key it names, exactly as the AWS SDKs sign it, and comparing.
 */
export async function verifySignature(
  request: {
    method: string;
    rawPath: string;
    query: URLSearchParams;
    headers: IncomingHttpHeaders;
    body: string;
  },
  keys: ReadonlyMap<string, string>,
): Promise<string> {
  const authorization = request.headers.authorization;
  if (!authorization)
    throw new ServiceError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const parsed = AUTHORIZATION.exec(authorization);
  if (!parsed)
    throw incompleteSignature('Authorization header is not a well-formed AWS4-HMAC-SHA256 signature');
  const [, accessKeyId = '', , region = '', service = '', signedHeaderList = '', signature = ''] = parsed;
  const secretAccessKey = keys.get(accessKeyId);
  if (secretAccessKey === undefined)
    throw new ServiceError(
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  const amzDate = request.headers['x-amz-date'];
  if (typeof amzDate !== 'string' || !/^\d{8}T\d{6}Z$/.test(amzDate))
    throw incompleteSignature('X-Amz-Date header is missing or malformed');

  const signedHeaders = signedHeaderList.split(';');
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) throw incompleteSignature(`Signed header ${name} is missing from the request`);
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(request.query.keys())) {
    const values = request.query.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  const signer = signerFor(accessKeyId, secretAccessKey, region, service);
  const signingDate = new Date(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, path: request.rawPath, query, headers, body: request.body }),
    { signingDate, signableHeaders: new Set(signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature)))
    throw new ServiceError(
      403,
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided.',
    );
  return accessKeyId;
}
