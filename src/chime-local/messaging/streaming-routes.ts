import { badRequest, notFound } from '../errors.ts';
import type { Route } from '../router.ts';
import { requiredArray, requiredEnum, requiredObject, requiredString } from '../validate.ts';
import { appInstanceNamed } from './identity-routes.ts';
import type { StreamingConfiguration } from './wire.ts';

const DATA_TYPES: readonly StreamingConfiguration['DataType'][] = ['Channel', 'ChannelMessage'];

/** A Kinesis data stream's ARN, as StreamingConfiguration's ResourceArn: `^arn[\/:\-_\.a-zA-Z0-9]+$`, 1-1024. */
const RESOURCE_ARN_RULE = { pattern: /^arn[/:\-_.a-zA-Z0-9]+$/, min: 1, max: 1024 };

const PATH = '/app-instances/{AppInstanceArn}/streaming-configurations';

/**
 * An app instance's streaming configurations: the reference's Get/Put/DeleteAppInstanceStreamingConfigurations,
 * which Chime SDK Messaging serves as Get/Put/DeleteMessagingStreamingConfigurations at the same path,
 * with its members (StreamingConfigurations, DataType). Made with the signature alone: no bearer.
 */
export const streamingRoutes: Route[] = [
  {
    operation: 'GetAppInstanceStreamingConfigurations',
    method: 'GET',
    path: PATH,
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      if (!record.streaming)
        throw notFound(`AppInstance ${record.appInstance.AppInstanceArn} has no streaming configurations`);
      return { body: { StreamingConfigurations: record.streaming.map((item) => ({ ...item })) } };
    },
  },
  {
    operation: 'PutAppInstanceStreamingConfigurations',
    method: 'PUT',
    path: PATH,
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const items = requiredArray(request.body.StreamingConfigurations, 'StreamingConfigurations', {
        min: 1,
        max: 2,
      }).map((raw, index): StreamingConfiguration => {
        const name = `StreamingConfigurations[${index}]`;
        const item = requiredObject(raw, name);
        return {
          DataType: requiredEnum(item.DataType, `${name}.DataType`, DATA_TYPES),
          ResourceArn: requiredString(item.ResourceArn, `${name}.ResourceArn`, RESOURCE_ARN_RULE),
        };
      });
      const dataTypes = items.map((item) => item.DataType);
      if (new Set(dataTypes).size !== dataTypes.length)
        throw badRequest(`StreamingConfigurations must name each DataType once, got ${dataTypes.join(', ')}`);
      record.streaming = items;
      return { body: { StreamingConfigurations: items.map((item) => ({ ...item })) } };
    },
  },
  {
    operation: 'DeleteAppInstanceStreamingConfigurations',
    method: 'DELETE',
    path: PATH,
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      delete record.streaming;
      return { status: 204 };
    },
  },
];
