import { defineOperation } from '../operation.ts';
import type { PhoneNumberError } from '../shapes/phone-number.ts';
import type { VoiceConnector } from '../shapes/voice-connector.ts';

export interface CreateVoiceConnectorInput {
  AwsRegion?: string;
  Name: string;
  RequireEncryption: boolean;
}

export interface CreateVoiceConnectorOutput {
  VoiceConnector: VoiceConnector;
}

/** Creates an Amazon Chime Voice Connector under the administrator's AWS account. `POST /voice-connectors` */
export const CreateVoiceConnector = defineOperation<CreateVoiceConnectorInput, CreateVoiceConnectorOutput>({
  name: 'CreateVoiceConnector',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors',
  successStatus: 201,
});

export interface GetVoiceConnectorInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorOutput {
  VoiceConnector: VoiceConnector;
}

/** Retrieves details for the specified Amazon Chime Voice Connector, such as timestamps, name, outbound host, and encryption requirements. `GET /voice-connectors/{VoiceConnectorId}` */
export const GetVoiceConnector = defineOperation<GetVoiceConnectorInput, GetVoiceConnectorOutput>({
  name: 'GetVoiceConnector',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}',
  successStatus: 200,
});

export interface ListVoiceConnectorsInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListVoiceConnectorsOutput {
  NextToken?: string;
  VoiceConnectors: VoiceConnector[];
}

/** Lists the Amazon Chime Voice Connectors for the administrator's AWS account. `GET /voice-connectors` */
export const ListVoiceConnectors = defineOperation<ListVoiceConnectorsInput, ListVoiceConnectorsOutput>({
  name: 'ListVoiceConnectors',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateVoiceConnectorInput {
  VoiceConnectorId: string;
  Name: string;
  RequireEncryption: boolean;
}

export interface UpdateVoiceConnectorOutput {
  VoiceConnector: VoiceConnector;
}

/** Updates details for the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}` */
export const UpdateVoiceConnector = defineOperation<UpdateVoiceConnectorInput, UpdateVoiceConnectorOutput>({
  name: 'UpdateVoiceConnector',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}',
  successStatus: 200,
});

export interface DeleteVoiceConnectorInput {
  VoiceConnectorId: string;
}

/** Deletes the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}` */
export const DeleteVoiceConnector = defineOperation<DeleteVoiceConnectorInput, Record<string, never>>({
  name: 'DeleteVoiceConnector',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}',
  successStatus: 204,
});

export interface AssociatePhoneNumbersWithVoiceConnectorInput {
  VoiceConnectorId: string;
  E164PhoneNumbers: string[];
  ForceAssociate?: boolean;
}

export interface AssociatePhoneNumbersWithVoiceConnectorOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Associates phone numbers with the specified Amazon Chime Voice Connector. `POST /voice-connectors/{VoiceConnectorId}?operation=associate-phone-numbers` */
export const AssociatePhoneNumbersWithVoiceConnector = defineOperation<
  AssociatePhoneNumbersWithVoiceConnectorInput,
  AssociatePhoneNumbersWithVoiceConnectorOutput
>({
  name: 'AssociatePhoneNumbersWithVoiceConnector',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}',
  fixedQuery: { operation: 'associate-phone-numbers' },
  successStatus: 200,
});

export interface DisassociatePhoneNumbersFromVoiceConnectorInput {
  VoiceConnectorId: string;
  E164PhoneNumbers: string[];
}

export interface DisassociatePhoneNumbersFromVoiceConnectorOutput {
  PhoneNumberErrors?: PhoneNumberError[];
}

/** Disassociates the specified phone numbers from the specified Amazon Chime Voice Connector. `POST /voice-connectors/{VoiceConnectorId}?operation=disassociate-phone-numbers` */
export const DisassociatePhoneNumbersFromVoiceConnector = defineOperation<
  DisassociatePhoneNumbersFromVoiceConnectorInput,
  DisassociatePhoneNumbersFromVoiceConnectorOutput
>({
  name: 'DisassociatePhoneNumbersFromVoiceConnector',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}',
  fixedQuery: { operation: 'disassociate-phone-numbers' },
  successStatus: 200,
});
