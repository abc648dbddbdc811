import { defineOperation } from '../operation.ts';
import type { StreamingConfiguration } from '../shapes/app-instance.ts';

// The legacy actions Get/Put/DeleteAppInstanceStreamingConfigurations are served today by Chime SDK
// Messaging as Get/Put/DeleteMessagingStreamingConfigurations, with the same method, path and status;
// they keep the reference's names here, and speak the messaging namespace's members. Neither namespace
// takes a bearer for them: the signature alone authorizes them.

export interface AppInstanceStreamingConfigurationsInput {
  AppInstanceArn: string;
}

export interface AppInstanceStreamingConfigurationsOutput {
  StreamingConfigurations?: StreamingConfiguration[];
}

/** Gets the streaming settings for an AppInstance. `GET /app-instances/{AppInstanceArn}/streaming-configurations` */
export const GetAppInstanceStreamingConfigurations = defineOperation<
  AppInstanceStreamingConfigurationsInput,
  AppInstanceStreamingConfigurationsOutput
>({
  name: 'GetAppInstanceStreamingConfigurations',
  group: 'messaging',
  method: 'GET',
  path: '/app-instances/{AppInstanceArn}/streaming-configurations',
  successStatus: 200,
});

export interface PutAppInstanceStreamingConfigurationsInput {
  AppInstanceArn: string;
  StreamingConfigurations: StreamingConfiguration[];
}

/** Sets the data streaming configurations of an AppInstance. `PUT /app-instances/{AppInstanceArn}/streaming-configurations` */
export const PutAppInstanceStreamingConfigurations = defineOperation<
  PutAppInstanceStreamingConfigurationsInput,
  AppInstanceStreamingConfigurationsOutput
>({
  name: 'PutAppInstanceStreamingConfigurations',
  group: 'messaging',
  method: 'PUT',
  path: '/app-instances/{AppInstanceArn}/streaming-configurations',
  successStatus: 200,
});

/** Deletes the streaming configurations of an AppInstance. `DELETE /app-instances/{AppInstanceArn}/streaming-configurations` */
export const DeleteAppInstanceStreamingConfigurations = defineOperation<
  AppInstanceStreamingConfigurationsInput,
  Record<string, never>
>({
  name: 'DeleteAppInstanceStreamingConfigurations',
  group: 'messaging',
  method: 'DELETE',
  path: '/app-instances/{AppInstanceArn}/streaming-configurations',
  successStatus: 204,
});
