import type { IsoTimestamp } from './timestamps.ts';

/** The endpoint of a SIP media application: the Lambda function it invokes. */
export interface SipMediaApplicationEndpoint {
  LambdaArn?: string;
}

/** A SIP media application: a name, a Region and the Lambda endpoint that handles its calls. */
export interface SipMediaApplication {
  AwsRegion?: string;
  CreatedTimestamp?: IsoTimestamp;
  Endpoints?: SipMediaApplicationEndpoint[];
  Name?: string;
  SipMediaApplicationArn?: string;
  SipMediaApplicationId: string;
  UpdatedTimestamp?: IsoTimestamp;
}

/** The logging configuration of a SIP media application. */
export interface SipMediaApplicationLoggingConfiguration {
  EnableSipMediaApplicationMessageLogs?: boolean;
}

/** A call a SIP media application made or is handling. */
export interface SipMediaApplicationCall {
  TransactionId?: string;
}
