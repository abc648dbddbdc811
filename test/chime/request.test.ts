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

  it.each([
    ['an empty', '', 'UserId is needed in the path, got ""'],
    ['a "." ', '.', 'UserId must not be "." or ".."'],
    ['a ".."', '..', 'UserId must not be "." or ".."'],
    ['a blank', '  ', 'UserId must match the pattern .*\\S.*'],
    [
      'a two-line',
      'x\r\ny',
      'UserId must match the pattern .*\\S.* (at least one character that is not white space), got "x\\r\\ny"',
    ],
  ])(
    'refuses %s path label as BAD_USER_INPUT that names the operation and the member',
    (_, userId, message) => {
      const build = () => buildRequest(UpdateUser, { AccountId: 'acc-1', UserId: userId }, local);
      expect(build).toThrow(GatewayError);
      expect(build).toThrow(`UpdateUser was not sent: ${message}`);
      try {
        build();
      } catch (error) {
        expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
      }
    },
  );

  it('percent-encodes what URLs give meaning to, so a label stays one segment of this path', () => {
    const request = buildRequest(UpdateUser, { AccountId: '%2F/?#', UserId: 'a/../b' }, local);
    expect(request.path).toBe('/accounts/%252F%2F%3F%23/users/a%2F..%2Fb');
    expect(new URL(urlOf(request)).pathname).toBe(request.path);
  });

  it('refuses a query member that breaks its rule and a page size above the cap', () => {
    expect(() => buildRequest(ListUsers, { AccountId: 'acc-1', UserEmail: 'not an email' }, local)).toThrow(
      'ListUsers was not sent: UserEmail must match the pattern .+@.+\\..+',
    );
    expect(() => buildRequest(ListUsers, { AccountId: 'acc-1', MaxResults: 1000 }, local)).toThrow(
      'ListUsers was not sent: MaxResults must be from 1 to 200, got 1000',
    );
  });

  it('shortens a long value in the message and escapes what would break the line', () => {
    const build = () =>
      buildRequest(
        ListChannelMessages,
        { ChannelArn: `\u2028${'x'.repeat(2000)}`, ChimeBearer: bearer },
        local,
      );
    expect(build).toThrow(/ChannelArn must be at most 1600 characters long, got 2001$/);
    expect(() =>
      buildRequest(
        ListChannelMessages,
        { ChannelArn: `arn:\u202e${'x'.repeat(60)}`, ChimeBearer: bearer },
        local,
      ),
    ).toThrow(`got "arn:\\u{202e}${'x'.repeat(35)}"… (65 characters)`);
  });
});
