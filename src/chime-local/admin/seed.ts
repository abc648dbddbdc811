import { seedDigits, seedUuid } from '../seed-ids.ts';
import type { Store } from '../store.ts';
import { addAccount, addChatMessage, addConversation, addUser, roomMessagesOf } from './records.ts';
import { LOCAL_CALLER_ARN } from './rooms.ts';
import type { Account, Room, RoomRole, User } from './state.ts';

/** The demo accounts' names, for the seeds that build on them (phone numbers go to Example Corp's users). */
export const DEMO_ACCOUNT_NAMES = {
  exampleCorp: 'Example Corp',
  acmeSupport: 'Acme Support',
  globex: 'Globex',
} as const;

/** Demo timestamps count from here, so that the data set is the same on every start. */
const EPOCH = Date.parse('2024-01-08T09:00:00.000Z');
const at = (minutes: number) => new Date(EPOCH + minutes * 60_000).toISOString();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An account of the seed, with an id that is the same on every start. */
const seedAccount = (store: Store, fields: Parameters<typeof addAccount>[1]) =>
  addAccount(store, { AccountId: seedUuid(`account ${fields.Name}`), ...fields });

/** A user of the seed, with an id and personal meeting PIN that are the same on every start. */
const seedUser = (store: Store, account: Account, fields: Partial<User> & Pick<User, 'PrimaryEmail'>) =>
  addUser(store, account, {
    UserId: seedUuid(`user ${fields.PrimaryEmail}`),
    PersonalPIN: seedDigits(`personal PIN ${fields.PrimaryEmail}`, 10),
    ...fields,
  });

/** A chat room of the seed, with an id that is the same on every start, and its members. */
function seedRoom(
  store: Store,
  account: Account,
  name: string,
  minutes: number,
  members: { user: User; role: RoomRole }[],
): Room {
  const room: Room = {
    RoomId: seedUuid(`room ${account.AccountId} ${name}`),
    AccountId: account.AccountId,
    Name: name,
    CreatedBy: LOCAL_CALLER_ARN,
    CreatedTimestamp: at(minutes),
    UpdatedTimestamp: at(minutes),
  };
  store.admin.rooms.set(room.RoomId, room);
  store.admin.roomMembers.set(
    room.RoomId,
    new Map(
      members.map(({ user, role }) => [
        user.UserId,
        { MemberId: user.UserId, Role: role, InvitedBy: LOCAL_CALLER_ARN, UpdatedTimestamp: at(minutes) },
      ]),
    ),
  );
  return room;
}

/** A user's status fields: registered at `minutes`, or invited then and still pending, or suspended. */
function status(kind: 'registered' | 'pending' | 'suspended', minutes: number): Partial<User> {
  if (kind === 'pending')
    return {
      UserRegistrationStatus: 'Unregistered',
      UserInvitationStatus: 'Pending',
      InvitedOn: at(minutes),
    };
  return {
    UserRegistrationStatus: kind === 'suspended' ? 'Suspended' : 'Registered',
    UserInvitationStatus: 'Accepted',
    InvitedOn: at(minutes),
    RegisteredOn: at(minutes + 30),
  };
}

/**
 * Adds the admin group's demo data: "Example Corp" (Team) with 240 users, more than one
 * ListUsers page of 200; "Acme Support" (EnterpriseLWA, so suspensions can be lifted) with
 * 12 users; "Globex" (Team) with 3. Licenses, user types and statuses vary by a fixed rule.
 * Example Corp has the chat room "All Hands" with 120 members (more than one ListRoomMemberships
 * page of 99) and "Engineering"; Globex has "Lab", with messages, and one conversation.
 */
export function seedAdmin(store: Store): void {
  const { admin } = store;
  const exampleCorp = seedAccount(store, { Name: DEMO_ACCOUNT_NAMES.exampleCorp, CreatedTimestamp: at(0) });
  const exampleUsers: User[] = [];
  for (let i = 1; i <= 240; i += 1) {
    const user = seedUser(store, exampleCorp, {
      DisplayName: `Example User ${pad(i, 3)}`,
      PrimaryEmail: `user${pad(i, 3)}@example.com`,
      LicenseType: i % 4 === 0 ? 'Basic' : 'Pro',
      UserType: i % 20 === 0 ? 'SharedDevice' : 'PrivateUser',
      ...status(i % 40 === 0 ? 'suspended' : i % 15 === 0 ? 'pending' : 'registered', 60 + i),
    });
    exampleUsers.push(user);
    if (i % 10 === 0)
      admin.userSettings.set(user.UserId, {
        Telephony: { InboundCalling: true, OutboundCalling: i % 20 !== 0, SMS: false },
      });
  }
  seedRoom(
    store,
    exampleCorp,
    'All Hands',
    300,
    exampleUsers.slice(0, 120).map((user, index) => ({ user, role: index < 2 ? 'Administrator' : 'Member' })),
  );
  seedRoom(
    store,
    exampleCorp,
    'Engineering',
    301,
    exampleUsers
      .slice(0, 10)
      .map((user, index) => ({ user, role: index === 0 ? 'Administrator' : 'Member' })),
  );
  admin.accountSettings.set(exampleCorp.AccountId, { DisableRemoteControl: false, EnableDialOut: true });

  const acme = seedAccount(store, {
    Name: DEMO_ACCOUNT_NAMES.acmeSupport,
    AccountType: 'EnterpriseLWA',
    CreatedTimestamp: at(1),
    DefaultLicense: 'Plus',
    SupportedLicenses: ['Basic', 'Plus', 'Pro'],
  });
  for (let i = 1; i <= 12; i += 1)
    seedUser(store, acme, {
      DisplayName: `Acme Agent ${pad(i, 2)}`,
      PrimaryEmail: `agent${pad(i, 2)}@acme.example.com`,
      LicenseType: i <= 2 ? 'Pro' : 'Plus',
      ...status(i > 10 ? 'suspended' : 'registered', 600 + i),
    });
  admin.accountSettings.set(acme.AccountId, { DisableRemoteControl: true, EnableDialOut: false });

  const globex = seedAccount(store, {
    Name: DEMO_ACCOUNT_NAMES.globex,
    CreatedTimestamp: at(2),
    DefaultLicense: 'Basic',
  });
  const hank = seedUser(store, globex, {
    DisplayName: 'Hank Scorpio',
    PrimaryEmail: 'hank@globex.example.com',
    LicenseType: 'Pro',
    ...status('registered', 900),
  });
  const lobby = seedUser(store, globex, {
    DisplayName: 'Globex Lobby',
    PrimaryEmail: 'lobby@globex.example.com',
    UserType: 'SharedDevice',
    ...status('registered', 901),
  });
  seedUser(store, globex, { PrimaryEmail: 'frank@globex.example.com', ...status('pending', 902) });
  const lab = seedRoom(store, globex, 'Lab', 910, [
    { user: hank, role: 'Administrator' },
    { user: lobby, role: 'Member' },
  ]);
  for (const [index, content] of ['Doomsday device ready', 'Lunch at noon'].entries())
    addChatMessage(store, roomMessagesOf(store, lab.RoomId), content, seedUuid(`room message Lab ${index}`));
  const conversation = addConversation(store, globex, seedUuid('conversation Globex'));
  addChatMessage(store, conversation.messages, 'See you there', seedUuid('conversation message Globex 0'));

  admin.globalSettings = {
    BusinessCalling: { CdrBucket: 'chime-local-business-calling-cdrs' },
    VoiceConnector: { CdrBucket: 'chime-local-voice-connector-cdrs' },
  };
}
