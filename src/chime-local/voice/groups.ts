import { badRequest, conflict } from '../errors.ts';
import { numbersAssociatedWith } from '../phone-numbers/associations.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalInt, requiredArray, requiredInt, requiredObject, requiredString } from '../validate.ts';
import { voiceConnectorGroupArn } from './ids.ts';
import { NOT_BLANK, voiceConnectorGroupOf } from './lookup.ts';
import type { VoiceConnectorGroup, VoiceConnectorItem } from './state.ts';

const NAME = { min: 1, max: 256 };

/** The reference: "Limit: 3 VoiceConnectorItems per Amazon Chime Voice Connector group." */
const MAX_ITEMS = 3;

/**
 * A group's VoiceConnectorItems: each names an existing voice connector, once, with a
 * Priority from 1 to 99. (CreateVoiceConnectorGroup has no NotFoundException, so an
 * unknown connector is a 400 in both Create and Update.)
 */
export function parseVoiceConnectorItems(store: Store, value: unknown): VoiceConnectorItem[] {
  const items = requiredArray(value, 'VoiceConnectorItems', { max: MAX_ITEMS }).map((member) => {
    const item = requiredObject(member, 'VoiceConnectorItems');
    const id = requiredString(item.VoiceConnectorId, 'VoiceConnectorId', { pattern: NOT_BLANK });
    if (!store.voice.connectors.has(id))
      throw badRequest(`VoiceConnectorItems names voice connector ${id}, which does not exist`);
    return { VoiceConnectorId: id, Priority: requiredInt(item.Priority, 'Priority', { min: 1, max: 99 }) };
  });
  const ids = items.map((item) => item.VoiceConnectorId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw badRequest(`VoiceConnectorItems names voice connector ${repeated} more than once`);
  return items;
}

/** What it takes to create a group; `id` fixes the id (seed data). */
export interface NewVoiceConnectorGroup {
  Name: string;
  VoiceConnectorItems: VoiceConnectorItem[];
  id?: string;
}

/** Adds a voice connector group to the store. */
export function createVoiceConnectorGroup(store: Store, input: NewVoiceConnectorGroup): VoiceConnectorGroup {
  const id = input.id ?? store.newId();
  const now = store.now();
  const group: VoiceConnectorGroup = {
    VoiceConnectorGroupId: id,
    Name: input.Name,
    VoiceConnectorItems: input.VoiceConnectorItems,
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
    VoiceConnectorGroupArn: voiceConnectorGroupArn(id),
  };
  store.voice.groups.set(id, group);
  return group;
}

/** A group as a response carries it: a copy, so later updates don't reach an answer already built. */
const groupBody = (group: VoiceConnectorGroup): VoiceConnectorGroup => structuredClone(group);

/** Voice connector group create, read, list, update and delete. */
export const voiceConnectorGroupRoutes: Route[] = [
  {
    operation: 'CreateVoiceConnectorGroup',
    method: 'POST',
    path: '/voice-connector-groups',
    handle: ({ body, store }) => {
      const name = requiredString(body.Name, 'Name', NAME);
      const items =
        body.VoiceConnectorItems === undefined || body.VoiceConnectorItems === null
          ? []
          : parseVoiceConnectorItems(store, body.VoiceConnectorItems);
      const group = createVoiceConnectorGroup(store, { Name: name, VoiceConnectorItems: items });
      return { status: 201, body: { VoiceConnectorGroup: groupBody(group) } };
    },
  },
  {
    operation: 'GetVoiceConnectorGroup',
    method: 'GET',
    path: '/voice-connector-groups/{VoiceConnectorGroupId}',
    handle: (request) => ({ body: { VoiceConnectorGroup: groupBody(voiceConnectorGroupOf(request)) } }),
  },
  {
    operation: 'ListVoiceConnectorGroups',
    method: 'GET',
    path: '/voice-connector-groups',
    handle: ({ query, store }) => {
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const groups = [...store.voice.groups.values()];
      const page = store.paginator.page(
        groups,
        maxResults,
        query.get('next-token'),
        'ListVoiceConnectorGroups',
      );
      return { body: { VoiceConnectorGroups: page.items.map(groupBody), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateVoiceConnectorGroup',
    method: 'PUT',
    path: '/voice-connector-groups/{VoiceConnectorGroupId}',
    handle: (request) => {
      const group = voiceConnectorGroupOf(request);
      const name = requiredString(request.body.Name, 'Name', NAME);
      const items = parseVoiceConnectorItems(request.store, request.body.VoiceConnectorItems);
      Object.assign(group, { Name: name, VoiceConnectorItems: items, UpdatedTimestamp: request.store.now() });
      return { status: 202, body: { VoiceConnectorGroup: groupBody(group) } };
    },
  },
  {
    operation: 'DeleteVoiceConnectorGroup',
    method: 'DELETE',
    path: '/voice-connector-groups/{VoiceConnectorGroupId}',
    handle: (request) => {
      const { VoiceConnectorGroupId: id, VoiceConnectorItems: items } = voiceConnectorGroupOf(request);
      // The reference: items and phone numbers must be removed before the group can be deleted.
      if (items.length > 0)
        throw conflict(
          `Voice connector group ${id} still has ${items.length} VoiceConnectorItems; remove them before deleting it`,
        );
      const numbers = numbersAssociatedWith(request.store, 'VoiceConnectorGroupId', id);
      if (numbers.length > 0)
        throw conflict(
          `Voice connector group ${id} has ${numbers.length} associated phone numbers; disassociate them before deleting it`,
        );
      request.store.voice.groups.delete(id);
      return { status: 204 };
    },
  },
];
