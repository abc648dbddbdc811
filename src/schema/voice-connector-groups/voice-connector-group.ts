import type { PhoneNumberModel } from '../../loaders/phone-numbers.ts';
import type {
  VoiceConnectorGroupModel,
  VoiceConnectorItemModel,
} from '../../loaders/voice-connector-groups.ts';
import { associationValue, listPhoneNumbers } from '../../resolvers/phone-numbers/reads.ts';
import {
  getVoiceConnectorGroup,
  listVoiceConnectorGroups,
} from '../../resolvers/voice-connector-groups/reads.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { PhoneNumberConnection, PhoneNumberRef, phoneNumberListArgs } from '../phone-numbers/refs.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { byIdOfParent, fromParent, fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import { VoiceConnectorRef } from '../voice-connectors/refs.ts';

export const VoiceConnectorGroupRef = builder.objectRef<VoiceConnectorGroupModel>('VoiceConnectorGroup');

export const VoiceConnectorGroupConnection = builder.connectionObject({
  type: VoiceConnectorGroupRef,
  name: 'VoiceConnectorGroupConnection',
});

const VoiceConnectorItemRef = builder.objectRef<VoiceConnectorItemModel>('VoiceConnectorItem');
VoiceConnectorItemRef.implement({
  description: 'A voice connector the group routes inbound calls to.',
  fields: (t) => ({
    voiceConnectorId: t.exposeString('voiceConnectorId'),
    priority: t.exposeInt('priority', { description: '1 is tried first.' }),
    voiceConnector: t.field({
      type: VoiceConnectorRef,
      nullable: true,
      ...byIdOfParent(
        (item: VoiceConnectorItemModel) => item.voiceConnectorId,
        (id, ctx) => getVoiceConnector(ctx, id),
      ),
    }),
  }),
});

builder.node(VoiceConnectorGroupRef, {
  description:
    'A voice connector group: inbound calls to its numbers go to its voice connectors by priority.',
  id: { resolve: (group) => group.voiceConnectorGroupId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getVoiceConnectorGroup(ctx, id))),
  fields: (t) => ({
    voiceConnectorGroupId: t.exposeString('voiceConnectorGroupId'),
    voiceConnectorGroupArn: t.exposeString('voiceConnectorGroupArn', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    voiceConnectorItems: t.expose('voiceConnectorItems', { type: [VoiceConnectorItemRef] }),
    phoneNumbers: t.field({
      type: PhoneNumberConnection,
      nullable: true,
      description: 'The phone numbers associated with the group, optionally by product type and status.',
      args: phoneNumberListArgs,
      ...fromParentId(
        (group: VoiceConnectorGroupModel) => group.voiceConnectorGroupId,
        (groupId, { productType, status, ...page }, ctx, ahead) =>
          listPhoneNumbers(
            ctx,
            { ...page, onItems: ahead.items },
            { productType, status, filterName: 'VoiceConnectorGroupId', filterValue: groupId },
          ),
      ),
    }),
  }),
});

builder.queryFields((t) => ({
  voiceConnectorGroups: t.field({
    authScopes: outsideAccounts,
    type: VoiceConnectorGroupConnection,
    nullable: true,
    description: 'The voice connector groups of the AWS account.',
    args: forwardPageArgs,
    ...fromParent((_root, page, ctx, ahead) =>
      listVoiceConnectorGroups(ctx, { ...page, onItems: ahead.items }),
    ),
  }),
  voiceConnectorGroup: t.field({
    authScopes: outsideAccounts,
    type: VoiceConnectorGroupRef,
    nullable: true,
    description: 'A voice connector group by id; null when there is none.',
    args: { voiceConnectorGroupId: t.arg.string({ required: true }) },
    resolve: (_root, { voiceConnectorGroupId }, ctx, info) =>
      loadWithChildren(voiceConnectorGroupId, ctx, info, getVoiceConnectorGroup(ctx, voiceConnectorGroupId)),
  }),
}));

builder.objectFields(PhoneNumberRef, (t) => ({
  voiceConnectorGroup: t.field({
    type: VoiceConnectorGroupRef,
    nullable: true,
    description: 'Resolved from the VoiceConnectorGroupId association.',
    ...byIdOfParent(
      (number: PhoneNumberModel) => associationValue(number, 'VoiceConnectorGroupId'),
      (groupId, ctx) => getVoiceConnectorGroup(ctx, groupId),
    ),
  }),
}));
