import { defineOperation } from '../operation.ts';
import type {
  SipMediaApplication,
  SipMediaApplicationCall,
  SipMediaApplicationEndpoint,
  SipMediaApplicationLoggingConfiguration,
} from '../shapes/sip-media-application.ts';

export interface CreateSipMediaApplicationInput {
  AwsRegion: string;
  Name: string;
  Endpoints: SipMediaApplicationEndpoint[];
}

export interface CreateSipMediaApplicationOutput {
  SipMediaApplication: SipMediaApplication;
}

/** Creates a SIP media application. `POST /sip-media-applications` */
export const CreateSipMediaApplication = defineOperation<
  CreateSipMediaApplicationInput,
  CreateSipMediaApplicationOutput
>({
  name: 'CreateSipMediaApplication',
  group: 'voice',
  method: 'POST',
  path: '/sip-media-applications',
  successStatus: 201,
});

export interface GetSipMediaApplicationInput {
  SipMediaApplicationId: string;
}

export interface GetSipMediaApplicationOutput {
  SipMediaApplication: SipMediaApplication;
}

/** Retrieves the information for a SIP media application, including name, AWS Region, and endpoints. `GET /sip-media-applications/{SipMediaApplicationId}` */
export const GetSipMediaApplication = defineOperation<
  GetSipMediaApplicationInput,
  GetSipMediaApplicationOutput
>({
  name: 'GetSipMediaApplication',
  group: 'voice',
  method: 'GET',
  path: '/sip-media-applications/{SipMediaApplicationId}',
  successStatus: 200,
});

export interface ListSipMediaApplicationsInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListSipMediaApplicationsOutput {
  NextToken?: string;
  SipMediaApplications: SipMediaApplication[];
}

/** Lists the SIP media applications under the administrator's AWS account. `GET /sip-media-applications` */
export const ListSipMediaApplications = defineOperation<
  ListSipMediaApplicationsInput,
  ListSipMediaApplicationsOutput
>({
  name: 'ListSipMediaApplications',
  group: 'voice',
  method: 'GET',
  path: '/sip-media-applications',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateSipMediaApplicationInput {
  SipMediaApplicationId: string;
  Name?: string;
  Endpoints?: SipMediaApplicationEndpoint[];
}

export interface UpdateSipMediaApplicationOutput {
  SipMediaApplication: SipMediaApplication;
}

/** Updates the details of the specified SIP media application. `PUT /sip-media-applications/{SipMediaApplicationId}` */
export const UpdateSipMediaApplication = defineOperation<
  UpdateSipMediaApplicationInput,
  UpdateSipMediaApplicationOutput
>({
  name: 'UpdateSipMediaApplication',
  group: 'voice',
  method: 'PUT',
  path: '/sip-media-applications/{SipMediaApplicationId}',
  successStatus: 200,
});

export interface DeleteSipMediaApplicationInput {
  SipMediaApplicationId: string;
}

/** Deletes a SIP media application. `DELETE /sip-media-applications/{SipMediaApplicationId}` */
export const DeleteSipMediaApplication = defineOperation<
  DeleteSipMediaApplicationInput,
  Record<string, never>
>({
  name: 'DeleteSipMediaApplication',
  group: 'voice',
  method: 'DELETE',
  path: '/sip-media-applications/{SipMediaApplicationId}',
  successStatus: 204,
});

export interface GetSipMediaApplicationLoggingConfigurationInput {
  SipMediaApplicationId: string;
}

export interface GetSipMediaApplicationLoggingConfigurationOutput {
  SipMediaApplicationLoggingConfiguration?: SipMediaApplicationLoggingConfiguration;
}

/** Returns the logging configuration for the specified SIP media application. `GET /sip-media-applications/{SipMediaApplicationId}/logging-configuration` */
export const GetSipMediaApplicationLoggingConfiguration = defineOperation<
  GetSipMediaApplicationLoggingConfigurationInput,
  GetSipMediaApplicationLoggingConfigurationOutput
>({
  name: 'GetSipMediaApplicationLoggingConfiguration',
  group: 'voice',
  method: 'GET',
  path: '/sip-media-applications/{SipMediaApplicationId}/logging-configuration',
  successStatus: 200,
});

export interface PutSipMediaApplicationLoggingConfigurationInput {
  SipMediaApplicationId: string;
  SipMediaApplicationLoggingConfiguration?: SipMediaApplicationLoggingConfiguration;
}

export interface PutSipMediaApplicationLoggingConfigurationOutput {
  SipMediaApplicationLoggingConfiguration?: SipMediaApplicationLoggingConfiguration;
}

/** Updates the logging configuration for the specified SIP media application. `PUT /sip-media-applications/{SipMediaApplicationId}/logging-configuration` */
export const PutSipMediaApplicationLoggingConfiguration = defineOperation<
  PutSipMediaApplicationLoggingConfigurationInput,
  PutSipMediaApplicationLoggingConfigurationOutput
>({
  name: 'PutSipMediaApplicationLoggingConfiguration',
  group: 'voice',
  method: 'PUT',
  path: '/sip-media-applications/{SipMediaApplicationId}/logging-configuration',
  successStatus: 200,
});

export interface CreateSipMediaApplicationCallInput {
  SipMediaApplicationId: string;
  FromPhoneNumber: string;
  ToPhoneNumber: string;
  SipHeaders?: Record<string, string>;
}

export interface CreateSipMediaApplicationCallOutput {
  SipMediaApplicationCall: SipMediaApplicationCall;
}

/** Creates an outbound call from a number of the inventory, handled by the SIP media application's endpoint. `POST /sip-media-applications/{SipMediaApplicationId}/calls` */
export const CreateSipMediaApplicationCall = defineOperation<
  CreateSipMediaApplicationCallInput,
  CreateSipMediaApplicationCallOutput
>({
  name: 'CreateSipMediaApplicationCall',
  group: 'voice',
  method: 'POST',
  path: '/sip-media-applications/{SipMediaApplicationId}/calls',
  successStatus: 201,
});

export interface UpdateSipMediaApplicationCallInput {
  SipMediaApplicationId: string;
  TransactionId: string;
  Arguments: Record<string, string>;
}

export interface UpdateSipMediaApplicationCallOutput {
  SipMediaApplicationCall: SipMediaApplicationCall;
}

/** Invokes the SIP media application's Lambda function for a call in progress, with arguments. `POST /sip-media-applications/{SipMediaApplicationId}/calls/{TransactionId}` */
export const UpdateSipMediaApplicationCall = defineOperation<
  UpdateSipMediaApplicationCallInput,
  UpdateSipMediaApplicationCallOutput
>({
  name: 'UpdateSipMediaApplicationCall',
  group: 'voice',
  method: 'POST',
  path: '/sip-media-applications/{SipMediaApplicationId}/calls/{TransactionId}',
  successStatus: 202,
});
