/**
 * The dashboard queries the benchmark runs, each with the fewest upstream calls the
 * Chime API allows for it and the longest chain of calls that must wait for one another,
 * both derived below from the demo seed (the seed files under src/chime-local).
 */
export interface BenchQuery {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** The fewest upstream calls that can answer the query, by operation. */
  fewest: Record<string, number>;
  /** Calls in the longest chain of dependent calls (each needs the previous one's answer). */
  chain: number;
  /** How `fewest` and `chain` follow from the API and the data. */
  derivation: string;
}

/** Ids of demo-seed resources, found once before measuring. */
export interface DemoIds {
  exampleCorpId: string;
  mainTrunkId: string;
  generalChannelArn: string;
}

export function benchQueries(ids: DemoIds): BenchQuery[] {
  return [
    {
      name: 'account → 100 users → their phone numbers',
      document: `query ($accountId: String!) {
        account(accountId: $accountId) {
          name
          users(first: 100) { nodes { displayName primaryEmail primaryPhoneNumber { e164PhoneNumber status } } }
        }
      }`,
      variables: { accountId: ids.exampleCorpId },
      fewest: { GetAccount: 1, ListUsers: 1, ListPhoneNumbers: 1, GetPhoneNumber: 1 },
      chain: 3,
      derivation:
        'GetAccount and ListUsers MaxResults=100 (one page, cap 200) at once (the list needs only the id) → ' +
        "the users' 100 numbers are among the account's 120: one ListPhoneNumbers page " +
        'filtered by AccountId (cap 99) finds 99, and the last costs one call either way (GetPhoneNumber, or a ' +
        'second page): 2 calls instead of 100 GetPhoneNumber.',
    },
    {
      name: 'phone number inventory with user and voice connector',
      document: `{
        phoneNumbers(first: 100) {
          nodes { e164PhoneNumber productType status user { displayName } voiceConnector { name } }
          pageInfo { hasNextPage }
        }
      }`,
      variables: {},
      fewest: { ListPhoneNumbers: 2, ListUsers: 1 },
      chain: 3,
      derivation:
        'ListPhoneNumbers cap 99: 99 + 1 for first 100, sequential (the second needs the first NextToken). The first ' +
        '100 inventory numbers belong to 100 users of Example Corp, all on its first ListUsers page of 200: one ' +
        'ListUsers instead of 100 GetUser. None of them is on a voice connector: no voice connector call.',
    },
    {
      name: 'voice connector with numbers, termination and proxy sessions',
      document: `query ($id: String!) {
        voiceConnector(voiceConnectorId: $id) {
          name outboundHostName
          termination { cpsLimit callingRegions cidrAllowedList }
          phoneNumbers(first: 100) { nodes { e164PhoneNumber status } }
          proxySessions(first: 50) { nodes { proxySessionId status participants { phoneNumber } } }
        }
      }`,
      variables: { id: ids.mainTrunkId },
      fewest: {
        GetVoiceConnector: 1,
        GetVoiceConnectorTermination: 1,
        ListPhoneNumbers: 2,
        ListProxySessions: 1,
      },
      chain: 2,
      derivation:
        'All at once, since each needs only the id: GetVoiceConnector; GetVoiceConnectorTermination; ' +
        'ListPhoneNumbers filter VoiceConnectorId (120 numbers, cap 99: 99 + 1, sequential); ListProxySessions ' +
        'MaxResults=50 (cap 99). Longest chain: ListPhoneNumbers → ListPhoneNumbers.',
    },
    {
      name: 'channel with memberships and 100 messages',
      document: `query ($arn: String!) {
        channel(channelArn: $arn) {
          name mode privacy
          memberships(first: 30) { nodes { member { arn name } type } }
          messages(first: 100) { nodes { messageId content sender { name } createdTimestamp } }
        }
      }`,
      variables: { arn: ids.generalChannelArn },
      fewest: { DescribeChannel: 1, ListChannelMemberships: 1, ListChannelMessages: 2 },
      chain: 2,
      derivation:
        'All at once, since each needs only the ARN: DescribeChannel; ListChannelMemberships MaxResults=30 ' +
        '(cap 50); ListChannelMessages cap 50: 50 + 50, sequential. Longest chain: ListChannelMessages → ' +
        'ListChannelMessages.',
    },
  ];
}
