import { defineOperation } from '../operation.ts';
import type {
  AppInstance,
  AppInstanceAdmin,
  AppInstanceAdminSummary,
  AppInstanceRetentionSettings,
  AppInstanceSummary,
  AppInstanceUser,
  AppInstanceUserSummary,
} from '../shapes/app-instance.ts';
import type { Identity } from '../shapes/channel.ts';
import type { Tag } from '../shapes/tag.ts';
import type { EpochSeconds } from '../shapes/timestamps.ts';

export interface CreateAppInstanceInput {
  ClientRequestToken: string;
  Metadata?: string;
  Name: string;
  Tags?: Tag[];
}

export interface CreateAppInstanceOutput {
  AppInstanceArn: string;
}

/** Creates an Amazon Chime SDK messaging AppInstance under an AWS account. `POST /app-instances` */
export const CreateAppInstance = defineOperation<CreateAppInstanceInput, CreateAppInstanceOutput>({
  name: 'CreateAppInstance',
  group: 'identity',
  method: 'POST',
  path: '/app-instances',
  successStatus: 201,
});

export interface DescribeAppInstanceInput {
  AppInstanceArn: string;
}

export interface DescribeAppInstanceOutput {
  AppInstance: AppInstance;
}

/** Returns the full details of an AppInstance. `GET /app-instances/{AppInstanceArn}` */
export const DescribeAppInstance = defineOperation<DescribeAppInstanceInput, DescribeAppInstanceOutput>({
  name: 'DescribeAppInstance',
  group: 'identity',
  method: 'GET',
  path: '/app-instances/{AppInstanceArn}',
  successStatus: 200,
});

export interface ListAppInstancesInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAppInstancesOutput {
  AppInstances: AppInstanceSummary[];
  NextToken?: string;
}

