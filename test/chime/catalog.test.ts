import * as chime from '@aws-sdk/client-chime';
import * as identity from '@aws-sdk/client-chime-sdk-identity';
import * as mediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as meetings from '@aws-sdk/client-chime-sdk-meetings';
import * as messaging from '@aws-sdk/client-chime-sdk-messaging';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { NormalizedSchema } from '@smithy/core/schema';
import { describe, expect, it } from 'vitest';
import type { Operation, ServiceGroup } from '../../src/chime/operation.ts';
import * as catalog from '../../src/chime/operations/index.ts';
import { REFERENCE_ACTIONS } from './reference-actions.ts';

/** The official SDK client that speaks each service group, whose schemas hold the http bindings. */
const sdkByGroup: Record<ServiceGroup, Record<string, unknown>> = {
  admin: chime,
  voice,
  messaging,
  identity,
  meetings,
  'media-pipelines': mediaPipelines,
};

/** What the gateway calls, by group. */
const expectedNames: Record<ServiceGroup, string[]> = {
  admin: [
    'CreateAccount',
    'GetAccount',
    'ListAccounts',
    'UpdateAccount',
    'DeleteAccount',
    'GetAccountSettings',
    'UpdateAccountSettings',
    'GetRetentionSettings',
    'PutRetentionSettings',
    'CreateUser',
    'GetUser',
    'ListUsers',
    'UpdateUser',
    'BatchUpdateUser',
    'GetUserSettings',
    'UpdateUserSettings',
    'InviteUsers',
    'BatchSuspendUser',
    'BatchUnsuspendUser',
    'ResetPersonalPIN',
    'LogoutUser',
    'AssociatePhoneNumberWithUser',
    'DisassociatePhoneNumberFromUser',
    'GetGlobalSettings',
    'UpdateGlobalSettings',
    'AssociateSigninDelegateGroupsWithAccount',
    'DisassociateSigninDelegateGroupsFromAccount',
    'CreateRoom',
    'GetRoom',
    'ListRooms',
    'UpdateRoom',
    'DeleteRoom',
    'CreateRoomMembership',
    'BatchCreateRoomMembership',
    'ListRoomMemberships',
    'UpdateRoomMembership',
    'DeleteRoomMembership',
    'RedactRoomMessage',
    'RedactConversationMessage',
    'CreateBot',
    'GetBot',
    'ListBots',
    'UpdateBot',
    'RegenerateSecurityToken',
    'GetEventsConfiguration',
    'PutEventsConfiguration',
    'DeleteEventsConfiguration',
    'ListMeetings',
    'CreateMeetingDialOut',
    'TagMeeting',
    'UntagMeeting',
    'ListMeetingTags',
    'TagAttendee',
    'UntagAttendee',
    'ListAttendeeTags',
  ],
  voice: [
    'SearchAvailablePhoneNumbers',
    'CreatePhoneNumberOrder',
    'GetPhoneNumberOrder',
    'ListPhoneNumberOrders',
    'GetPhoneNumber',
    'ListPhoneNumbers',
    'UpdatePhoneNumber',
    'BatchUpdatePhoneNumber',
    'DeletePhoneNumber',
    'BatchDeletePhoneNumber',
    'RestorePhoneNumber',
    'GetPhoneNumberSettings',
    'UpdatePhoneNumberSettings',
    'ListSupportedPhoneNumberCountries',
    'CreateVoiceConnector',
    'GetVoiceConnector',
    'ListVoiceConnectors',
    'UpdateVoiceConnector',
    'DeleteVoiceConnector',
    'GetVoiceConnectorTermination',
    'PutVoiceConnectorTermination',
    'DeleteVoiceConnectorTermination',
    'GetVoiceConnectorTerminationHealth',
    'GetVoiceConnectorOrigination',
    'PutVoiceConnectorOrigination',
    'DeleteVoiceConnectorOrigination',
    'GetVoiceConnectorLoggingConfiguration',
    'PutVoiceConnectorLoggingConfiguration',
    'GetVoiceConnectorStreamingConfiguration',
    'PutVoiceConnectorStreamingConfiguration',
    'DeleteVoiceConnectorStreamingConfiguration',
    'GetVoiceConnectorEmergencyCallingConfiguration',
    'PutVoiceConnectorEmergencyCallingConfiguration',
    'DeleteVoiceConnectorEmergencyCallingConfiguration',
    'GetVoiceConnectorProxy',
    'PutVoiceConnectorProxy',
    'DeleteVoiceConnectorProxy',
    'ListVoiceConnectorTerminationCredentials',
    'PutVoiceConnectorTerminationCredentials',
    'DeleteVoiceConnectorTerminationCredentials',
    'AssociatePhoneNumbersWithVoiceConnector',
    'DisassociatePhoneNumbersFromVoiceConnector',
    'AssociatePhoneNumbersWithVoiceConnectorGroup',
    'DisassociatePhoneNumbersFromVoiceConnectorGroup',
    'CreateVoiceConnectorGroup',
    'GetVoiceConnectorGroup',
    'ListVoiceConnectorGroups',
    'UpdateVoiceConnectorGroup',
    'DeleteVoiceConnectorGroup',
    'CreateProxySession',
    'GetProxySession',
    'ListProxySessions',
    'UpdateProxySession',
    'DeleteProxySession',
    'CreateSipMediaApplication',
    'GetSipMediaApplication',
    'ListSipMediaApplications',
    'UpdateSipMediaApplication',
    'DeleteSipMediaApplication',
    'GetSipMediaApplicationLoggingConfiguration',
    'PutSipMediaApplicationLoggingConfiguration',
    'CreateSipMediaApplicationCall',
    'UpdateSipMediaApplicationCall',
    'CreateSipRule',
    'GetSipRule',
    'ListSipRules',
    'UpdateSipRule',
    'DeleteSipRule',
    'ValidateE911Address',
  ],
  messaging: [
    'CreateChannel',
    'DescribeChannel',
    'ListChannels',
    'UpdateChannel',
    'DeleteChannel',
    'PutChannelExpirationSettings',
    'CreateChannelMembership',
    'DescribeChannelMembership',
    'ListChannelMemberships',
    'DeleteChannelMembership',
    'CreateChannelModerator',
    'DescribeChannelModerator',
    'ListChannelModerators',
    'DeleteChannelModerator',
    'SendChannelMessage',
    'GetChannelMessage',
    'ListChannelMessages',
    'UpdateChannelMessage',
    'DeleteChannelMessage',
    'RedactChannelMessage',
    'CreateChannelBan',
    'DescribeChannelBan',
    'ListChannelBans',
    'DeleteChannelBan',
    'BatchCreateChannelMembership',
    'DescribeChannelMembershipForAppInstanceUser',
    'ListChannelMembershipsForAppInstanceUser',
    'DescribeChannelModeratedByAppInstanceUser',
    'ListChannelsModeratedByAppInstanceUser',
    'UpdateChannelReadMarker',
    'GetMessagingSessionEndpoint',
    'GetAppInstanceStreamingConfigurations',
    'PutAppInstanceStreamingConfigurations',
    'DeleteAppInstanceStreamingConfigurations',
  ],
  identity: [
    'CreateAppInstance',
    'DescribeAppInstance',
    'ListAppInstances',
    'CreateAppInstanceUser',
    'DescribeAppInstanceUser',
    'ListAppInstanceUsers',
    'CreateAppInstanceAdmin',
    'DeleteAppInstanceAdmin',
    'DescribeAppInstanceAdmin',
    'ListAppInstanceAdmins',
    'GetAppInstanceRetentionSettings',
    'PutAppInstanceRetentionSettings',
    'UpdateAppInstance',
    'DeleteAppInstance',
    'UpdateAppInstanceUser',
    'DeleteAppInstanceUser',
  ],
  meetings: [
    'CreateMeeting',
    'CreateMeetingWithAttendees',
    'GetMeeting',
    'DeleteMeeting',
    'CreateAttendee',
    'BatchCreateAttendee',
    'GetAttendee',
    'ListAttendees',
    'DeleteAttendee',
    'StartMeetingTranscription',
    'StopMeetingTranscription',
    'TagResource',
    'UntagResource',
    'ListTagsForResource',
  ],
  'media-pipelines': [
    'CreateMediaCapturePipeline',
    'GetMediaCapturePipeline',
    'ListMediaCapturePipelines',
    'DeleteMediaCapturePipeline',
  ],
};

