import { request as httpRequest } from 'node:http';
import {
  BadRequestException,
  ChimeSDKMeetingsClient,
  CreateMeetingCommand,
  type Meeting,
} from '@aws-sdk/client-chime-sdk-meetings';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { rejection } from './voice-helpers.ts';

/** A Chime SDK Meetings client pointed at a chime-local; one attempt, so errors surface at once. */
export function meetingsClient(local: ChimeLocal): ChimeSDKMeetingsClient {
  return new ChimeSDKMeetingsClient({
    endpoint: local.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** The chime-local a test file runs against and its meetings client; set once `beforeAll` has run. */
export interface MeetingsLocal {
  local: ChimeLocal;
  meetings: ChimeSDKMeetingsClient;
}

/** Starts a chime-local without seed data and a meetings client before the file's tests; closes both after. */
export function useMeetingsLocal(): MeetingsLocal {
  const fixture = {} as MeetingsLocal;
  beforeAll(async () => {
    fixture.local = await startChimeLocal({ port: 0, seed: 'none' });
    fixture.meetings = meetingsClient(fixture.local);
  });
  afterAll(async () => {
    fixture.meetings.destroy();
    await fixture.local.close();
  });
  return fixture;
}

/** Asserts that a call fails with 400 BadRequestException whose message names `parameter`. */
export async function expectBadRequest(promise: Promise<unknown>, parameter: string): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(BadRequestException);
  expect(error.message).toContain(parameter);
}

let tokens = 0;

/** A new meeting (a fresh ClientRequestToken each time). */
export async function newMeeting(
  client: ChimeSDKMeetingsClient,
  externalMeetingId = 'standup',
): Promise<Meeting> {
  tokens += 1;
  const { Meeting: meeting } = await client.send(
    new CreateMeetingCommand({
      ClientRequestToken: `token-${tokens}-${Date.now()}`,
      MediaRegion: 'eu-west-1',
      ExternalMeetingId: externalMeetingId,
    }),
  );
  return meeting as Meeting;
}

const signer = new SignatureV4({
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  region: 'us-east-1',
  service: 'chime',
  sha256: Hash.bind(null, 'sha256'),
});

/** What a signed HTTP request got back. */
export interface RawAnswer {
  status: number;
  errorType: string | undefined;
  body: any;
}

/**
 * Sends a request signed as the SDKs sign it, for the actions no SDK client has any more: the
 * wire format the API reference prints (path, query names, JSON body).
 */
export async function signedRequest(
  local: ChimeLocal,
  method: string,
  path: string,
  body = '',
): Promise<RawAnswer> {
  const url = new URL(path, local.url);
  const unsigned = new HttpRequest({
    method,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, 'content-type': 'application/json' },
    body,
  });
  const { headers } = await signer.sign(unsigned);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            errorType: res.headers['x-amzn-errortype'] as string | undefined,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
