import { DEMO_ACCOUNT_NAMES } from '../src/chime-local/admin/seed.ts';
import { DEMO_GENERAL_CHANNEL_ARN } from '../src/chime-local/messaging/seed.ts';
import {
  DEMO_VOICE_CONNECTOR_GROUP_NAME,
  DEMO_VOICE_CONNECTOR_NAMES,
} from '../src/chime-local/voice/seed.ts';

/**
 * The dashboard queries the benchmark runs, each with the fewest upstream calls the Chime
 * API allows for it and the fewest dependent rounds those calls take, both derived below
 * from the API's rules (MaxResults caps, the parameters each call needs) and the demo seed
 * (the seed files under src/chime-local).
 *
 * A round is a set of calls that can all be in flight together, because each needs only
 * answers of earlier rounds: a call that needs only an id the query names is in round 1,
 * a page that needs the previous page's NextToken is one round after it. The lower bound
 * on a query's latency is its rounds × the upstream's latency per call.
 *
 * The fewest calls read each connection from the list it names, with as few pages as its
 * `first` allows, and each object a key reaches with its Get or, when cheaper, the list it
 * belongs to (an account's numbers, the AWS account's voice connectors).
 */
export interface BenchQuery {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** The fewest upstream calls that can answer the query, by operation. */
  fewest: Record<string, number>;
  /** The fewest dependent rounds those calls take (each round needs only earlier rounds' answers). */
  rounds: number;
  /** How `fewest` and `rounds` follow from the API and the data. */
  derivation: string;
}

/** Ids of demo-seed resources, found once before measuring (see `DEMO_IDS_DOCUMENT`). */
export interface DemoIds {
  exampleCorpId: string;
  mainTrunkId: string;
  primaryGroupId: string;
  generalChannelArn: string;
}

/** The document whose answer `demoIdsOf` reads the ids from. */
export const DEMO_IDS_DOCUMENT = `{
  accounts(name: "${DEMO_ACCOUNT_NAMES.exampleCorp}") { nodes { accountId name } }
  voiceConnectors(first: 10) { nodes { voiceConnectorId name } }
  voiceConnectorGroups(first: 10) { nodes { voiceConnectorGroupId name } }
}`;