const operations = Object.values(catalog as Record<string, unknown>).filter(
  (value): value is Operation<object, unknown> =>
    typeof value === 'object' && value !== null && 'successStatus' in value,
);

interface SdkBinding {
  method: string;
  /** Path template with its fixed query, as the SDK declares it: `/accounts/{AccountId}/users?operation=create`. */
  uri: string;
  status: number;
  labels: string[];
  query: Record<string, string>;
  headers: Record<string, string>;
}

/**
 * The request lines of the actions no official SDK client has any more (the API reference's
 * legacy-only actions), copied from the reference: `METHOD uri status`, and the members bound to
 * query names and headers.
 */
const seedOnly: Record<string, { http: string; query?: Record<string, string> }> = {
  ListMeetings: { http: 'GET /meetings 200', query: { MaxResults: 'max-results', NextToken: 'next-token' } },
  TagMeeting: { http: 'POST /meetings/{MeetingId}/tags?operation=add 204' },
  UntagMeeting: { http: 'POST /meetings/{MeetingId}/tags?operation=delete 204' },
  ListMeetingTags: { http: 'GET /meetings/{MeetingId}/tags 200' },
  TagAttendee: { http: 'POST /meetings/{MeetingId}/attendees/{AttendeeId}/tags?operation=add 204' },
  UntagAttendee: { http: 'POST /meetings/{MeetingId}/attendees/{AttendeeId}/tags?operation=delete 204' },
  ListAttendeeTags: { http: 'GET /meetings/{MeetingId}/attendees/{AttendeeId}/tags 200' },
};

