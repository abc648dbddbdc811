import { describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/chime/credentials.ts';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';

describe('resolveEndpoints', () => {
  it('points aws at the real endpoints: admin global and signed for us-east-1, the rest in the region', () => {
    expect(resolveEndpoints('aws', 'eu-central-1')).toEqual({
      admin: { url: 'https://service.chime.aws.amazon.com', signingRegion: 'us-east-1' },
      voice: { url: 'https://voice-chime.eu-central-1.amazonaws.com', signingRegion: 'eu-central-1' },
      messaging: { url: 'https://messaging-chime.eu-central-1.amazonaws.com', signingRegion: 'eu-central-1' },
      identity: { url: 'https://identity-chime.eu-central-1.amazonaws.com', signingRegion: 'eu-central-1' },
      meetings: { url: 'https://meetings-chime.eu-central-1.amazonaws.com', signingRegion: 'eu-central-1' },
      'media-pipelines': {
        url: 'https://media-pipelines-chime.eu-central-1.amazonaws.com',
        signingRegion: 'eu-central-1',
      },
    });
  });

  it('defaults the region to us-east-1', () => {
    expect(resolveEndpoints('aws').voice).toEqual({
      url: 'https://voice-chime.us-east-1.amazonaws.com',
      signingRegion: 'us-east-1',
    });
  });

  it('sends every group to a URL, signed for the region, without a trailing slash', () => {
    const endpoint = { url: 'http://127.0.0.1:4577', signingRegion: 'us-west-2' };
    expect(resolveEndpoints('http://127.0.0.1:4577/', 'us-west-2')).toEqual({
      admin: endpoint,
      voice: endpoint,
      messaging: endpoint,
      identity: endpoint,
      meetings: endpoint,
      'media-pipelines': endpoint,
    });
  });

  it("keeps a proxy's path prefix", () => {
    expect(resolveEndpoints('https://proxy.example.com/chime/').admin.url).toBe(
      'https://proxy.example.com/chime',
    );
  });

  it('refuses what is neither aws nor an http(s) URL, naming the value', () => {
    expect(() => resolveEndpoints('chime-local')).toThrow(/'aws' or an http\(s\) URL, got "chime-local"/);
    expect(() => resolveEndpoints('ftp://example.com')).toThrow(/http or https, got "ftp:\/\/example.com"/);
    expect(() => resolveEndpoints('http://example.com?x=1')).toThrow(/must not carry a query/);
    expect(() => resolveEndpoints('aws', 'moon')).toThrow(/look like us-east-1, got "moon"/);
  });

  it('never echoes credentials embedded in the URL', () => {
    expect(() => resolveEndpoints('http://key:hunter2@example.com')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('credentialsFor', () => {
  it("signs with chime-local's default pair for a URL when the environment names none", () => {
    expect(credentialsFor('http://127.0.0.1:4577', {})).toEqual({
      accessKeyId: 'test',
      secretAccessKey: 'test',
    });
  });

  it('takes static keys and a session token from the environment for a URL', () => {
    expect(
      credentialsFor('http://127.0.0.1:4577', {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'example-secret',
        AWS_SESSION_TOKEN: 'example-token',
      }),
    ).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'example-secret',
      sessionToken: 'example-token',
    });
  });

  it('uses the default provider chain for aws, resolved lazily', () => {
    expect(typeof credentialsFor('aws', {})).toBe('function');
  });
});
