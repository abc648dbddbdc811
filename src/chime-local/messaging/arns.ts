import { LOCAL_AWS_ACCOUNT_ID, LOCAL_REGION } from '../store.ts';

/** `arn:aws:chime:us-east-1:111122223333:app-instance/<id>`, as the service names an AppInstance. */
export function appInstanceArn(appInstanceId: string): string {
  return `arn:aws:chime:${LOCAL_REGION}:${LOCAL_AWS_ACCOUNT_ID}:app-instance/${appInstanceId}`;
}

/** `<app instance ARN>/user/<AppInstanceUserId>`. */
export function appInstanceUserArn(appInstance: string, appInstanceUserId: string): string {
  return `${appInstance}/user/${appInstanceUserId}`;
}

/** `<app instance ARN>/channel/<id>`. */
export function channelArn(appInstance: string, channelId: string): string {
  return `${appInstance}/channel/${channelId}`;
}
