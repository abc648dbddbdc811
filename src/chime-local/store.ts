import { AdminState } from './admin/state.ts';
import { MediaPipelineState } from './media-pipelines/state.ts';
import { MeetingState } from './meetings/state.ts';
import { MessagingState } from './messaging/state.ts';
import { Paginator } from './paging.ts';
import { PhoneNumberState } from './phone-numbers/state.ts';
import { VoiceState } from './voice/state.ts';

/** The AWS account and region that chime-local's ARNs and accounts name. */
export const LOCAL_AWS_ACCOUNT_ID = '111122223333';
export const LOCAL_REGION = 'us-east-1';

/**
 * chime-local's whole in-memory state: one store shared by every service group, so
 * that associations (a number and its user, a number and its voice connector) stay
 * consistent in both directions.
 */
export class Store {
  readonly admin = new AdminState();
  readonly phoneNumbers = new PhoneNumberState();
  readonly voice = new VoiceState();
  readonly messaging = new MessagingState();
  readonly meetings = new MeetingState();
  readonly mediaPipelines = new MediaPipelineState();
  readonly paginator = new Paginator();

  /** A fresh identifier shaped like the service's (a UUID). */
  newId(): string {
    return crypto.randomUUID();
  }

  /** The service's clock, as an ISO 8601 string (admin and voice groups). */
  now(): string {
    return new Date().toISOString();
  }
}