/** Lists all Amazon Chime AppInstances created under a single AWS account. `GET /app-instances` */
export const ListAppInstances = defineOperation<ListAppInstancesInput, ListAppInstancesOutput>({
  name: 'ListAppInstances',
  group: 'identity',
  method: 'GET',
  path: '/app-instances',
  query: { MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 50,
});

export interface CreateAppInstanceUserInput {
  AppInstanceArn: string;
  AppInstanceUserId: string;
  ClientRequestToken: string;
  Metadata?: string;
  Name: string;
  Tags?: Tag[];
}

export interface CreateAppInstanceUserOutput {
  AppInstanceUserArn: string;
}

/** Creates a user under an Amazon Chime AppInstance. `POST /app-instance-users` */
export const CreateAppInstanceUser = defineOperation<CreateAppInstanceUserInput, CreateAppInstanceUserOutput>(
  {
    name: 'CreateAppInstanceUser',
    group: 'identity',
    method: 'POST',
    path: '/app-instance-users',
    successStatus: 201,
  },
);

export interface DescribeAppInstanceUserInput {
  AppInstanceUserArn: string;
}

export interface DescribeAppInstanceUserOutput {
  AppInstanceUser: AppInstanceUser;
}

/** Returns the full details of an AppInstanceUser. `GET /app-instance-users/{AppInstanceUserArn}` */
export const DescribeAppInstanceUser = defineOperation<
  DescribeAppInstanceUserInput,
  DescribeAppInstanceUserOutput
>({
  name: 'DescribeAppInstanceUser',
  group: 'identity',
  method: 'GET',
  path: '/app-instance-users/{AppInstanceUserArn}',
  successStatus: 200,
});

export interface ListAppInstanceUsersInput {
  AppInstanceArn: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAppInstanceUsersOutput {
  AppInstanceArn: string;
  AppInstanceUsers: AppInstanceUserSummary[];
  NextToken?: string;
}

/** List all AppInstanceUsers created under a single AppInstance. `GET /app-instance-users` */
export const ListAppInstanceUsers = defineOperation<ListAppInstanceUsersInput, ListAppInstanceUsersOutput>({
  name: 'ListAppInstanceUsers',
  group: 'identity',
  method: 'GET',
  path: '/app-instance-users',
  query: { AppInstanceArn: 'app-instance-arn', MaxResults: 'max-results', NextToken: 'next-token' },
  successStatus: 200,
  maxResults: 50,
});

export interface CreateAppInstanceAdminInput {
  AppInstanceArn: string;
  AppInstanceAdminArn: string;
}

export interface CreateAppInstanceAdminOutput {
  AppInstanceAdmin?: Identity;
  AppInstanceArn?: string;
}

/** Promotes an AppInstanceUser to an AppInstanceAdmin. `POST /app-instances/{AppInstanceArn}/admins` */
export const CreateAppInstanceAdmin = defineOperation<
  CreateAppInstanceAdminInput,
  CreateAppInstanceAdminOutput
>({
  name: 'CreateAppInstanceAdmin',
  group: 'identity',
  method: 'POST',
  path: '/app-instances/{AppInstanceArn}/admins',
  successStatus: 201,
});

export interface AppInstanceAdminKeyInput {
  AppInstanceArn: string;
  AppInstanceAdminArn: string;
}

/** Demotes an AppInstanceAdmin to an AppInstanceUser (the user stays). `DELETE /app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}` */
export const DeleteAppInstanceAdmin = defineOperation<AppInstanceAdminKeyInput, Record<string, never>>({
  name: 'DeleteAppInstanceAdmin',
  group: 'identity',
  method: 'DELETE',
  path: '/app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}',
  successStatus: 204,
});

export interface DescribeAppInstanceAdminOutput {
  AppInstanceAdmin: AppInstanceAdmin;
}

/** Returns the full details of an AppInstanceAdmin. `GET /app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}` */
export const DescribeAppInstanceAdmin = defineOperation<
  AppInstanceAdminKeyInput,
  DescribeAppInstanceAdminOutput
>({
  name: 'DescribeAppInstanceAdmin',
  group: 'identity',
  method: 'GET',
  path: '/app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}',
  successStatus: 200,
});

export interface ListAppInstanceAdminsInput {
  AppInstanceArn: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListAppInstanceAdminsOutput {
  AppInstanceAdmins: AppInstanceAdminSummary[];
  AppInstanceArn?: string;
  NextToken?: string;
}

/** Returns a list of the administrators in the AppInstance. `GET /app-instances/{AppInstanceArn}/admins` */
export const ListAppInstanceAdmins = defineOperation<ListAppInstanceAdminsInput, ListAppInstanceAdminsOutput>(
  {
    name: 'ListAppInstanceAdmins',
    group: 'identity',
    method: 'GET',
    path: '/app-instances/{AppInstanceArn}/admins',
    query: { MaxResults: 'max-results', NextToken: 'next-token' },
    successStatus: 200,
    maxResults: 50,
  },
);

export interface GetAppInstanceRetentionSettingsInput {
  AppInstanceArn: string;
}

export interface AppInstanceRetentionSettingsOutput {
  AppInstanceRetentionSettings?: AppInstanceRetentionSettings;
  /** When the messages past their retention are deleted, in epoch seconds. */
  InitiateDeletionTimestamp?: EpochSeconds;
}

/** Gets the retention settings for an AppInstance. `GET /app-instances/{AppInstanceArn}/retention-settings` */
export const GetAppInstanceRetentionSettings = defineOperation<
  GetAppInstanceRetentionSettingsInput,
  AppInstanceRetentionSettingsOutput
>({
  name: 'GetAppInstanceRetentionSettings',
  group: 'identity',
  method: 'GET',
  path: '/app-instances/{AppInstanceArn}/retention-settings',
  successStatus: 200,
});

export interface PutAppInstanceRetentionSettingsInput {
  AppInstanceArn: string;
  AppInstanceRetentionSettings: AppInstanceRetentionSettings;
}

/** Sets how many days an AppInstance retains its channels' messages. `PUT /app-instances/{AppInstanceArn}/retention-settings` */
export const PutAppInstanceRetentionSettings = defineOperation<
  PutAppInstanceRetentionSettingsInput,
  AppInstanceRetentionSettingsOutput
>({
  name: 'PutAppInstanceRetentionSettings',
  group: 'identity',
  method: 'PUT',
  path: '/app-instances/{AppInstanceArn}/retention-settings',
  successStatus: 200,
});

export interface UpdateAppInstanceInput {
  AppInstanceArn: string;
  Name: string;
  Metadata?: string;
}

/** Updates AppInstance metadata. `PUT /app-instances/{AppInstanceArn}` */
export const UpdateAppInstance = defineOperation<UpdateAppInstanceInput, { AppInstanceArn?: string }>({
  name: 'UpdateAppInstance',
  group: 'identity',
  method: 'PUT',
  path: '/app-instances/{AppInstanceArn}',
  successStatus: 200,
});

/** Deletes an AppInstance and all associated data asynchronously. `DELETE /app-instances/{AppInstanceArn}` */
export const DeleteAppInstance = defineOperation<{ AppInstanceArn: string }, Record<string, never>>({
  name: 'DeleteAppInstance',
  group: 'identity',
  method: 'DELETE',
  path: '/app-instances/{AppInstanceArn}',
  successStatus: 204,
});

export interface UpdateAppInstanceUserInput {
  AppInstanceUserArn: string;
  Name: string;
  Metadata?: string;
}

/** Updates the name and metadata of an AppInstanceUser. `PUT /app-instance-users/{AppInstanceUserArn}` */
export const UpdateAppInstanceUser = defineOperation<
  UpdateAppInstanceUserInput,
  { AppInstanceUserArn?: string }
>({
  name: 'UpdateAppInstanceUser',
  group: 'identity',
  method: 'PUT',
  path: '/app-instance-users/{AppInstanceUserArn}',
  successStatus: 200,
});

/** Deletes an AppInstanceUser. `DELETE /app-instance-users/{AppInstanceUserArn}` */
export const DeleteAppInstanceUser = defineOperation<{ AppInstanceUserArn: string }, Record<string, never>>({
  name: 'DeleteAppInstanceUser',
  group: 'identity',
  method: 'DELETE',
  path: '/app-instance-users/{AppInstanceUserArn}',
  successStatus: 204,
});