/** The demo ids out of the data `DEMO_IDS_DOCUMENT` answered; throws when one is missing. */
export function demoIdsOf(data: Record<string, any> | null | undefined): DemoIds {
  const idOf = (list: string, name: string, idField: string): string => {
    const nodes: Record<string, unknown>[] = data?.[list]?.nodes ?? [];
    const id = nodes.find((node) => node.name === name)?.[idField];
    if (typeof id !== 'string')
      throw new Error(`${list} holds no "${name}": is chime-local running with the demo seed?`);
    return id;
  };
  return {
    exampleCorpId: idOf('accounts', DEMO_ACCOUNT_NAMES.exampleCorp, 'accountId'),
    mainTrunkId: idOf('voiceConnectors', DEMO_VOICE_CONNECTOR_NAMES.main, 'voiceConnectorId'),
    primaryGroupId: idOf('voiceConnectorGroups', DEMO_VOICE_CONNECTOR_GROUP_NAME, 'voiceConnectorGroupId'),
    generalChannelArn: DEMO_GENERAL_CHANNEL_ARN,
  };
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
      rounds: 2,
      derivation:
        'Round 1, each needing only the account id: GetAccount; ListUsers MaxResults=100 (one page, cap 200); ' +
        'ListPhoneNumbers FilterName=AccountId (cap 99). Example Corp has 120 numbers, those of its users ' +
        '1-120 in the same order, so that page holds the numbers of users 1-99: one list instead of 99 ' +
        "GetPhoneNumber. Round 2: the one number it missed (user 100's, which ListUsers names) costs one call " +
        "either way, GetPhoneNumber or the list's second page (which needs the first page's NextToken). " +
        '4 calls, 2 rounds.',
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
      rounds: 2,
      derivation:
        "Round 1: ListPhoneNumbers MaxResults=99 (the cap): the inventory's first 99 numbers, those of " +
        "Example Corp's users 1-99 (the seed adds them first). Round 2, each needing that answer: the second " +
        "page (MaxResults=1, the first page's NextToken) for the 100th number, user 100's; and ListUsers of " +
        'Example Corp, the one account the first page names, MaxResults=200 (the cap): users 1-200, the owners ' +
        "of all 100 numbers, one list instead of 100 GetUser. No voice connector call: a user's number is a " +
        'BusinessCalling number and a voice connector takes only VoiceConnector numbers, so none of the 100 ' +
        'has a VoiceConnectorId association. 3 calls, 2 rounds.',
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
      rounds: 2,
      derivation:
        'Round 1, each needing only the connector id: GetVoiceConnector; GetVoiceConnectorTermination; ' +
        'ListPhoneNumbers FilterName=VoiceConnectorId MaxResults=99 (the cap; Main Trunk has 120 numbers); ' +
        'ListProxySessions MaxResults=50 (cap 99; 120 sessions). Round 2: the 100th number, ListPhoneNumbers ' +
        "MaxResults=1 with the first page's NextToken. Participants come with each session. 5 calls, 2 rounds.",
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
      rounds: 2,
      derivation:
        'Round 1, each needing only the ARN: DescribeChannel; ListChannelMemberships MaxResults=30 (cap 50; ' +
        'General has 30 members); ListChannelMessages MaxResults=50 (the cap; 120 messages). Round 2: the ' +
        "next 50 messages with the first page's NextToken. Members' and senders' names come with the " +
        'memberships and messages. 4 calls, 2 rounds.',
    },
    {
      name: 'accounts → users → primary numbers → voice connectors',
      document: `query ($name: String!) {
        accounts(name: $name, first: 1) {
          nodes {
            name
            users(first: 50) {
              nodes { displayName primaryPhoneNumber { e164PhoneNumber voiceConnector { name } } }
            }
          }
        }
      }`,
      variables: { name: DEMO_ACCOUNT_NAMES.exampleCorp },
      fewest: { ListAccounts: 1, ListUsers: 1, ListPhoneNumbers: 1 },
      rounds: 2,
      derivation:
        'Round 1: ListAccounts Name=Example Corp MaxResults=1 (cap 200): the one account of that name. Round 2, each needing only its id: ' +
        'ListUsers MaxResults=50 (users 1-50, cap 200); ListPhoneNumbers FilterName=AccountId, one page of 99 ' +
        '(the numbers of users 1-99, so all 50 wanted): one list instead of 50 GetPhoneNumber. voiceConnector ' +
        "costs nothing: a user's number is a BusinessCalling number and a voice connector takes only " +
        'VoiceConnector numbers, so none has a VoiceConnectorId association (the seed cannot make this level ' +
        "call). The account is named because Acme Support's and Globex's users have no numbers: over all three " +
        'accounts the fewest calls (ListUsers ×3, ListPhoneNumbers for Example Corp alone) take 3 rounds, ' +
        'since only ListUsers shows whose users have numbers, or 2 rounds with two more ListPhoneNumbers ' +
        'that find nothing. first: 1, since the estimate must allow for every account of the page having users ' +
        'with numbers on voice connectors: for three it is more than 3× the calls. 3 calls, 2 rounds.',
    },
    {
      name: 'voice connectors with termination, origination and numbers',
      document: `{
        voiceConnectors(first: 5) {
          nodes {
            name
            termination { cpsLimit }
            origination { routes { host } }
            phoneNumbers(first: 20) { nodes { e164PhoneNumber } }
          }
        }
      }`,
      variables: {},
      fewest: {
        ListVoiceConnectors: 1,
        GetVoiceConnectorTermination: 3,
        GetVoiceConnectorOrigination: 3,
        ListPhoneNumbers: 3,
      },
      rounds: 2,
      derivation:
        'Round 1: ListVoiceConnectors MaxResults=5 (cap 99): Main Trunk, Backup Trunk and Lab. Round 2, each ' +
        'needing only a connector id: GetVoiceConnectorTermination and GetVoiceConnectorOrigination of each ' +
        "(no list answers them; Backup's and Lab's are unset, a 404 known only by asking); ListPhoneNumbers " +
        'FilterName=VoiceConnectorId MaxResults=20 of each (Main: one page of its 120; Backup: its 10; Lab: an ' +
        'empty page). Each connection is read from the list it names: paging ListPhoneNumbers ' +
        'ProductType=VoiceConnector through the whole VoiceConnector inventory (144 numbers: 2 pages, the ' +
        'first in round 1) would answer all three in 2 calls, but only because this inventory is small; it ' +
        'grows with the AWS account, not with the query. first: 5, since the estimate counts 3 calls for every ' +
        'connector the page may hold: first: 10 would estimate 31 for these 10 calls. 10 calls, 2 rounds.',
    },
    {
      name: 'voice connector group → its connectors → termination and numbers',
      document: `query ($id: String!) {
        voiceConnectorGroup(voiceConnectorGroupId: $id) {
          name
          voiceConnectorItems {
            priority
            voiceConnector {
              name
              termination { cpsLimit callingRegions }
              phoneNumbers(first: 20) { nodes { e164PhoneNumber } }
            }
          }
        }
      }`,
      variables: { id: ids.primaryGroupId },
      fewest: {
        GetVoiceConnectorGroup: 1,
        ListVoiceConnectors: 1,
        GetVoiceConnectorTermination: 2,
        ListPhoneNumbers: 2,
      },
      rounds: 2,
      derivation:
        'Round 1: GetVoiceConnectorGroup; its items name Main Trunk (priority 1) and Backup Trunk (2). Round ' +
        '2, each needing only a connector id from it: the two connectors are one ListVoiceConnectors page (3 ' +
        'connectors, cap 99) rather than two GetVoiceConnector (the list needs no id, so it could as well be ' +
        "in round 1); GetVoiceConnectorTermination of each (Backup's unset: a 404); ListPhoneNumbers " +
        'FilterName=VoiceConnectorId MaxResults=20 of each (Main: 20 of its 120; Backup: its 10). The ' +
        "configuration and the numbers need only the ids the group answers, not the connectors' own answers. " +
        '6 calls, 2 rounds.',
    },
    {
      name: 'one account by id: a single call, the floor',
      document: `query ($accountId: String!) { account(accountId: $accountId) { name } }`,
      variables: { accountId: ids.exampleCorpId },
      fewest: { GetAccount: 1 },
      rounds: 1,
      derivation:
        'One GetAccount. Not a dashboard: what one round costs this machine beyond the upstream latency ' +
        "(the client's request, the gateway's handling, signing, the transport both ways), which every " +
        'query pays at least once; no query can be nearer its bound than this one is.',
    },
  ];
}