/** The binding of an action no SDK client has, from `seedOnly`. */
function seedBinding(name: string): SdkBinding | undefined {
  const seed = seedOnly[name];
  if (!seed) return undefined;
  const [method = '', uri = '', status = ''] = seed.http.split(' ');
  const labels = [...uri.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return { method, uri, status: Number(status), labels, query: seed.query ?? {}, headers: {} };
}

/**
 * The legacy actions an SDK namespace serves today under another name, at the same method, path and
 * status: the catalog keeps the reference's name and is checked against the SDK's.
 */
const sdkNames: Record<string, string> = {
  GetAppInstanceStreamingConfigurations: 'GetMessagingStreamingConfigurations',
  PutAppInstanceStreamingConfigurations: 'PutMessagingStreamingConfigurations',
  DeleteAppInstanceStreamingConfigurations: 'DeleteMessagingStreamingConfigurations',
};

/** Reads an operation's http binding from the official SDK's static schema (or the reference's, when none has it). */
function sdkBinding(group: ServiceGroup, name: string): SdkBinding {
  const seed = seedBinding(name);
  if (seed) return seed;
  const schema = sdkByGroup[group][`${sdkNames[name] ?? name}$`] as [
    number,
    string,
    string,
    { http: [string, string, number] },
    unknown,
  ];
  if (!schema) throw new Error(`the ${group} SDK has no operation ${name}`);
  const [method, uri, status] = schema[3].http;
  const binding: SdkBinding = { method, uri, status, labels: [], query: {}, headers: {} };
  for (const [member, memberSchema] of NormalizedSchema.of(schema[4] as never).structIterator()) {
    const traits = memberSchema.getMergedTraits();
    if (traits.httpLabel) binding.labels.push(member);
    if (typeof traits.httpQuery === 'string') binding.query[member] = traits.httpQuery;
    if (typeof traits.httpHeader === 'string') binding.headers[member] = traits.httpHeader;
  }
  return binding;
}

function uriOf(operation: Operation<object, unknown>): string {
  const fixed = Object.entries(operation.fixedQuery ?? {}).map(([name, value]) => `${name}=${value}`);
  return fixed.length > 0 ? `${operation.path}?${fixed.join('&')}` : operation.path;
}

describe('the operation catalog', () => {
  it('holds every action of the API reference, and beyond it only PutChannelExpirationSettings', () => {
    // PutChannelExpirationSettings is a Chime SDK Messaging action the reference predates (seed 004).
    const names = operations.map((operation) => operation.name);
    expect(REFERENCE_ACTIONS.filter((action) => !names.includes(action))).toEqual([]);
    expect(names.filter((name) => !REFERENCE_ACTIONS.includes(name))).toEqual([
      'PutChannelExpirationSettings',
    ]);
  });

  it('declares every operation the gateway needs, once', () => {
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
    for (const group of Object.keys(expectedNames) as ServiceGroup[])
      expect(
        operations
          .filter((operation) => operation.group === group)
          .map((operation) => operation.name)
          .sort(),
      ).toEqual([...expectedNames[group]].sort());
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    '%s binds method, path, fixed query, status, query names and headers as the official SDK does',
    (name, operation) => {
      const sdk = sdkBinding(operation.group, name);
      expect(operation.method).toBe(sdk.method);
      expect(uriOf(operation)).toBe(sdk.uri);
      expect(operation.successStatus).toBe(sdk.status);
      const labels = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(labels.sort()).toEqual([...sdk.labels].sort());
      // The seeds name a subset of the SDK's members; whatever the catalog binds must bind the same way.
      for (const [member, queryName] of Object.entries(operation.query ?? {}))
        expect([member, queryName]).toEqual([member, sdk.query[member]]);
      for (const [member, header] of Object.entries(operation.headers ?? {}))
        expect([member, header]).toEqual([member, sdk.headers[member]]);
      expect(Object.keys(operation.headers ?? {})).toEqual(
        Object.keys(sdk.headers).filter((h) => h === 'ChimeBearer'),
      );
    },
  );

  it.each(
    operations
      .filter((operation) => operation.legacyWhen !== undefined)
      .map((operation) => [operation.name, operation] as const),
  )('%s binds the same way in the legacy namespace, where its legacy-only calls go', (name, operation) => {
    expect(operation.group).not.toBe('admin');
    const legacy = sdkBinding('admin', name);
    const sdk = sdkBinding(operation.group, name);
    expect([legacy.method, legacy.uri, legacy.status]).toEqual([sdk.method, sdk.uri, sdk.status]);
    for (const member of Object.keys(operation.query ?? {}))
      expect(legacy.query[member]).toBe(sdk.query[member]);
  });

  it('gives every list operation, and only those, its MaxResults cap from the API reference', () => {
    const caps = Object.fromEntries(
      operations
        .filter((operation) => operation.query && 'MaxResults' in operation.query)
        .map((operation) => [operation.name, operation.maxResults]),
    );
    expect(caps).toEqual({
      ListAccounts: 200,
      ListUsers: 200,
      SearchAvailablePhoneNumbers: 500,
      ListPhoneNumberOrders: 99,
      ListPhoneNumbers: 99,
      ListVoiceConnectors: 99,
      ListVoiceConnectorGroups: 99,
      ListProxySessions: 99,
      ListRooms: 99,
      ListRoomMemberships: 99,
      ListSipMediaApplications: 99,
      ListSipRules: 99,
      ListChannels: 50,
      ListChannelMemberships: 50,
      ListChannelModerators: 50,
      ListChannelMessages: 50,
      ListChannelBans: 50,
      ListChannelMembershipsForAppInstanceUser: 50,
      ListChannelsModeratedByAppInstanceUser: 50,
      ListAppInstances: 50,
      ListAppInstanceUsers: 50,
      ListAppInstanceAdmins: 50,
      ListBots: 99,
      ListMeetings: 99,
      ListAttendees: 99,
      ListMediaCapturePipelines: 99,
    });
    const capped = operations.filter((operation) => operation.maxResults !== undefined);
    expect(capped.map((operation) => operation.name).sort()).toEqual(Object.keys(caps).sort());
  });

  it('sends the chime bearer header with every messaging operation but those the SDK binds none for', () => {
    // The session endpoint and an app instance's streaming configurations take no bearer: the
    // reference and the SDK bind no header.
    const unbound = new Set(['GetMessagingSessionEndpoint', ...Object.keys(sdkNames)]);
    for (const operation of operations.filter(
      (candidate) => candidate.group === 'messaging' && !unbound.has(candidate.name),
    ))
      expect([operation.name, operation.headers]).toEqual([
        operation.name,
        { ChimeBearer: 'x-amz-chime-bearer' },
      ]);
  });
});
