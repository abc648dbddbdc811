import {
  BadRequestException,
  DeleteMessagingStreamingConfigurationsCommand,
  GetMessagingStreamingConfigurationsCommand,
  NotFoundException,
  PutMessagingStreamingConfigurationsCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const local = useMessagingLocal();

const STREAM = 'arn:aws:kinesis:us-east-1:111122223333:stream/chime-messages';

describe('app instance streaming configurations (Chime SDK Messaging)', () => {
  let appInstanceArn: string;
  beforeAll(async () => {
    ({ appInstanceArn } = await buildAppInstance(local.identity, 'Streaming', 0));
  });

  it('answers 404 until configurations are put, then puts and reads them back', async () => {
    const none = await rejection(
      local.messaging.send(
        new GetMessagingStreamingConfigurationsCommand({ AppInstanceArn: appInstanceArn }),
      ),
    );
    expect(none).toBeInstanceOf(NotFoundException);
    const configurations = [
      { DataType: 'ChannelMessage' as const, ResourceArn: STREAM },
      { DataType: 'Channel' as const, ResourceArn: `${STREAM}-channels` },
    ];
    const put = await local.messaging.send(
      new PutMessagingStreamingConfigurationsCommand({
        AppInstanceArn: appInstanceArn,
        StreamingConfigurations: configurations,
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(200);
    expect(put.StreamingConfigurations).toEqual(configurations);
    const read = await local.messaging.send(
      new GetMessagingStreamingConfigurationsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(read.StreamingConfigurations).toEqual(configurations);
  });

  it('deletes them with 204', async () => {
    const deleted = await local.messaging.send(
      new DeleteMessagingStreamingConfigurationsCommand({ AppInstanceArn: appInstanceArn }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const gone = await rejection(
      local.messaging.send(
        new GetMessagingStreamingConfigurationsCommand({ AppInstanceArn: appInstanceArn }),
      ),
    );
    expect(gone).toBeInstanceOf(NotFoundException);
  });

  it('refuses 0 or 3 items, a repeated data type and a resource ARN off the pattern, naming them', async () => {
    const item = { DataType: 'Channel' as const, ResourceArn: STREAM };
    const cases: [unknown[], string][] = [
      [[], 'StreamingConfigurations'],
      [[item, { ...item, DataType: 'ChannelMessage' }, item], 'StreamingConfigurations'],
      [[item, item], 'DataType'],
      [[{ ...item, ResourceArn: 'kinesis stream' }], 'StreamingConfigurations[0].ResourceArn'],
      [[{ ...item, DataType: 'Meeting' }], 'StreamingConfigurations[0].DataType'],
    ];
    for (const [configurations, name] of cases) {
      const error = await rejection(
        local.messaging.send(
          new PutMessagingStreamingConfigurationsCommand({
            AppInstanceArn: appInstanceArn,
            StreamingConfigurations: configurations as never,
          }),
        ),
      );
      expect(error, name).toBeInstanceOf(BadRequestException);
      expect(error.message).toContain(name);
    }
  });

  it('answers 404 for an unknown app instance', async () => {
    const unknown = 'arn:aws:chime:us-east-1:111122223333:app-instance/unknown';
    for (const command of [
      new GetMessagingStreamingConfigurationsCommand({ AppInstanceArn: unknown }),
      new DeleteMessagingStreamingConfigurationsCommand({ AppInstanceArn: unknown }),
      new PutMessagingStreamingConfigurationsCommand({
        AppInstanceArn: unknown,
        StreamingConfigurations: [{ DataType: 'Channel', ResourceArn: STREAM }],
      }),
    ]) {
      const error = await rejection(local.messaging.send(command as never));
      expect(error).toBeInstanceOf(NotFoundException);
      expect(error.$metadata?.httpStatusCode).toBe(404);
    }
  });
});
