import { describe, expect, it } from 'vitest';
import { DeleteChannelMembership } from '../../src/chime/operations/channel-memberships.ts';
import { ListChannelMessages } from '../../src/chime/operations/channel-messages.ts';
import { UpdateChannel } from '../../src/chime/operations/channels.ts';
import { ListUsers, ResetPersonalPIN, UpdateUser } from '../../src/chime/operations/users.ts';
import { buildRequest, urlOf } from '../../src/chime/request.ts';
import { GatewayError } from '../../src/errors.ts';

const local = { url: 'http://127.0.0.1:4577', signingRegion: 'us-east-1' };
const channelArn = 'arn:aws:chime:us-east-1:111122223333:app-instance/abc/channel/general';
const bearer = 'arn:aws:chime:us-east-1:111122223333:app-instance/abc/user/alice';

describe('buildRequest', () => {
  it('URI-encodes labels, so an ARN stays one path segment', () => {
    const request = buildRequest(ListChannelMessages, { ChannelArn: channelArn, ChimeBearer: bearer }, local);
    expect(request.path).toBe(
      '/channels/arn%3Aaws%3Achime%3Aus-east-1%3A111122223333%3Aapp-instance%2Fabc%2Fchannel%2Fgeneral/messages',
    );
    expect(request.headers['x-amz-chime-bearer']).toBe(bearer);
    expect(request.headers.host).toBe('127.0.0.1:4577');
    expect(request.body).toBeUndefined();
  });

  it('puts query members under their wire names and leaves out undefined ones', () => {
    const request = buildRequest(
      ListUsers,
      { AccountId: 'acc-1', MaxResults: 200, NextToken: undefined, UserEmail: 'a+b@example.com' },
      local,
    );
    expect(request.method).toBe('GET');
    expect(request.query).toEqual({ 'max-results': '200', 'user-email': 'a+b@example.com' });
    expect(urlOf(request)).toBe(
      'http://127.0.0.1:4577/accounts/acc-1/users?max-results=200&user-email=a%2Bb%40example.com',
    );
    expect(request.body).toBeUndefined();
  });

  it('sends the unbound members, and only those, as a JSON body', () => {
    const request = buildRequest(
      UpdateChannel,
      {
        ChannelArn: channelArn,
        ChimeBearer: bearer,
        Name: 'renamed',
        Mode: 'RESTRICTED',
        Metadata: undefined,
      },
      local,
    );
    expect(request.method).toBe('PUT');
    expect(JSON.parse(request.body as string)).toEqual({ Name: 'renamed', Mode: 'RESTRICTED' });
    expect(request.headers['content-type']).toBe('application/json');
  });

  it('keeps the fixed query that selects the operation, and sends no body when no member remains', () => {
    const request = buildRequest(ResetPersonalPIN, { AccountId: 'acc-1', UserId: 'user-1' }, local);
    expect(urlOf(request)).toBe(
      'http://127.0.0.1:4577/accounts/acc-1/users/user-1?operation=reset-personal-pin',
    );
    expect(request.body).toBeUndefined();
    expect(request.headers['content-type']).toBeUndefined();
  });

  it('never sends a body with DELETE', () => {
    const request = buildRequest(
      DeleteChannelMembership,
      { ChannelArn: channelArn, MemberArn: bearer, ChimeBearer: bearer },
      local,
    );
    expect(request.method).toBe('DELETE');
    expect(request.body).toBeUndefined();
  });

  it("prefixes a proxy's base path", () => {
    const request = buildRequest(
      UpdateUser,
      { AccountId: 'a', UserId: 'u', LicenseType: 'Pro' },
      {
        url: 'https://proxy.example.com/chime',
        signingRegion: 'us-east-1',
      },
    );
    expect(urlOf(request)).toBe('https://proxy.example.com/chime/accounts/a/users/u');
  });

  it('refuses an empty path label as bad input that names it, not as an upstream error', () => {
    const build = () => buildRequest(UpdateUser, { AccountId: 'acc-1', UserId: '' }, local);
    expect(build).toThrow(GatewayError);
    expect(build).toThrow('UserId must not be empty, got ""');
  });
});
