import type { Store } from '../store.ts';
import { appInstanceArn, appInstanceUserArn, channelArn } from './arns.ts';
import { editMessage, identityOf, redactMessage } from './state.ts';
import type { ExpirationSettings } from './wire.ts';

/** The demo AppInstance, "Demo App". */
export const DEMO_APP_INSTANCE_ARN = appInstanceArn('demo-app');

/** "Demo Admin", an AppInstanceAdmin of the demo app: the gateway's default chime bearer. */
export const DEMO_BEARER_ARN = appInstanceUserArn(DEMO_APP_INSTANCE_ARN, 'demo-admin');

/** The demo channel "General": 30 members, 3 moderators, 120 messages. */
export const DEMO_GENERAL_CHANNEL_ARN = channelArn(DEMO_APP_INSTANCE_ARN, 'general');

const USER_COUNT = 30;
const CHANNEL_COUNT = 60;
const GENERAL_MESSAGE_COUNT = 120;

/** Fixed timestamps keep the demo data identical on every start: it begins 2024-01-01T00:00:00Z. */
const EPOCH = Date.UTC(2024, 0, 1) / 1000;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson'];
const TOPICS = ['Engineering', 'Design', 'Support', 'Sales', 'Ops', 'Random', 'Releases', 'Incidents'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Adds the messaging group's demo data, identical on every start (fixed ids and
 * timestamps): AppInstance "Demo App" with 30 users, the first of them "Demo Admin"
 * (an AppInstanceAdmin); 60 channels created by Demo Admin, mixing modes and privacy,
 * a few expiring (more than one ListChannels page of 50); channel "General" with 30
 * members, 3 moderators and 120 messages, some edited, some redacted (more than two
 * ListChannelMessages pages of 50).
 */
export function seedMessaging(store: Store): void {
  const state = store.messaging;
  const appInstance = state.addAppInstance({
    arn: DEMO_APP_INSTANCE_ARN,
    name: 'Demo App',
    metadata: 'chime-local demo data',
    timestamp: EPOCH,
  });
  const users = Array.from({ length: USER_COUNT }, (_, index) =>
    state.addAppInstanceUser(appInstance, {
      arn:
        index === 0
          ? DEMO_BEARER_ARN
          : appInstanceUserArn(DEMO_APP_INSTANCE_ARN, `demo-user-${pad(index + 1)}`),
      name:
        index === 0
          ? 'Demo Admin'
          : `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[index % LAST_NAMES.length]}`,
      timestamp: EPOCH + index * MINUTE,
    }),
  ).map((record) => identityOf(record.user));
  appInstance.admins.set(DEMO_BEARER_ARN, EPOCH);
  const admin = users[0]!;

  for (let number = 1; number <= CHANNEL_COUNT; number += 1) {
    const general = number === 1;
    const created = EPOCH + DAY + number * HOUR;
    const expiration: ExpirationSettings | undefined =
      number % 15 === 0
        ? {
            ExpirationDays: number * 2,
            ExpirationCriterion: number % 30 === 0 ? 'LAST_MESSAGE_TIMESTAMP' : 'CREATED_TIMESTAMP',
          }
        : undefined;
    const channel = state.addChannel({
      appInstanceArn: DEMO_APP_INSTANCE_ARN,
      arn: general ? DEMO_GENERAL_CHANNEL_ARN : channelArn(DEMO_APP_INSTANCE_ARN, `channel-${pad(number)}`),
      creator: admin,
      name: general ? 'General' : `${TOPICS[number % TOPICS.length]} ${pad(number)}`,
      mode: !general && number % 4 === 0 ? 'RESTRICTED' : 'UNRESTRICTED',
      privacy: !general && number % 3 === 0 ? 'PRIVATE' : 'PUBLIC',
      metadata: JSON.stringify({ topic: general ? 'general' : TOPICS[number % TOPICS.length] }),
      ...(expiration ? { expiration } : {}),
      timestamp: created,
    });

    // General has everyone; other channels Demo Admin and three users in rotation.
    const members = general
      ? users
      : [admin, ...[0, 1, 2].map((offset) => users[1 + ((number + offset * 7) % (USER_COUNT - 1))]!)];
    for (const [index, member] of members.entries())
      state.addMembership(channel, member, admin, 'DEFAULT', created + (index + 1) * MINUTE);
    if (general) {
      for (const moderator of users.slice(1, 3))
        state.addModerator(channel, moderator, admin, created + HOUR);
    }

    const messageCount = general ? GENERAL_MESSAGE_COUNT : number % 5;
    for (let index = 0; index < messageCount; index += 1) {
      const sent = created + DAY + index * 5 * MINUTE;
      const message = state.addMessage(channel, {
        id: `${general ? 'general' : `channel-${pad(number)}`}-message-${pad(index + 1, 3)}`,
        sender: members[index % members.length]!,
        content: `Message ${index + 1} in ${channel.channel.Name}`,
        ...(index % 10 === 0 ? { metadata: JSON.stringify({ pinned: true }) } : {}),
        type: 'STANDARD',
        persistence: 'PERSISTENT',
        timestamp: sent,
      });
      if (index % 9 === 4) editMessage(message, { content: `${message.Content} (edited)` }, sent + MINUTE);
      if (index % 20 === 7) redactMessage(message, sent + 2 * MINUTE);
    }
  }
}
