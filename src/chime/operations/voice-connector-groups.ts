import { defineOperation } from '../operation.ts';
import type { PhoneNumberError } from '../shapes/phone-number.ts';
import type { VoiceConnectorGroup, VoiceConnectorItem } from '../shapes/voice-connector-group.ts';

export interface CreateVoiceConnectorGroupInput {
  Name: string;
  VoiceConnectorItems?: VoiceConnectorItem[];
}

export interface CreateVoiceConnectorGroupOutput {
  VoiceConnectorGroup: VoiceConnectorGroup;
}

/** Creates an Amazon Chime Voice Connector group under the administrator's AWS account. `POST /voice-connector-groups` */
export const CreateVoiceConnectorGroup = defineOperation<
  CreateVoiceConnectorGroupInput,
  CreateVoiceConnectorGroupOutput
>({
  name: 'CreateVoiceConnectorGroup',
  group: 'voice',
  method: 'POST',
  path: '/voice-connector-groups',
  successStatus: 201,
});

export interface GetVoiceConnectorGroupInput {
  VoiceConnectorGroupId: string;
}

export interface GetVoiceConnectorGroupOutput {
  VoiceConnectorGroup: VoiceConnectorGroup;
}

/** Retrieves details for the specified Amazon Chime Voice Connector group, such as timestamps, name, and associated VoiceConnectorItems. `GET /voice-connector-groups/{VoiceConnectorGroupId}` */
export const GetVoiceConnectorGroup = defineOperation<
  GetVoiceConnectorGroupInput,
  GetVoiceConnectorGroupOutput
>({
  name: 'GetVoiceConnectorGroup',
  group: 'voice',
  method: 'GET',
  path: '/voice-connector-groups/{VoiceConnectorGroupId}',
  successStatus: 200,
});

export interface ListVoiceConnectorGroupsInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListVoiceConnectorGroupsOutput {
  NextToken?: string;
  VoiceConnectorGroups: VoiceConnectorGroup[];
}

/** Lists the Amazon Chime Voice Connector groups for the administrator's AWS account. `GET /voice-connector-groups` */
export const ListVoiceConnectorGroups = defineOperation<
  ListVoiceConnectorGroupsInput,
  ListVoiceConnectorGroupsOutput
>({
  name: 'ListVoiceConnectorGroups',
  group: 'voice',
  method: 'GET',
  path: '/voice-connector-groups',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateVoiceConnectorGroupInput {
  VoiceConnectorGroupId: string;
  Name: string;
  VoiceConnectorItems: VoiceConnectorItem[];
}

export interface UpdateVoiceConnectorGroupOutput {
  VoiceConnectorGroup: VoiceConnectorGroup;
}

/** Updates details of the specified Amazon Chime Voice Connector group, such as the name and Amazon Chime Voice Connector priority ranking. `PUT /voice-connector-groups/{VoiceConnectorGroupId}` */
export const UpdateVoiceConnectorGroup = defineOperation<
  UpdateVoiceConnectorGroupInput,
  UpdateVoiceConnectorGroupOutput
>({
  name: 'UpdateVoiceConnectorGroup',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connector-groups/{VoiceConnectorGroupId}',
  successStatus: 202,
});

export interface DeleteVoiceConnectorGroupInput {
  VoiceConnectorGroupId: string;
}

/** Deletes the specified Amazon Chime Voice Connector group. `DELETE /voice-connector-groups/{VoiceConnectorGroupId}` */
export const DeleteVoiceConnectorGroup = defineOperation<
  DeleteVoiceConnectorGroupInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorGroup',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connector-groups/{VoiceConnectorGroupId}',
  successStatus: 204,
});

export interface AssociatePhoneNumbersWithVoiceConnectorGroupInput {
  VoiceConnectorGroupId: string;
  E164PhoneNumbers: string[];
  ForceAssociate?: boolean;
}

export interface AssociatePhoneNumbersWithVoiceConnectorGroupOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Associates phone numbers with the specified Amazon Chime Voice Connector group. `POST /voice-connector-groups/{VoiceConnectorGroupId}?operation=associate-phone-numbers` */
export const AssociatePhoneNumbersWithVoiceConnectorGroup = defineOperation<
  AssociatePhoneNumbersWithVoiceConnectorGroupInput,
  AssociatePhoneNumbersWithVoiceConnectorGroupOutput
>({
  name: 'AssociatePhoneNumbersWithVoiceConnectorGroup',
  group: 'voice',
  method: 'POST',
  path: '/voice-connector-groups/{VoiceConnectorGroupId}',
  fixedQuery: { operation: 'associate-phone-numbers' },
  successStatus: 200,
});

export interface DisassociatePhoneNumbersFromVoiceConnectorGroupInput {
  VoiceConnectorGroupId: string;
  E164PhoneNumbers: string[];
}

export interface DisassociatePhoneNumbersFromVoiceConnectorGroupOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Disassociates the specified phone numbers from the specified Amazon Chime Voice Connector group. `POST /voice-connector-groups/{VoiceConnectorGroupId}?operation=disassociate-phone-numbers` */
export const DisassociatePhoneNumbersFromVoiceConnectorGroup = defineOperation<
  DisassociatePhoneNumbersFromVoiceConnectorGroupInput,
  DisassociatePhoneNumbersFromVoiceConnectorGroupOutput
>({
  name: 'DisassociatePhoneNumbersFromVoiceConnectorGroup',
  group: 'voice',
  method: 'POST',
  path: '/voice-connector-groups/{VoiceConnectorGroupId}',
  fixedQuery: { operation: 'disassociate-phone-numbers' },
  successStatus: 200,
});
