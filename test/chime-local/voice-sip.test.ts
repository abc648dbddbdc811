import {
  ConflictException,
  CreateSipMediaApplicationCallCommand,
  CreateSipMediaApplicationCommand,
  CreateSipRuleCommand,
  DeleteSipMediaApplicationCommand,
  DeleteSipRuleCommand,
  GetSipMediaApplicationCommand,
  GetSipMediaApplicationLoggingConfigurationCommand,
  GetSipRuleCommand,
  ListSipMediaApplicationsCommand,
  ListSipRulesCommand,
  NotFoundException,
  PutSipMediaApplicationLoggingConfigurationCommand,
  UpdateSipMediaApplicationCallCommand,
  UpdateSipMediaApplicationCommand,
  UpdateSipRuleCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { describe, expect, it } from 'vitest';
import { e164s, expectBadRequest, orderNumbers, rejection, useVoiceLocal } from './voice-helpers.ts';

const chime = useVoiceLocal();

const lambda = (name: string, region = 'us-east-1') =>
  `arn:aws:lambda:${region}:111122223333:function:${name}`;
const unknown = '00000000-0000-4000-8000-000000000000';

async function newApplication(name: string, region: 'us-east-1' | 'us-west-2' = 'us-east-1') {
  const { SipMediaApplication } = await chime.voice.send(
    new CreateSipMediaApplicationCommand({
      Name: name,
      AwsRegion: region,
      Endpoints: [{ LambdaArn: lambda(name, region) }],
    }),
  );
  return SipMediaApplication!.SipMediaApplicationId!;
}

async function newRule(name: string, trigger: string, targets: [id: string, region?: string][]) {
  const { SipRule } = await chime.voice.send(
    new CreateSipRuleCommand({
      Name: name,
      TriggerType: 'RequestUriHostname',
      TriggerValue: trigger,
      TargetApplications: targets.map(([id, region], index) => ({
        SipMediaApplicationId: id,
        AwsRegion: region ?? 'us-east-1',
        Priority: index + 1,
      })),
    }),
  );
  return SipRule!.SipRuleId!;
}

describe('SIP media applications', () => {
  it('creates (201), reads, updates (200) and deletes (204) an application', async () => {
    const created = await chime.voice.send(
      new CreateSipMediaApplicationCommand({
        Name: 'ivr',
        AwsRegion: 'us-east-1',
        Endpoints: [{ LambdaArn: lambda('ivr') }],
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    const id = created.SipMediaApplication!.SipMediaApplicationId!;
    expect(created.SipMediaApplication).toMatchObject({
      Name: 'ivr',
      AwsRegion: 'us-east-1',
      Endpoints: [{ LambdaArn: lambda('ivr') }],
      SipMediaApplicationArn: `arn:aws:chime:us-east-1:111122223333:sma/${id}`,
    });
    const read = await chime.voice.send(new GetSipMediaApplicationCommand({ SipMediaApplicationId: id }));
    expect(read.SipMediaApplication).toEqual(created.SipMediaApplication);

    const updated = await chime.voice.send(
      new UpdateSipMediaApplicationCommand({ SipMediaApplicationId: id, Name: 'ivr-2' }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(200);
    expect(updated.SipMediaApplication).toMatchObject({
      Name: 'ivr-2',
      Endpoints: [{ LambdaArn: lambda('ivr') }],
    });
    const moved = await chime.voice.send(
      new UpdateSipMediaApplicationCommand({
        SipMediaApplicationId: id,
        Endpoints: [{ LambdaArn: lambda('ivr-next') }],
      }),
    );
    expect(moved.SipMediaApplication).toMatchObject({
      Name: 'ivr-2',
      Endpoints: [{ LambdaArn: lambda('ivr-next') }],
    });

    const deleted = await chime.voice.send(
      new DeleteSipMediaApplicationCommand({ SipMediaApplicationId: id }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(
      await rejection(chime.voice.send(new GetSipMediaApplicationCommand({ SipMediaApplicationId: id }))),
    ).toBeInstanceOf(NotFoundException);
  });

  it('answers 404 for an unknown application on get, update, delete and logging', async () => {
    for (const command of [
      new GetSipMediaApplicationCommand({ SipMediaApplicationId: unknown }),
      new UpdateSipMediaApplicationCommand({ SipMediaApplicationId: unknown, Name: 'x' }),
      new DeleteSipMediaApplicationCommand({ SipMediaApplicationId: unknown }),
      new GetSipMediaApplicationLoggingConfigurationCommand({ SipMediaApplicationId: unknown }),
      new PutSipMediaApplicationLoggingConfigurationCommand({ SipMediaApplicationId: unknown }),
      new UpdateSipMediaApplicationCallCommand({
        SipMediaApplicationId: unknown,
        TransactionId: unknown,
        Arguments: {},
      }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);
  });

  it('validates Name, AwsRegion, exactly one endpoint and the Lambda ARN (in the Region)', async () => {
    const create = (input: Record<string, unknown>) =>
      chime.voice.send(
        new CreateSipMediaApplicationCommand({
          Name: 'v',
          AwsRegion: 'us-east-1',
          Endpoints: [{ LambdaArn: lambda('v') }],
          ...input,
        } as never),
      );
    await expectBadRequest(create({ Name: '' }), 'Name');
    await expectBadRequest(create({ Name: 'x'.repeat(257) }), 'Name');
    await expectBadRequest(create({ AwsRegion: 'mars-1' }), 'AwsRegion');
    await expectBadRequest(create({ Endpoints: [] }), 'Endpoints');
    await expectBadRequest(
      create({ Endpoints: [{ LambdaArn: lambda('a') }, { LambdaArn: lambda('b') }] }),
      'Endpoints',
    );
    await expectBadRequest(create({ Endpoints: [{ LambdaArn: 'arn:aws:sns:us-east-1:1:x' }] }), 'LambdaArn');
    await expectBadRequest(create({ Endpoints: [{ LambdaArn: lambda('v', 'us-west-2') }] }), 'LambdaArn');
    await newApplication('taken');
    expect(await rejection(create({ Name: 'taken' }))).toBeInstanceOf(ConflictException);
  });

  it('reads and puts the logging configuration', async () => {
    const id = await newApplication('logged');
    const before = await chime.voice.send(
      new GetSipMediaApplicationLoggingConfigurationCommand({ SipMediaApplicationId: id }),
    );
    expect(before.SipMediaApplicationLoggingConfiguration).toEqual({});
    const put = await chime.voice.send(
      new PutSipMediaApplicationLoggingConfigurationCommand({
        SipMediaApplicationId: id,
        SipMediaApplicationLoggingConfiguration: { EnableSipMediaApplicationMessageLogs: true },
      }),
    );
    expect(put.$metadata.httpStatusCode).toBe(200);
    expect(put.SipMediaApplicationLoggingConfiguration).toEqual({
      EnableSipMediaApplicationMessageLogs: true,
    });
    const after = await chime.voice.send(
      new GetSipMediaApplicationLoggingConfigurationCommand({ SipMediaApplicationId: id }),
    );
    expect(after.SipMediaApplicationLoggingConfiguration).toEqual({
      EnableSipMediaApplicationMessageLogs: true,
    });
  });

  it('makes a call (201) from a dial-in number and updates it (202)', async () => {
    const id = await newApplication('caller');
    const [from, other] = e164s('206', 2, 700);
    await orderNumbers(chime.voice, [from!], 'SipMediaApplicationDialIn');
    await orderNumbers(chime.voice, [other!], 'VoiceConnector');
    const call = await chime.voice.send(
      new CreateSipMediaApplicationCallCommand({
        SipMediaApplicationId: id,
        FromPhoneNumber: from,
        ToPhoneNumber: '+14255550100',
        SipHeaders: { 'X-Campaign': 'spring' },
      }),
    );
    expect(call.$metadata.httpStatusCode).toBe(201);
    const transactionId = call.SipMediaApplicationCall!.TransactionId!;
    expect(transactionId).toMatch(/^[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}$/);
    const updated = await chime.voice.send(
      new UpdateSipMediaApplicationCallCommand({
        SipMediaApplicationId: id,
        TransactionId: transactionId,
        Arguments: { action: 'hangup' },
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(202);
    expect(updated.SipMediaApplicationCall).toEqual({ TransactionId: transactionId });

    const make = (input: Record<string, unknown>) =>
      chime.voice.send(
        new CreateSipMediaApplicationCallCommand({
          SipMediaApplicationId: id,
          FromPhoneNumber: from,
          ToPhoneNumber: '+14255550100',
          ...input,
        } as never),
      );
    await expectBadRequest(make({ FromPhoneNumber: '555' }), 'FromPhoneNumber');
    await expectBadRequest(make({ ToPhoneNumber: '+0123' }), 'ToPhoneNumber');
    await expectBadRequest(make({ FromPhoneNumber: other }), 'FromPhoneNumber');
    await expectBadRequest(make({ FromPhoneNumber: '+12065559999' }), 'FromPhoneNumber');
    await expectBadRequest(
      make({ SipHeaders: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`h${i}`, 'v'])) }),
      'SipHeaders',
    );
    await expectBadRequest(make({ SipMediaApplicationId: unknown }), 'SipMediaApplicationId');
    expect(
      await rejection(
        chime.voice.send(
          new UpdateSipMediaApplicationCallCommand({
            SipMediaApplicationId: id,
            TransactionId: unknown,
            Arguments: {},
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('pages ListSipMediaApplications: every application exactly once', async () => {
    for (let index = 0; index < 5; index += 1) await newApplication(`paged-${index}`);
    const all = (await chime.voice.send(new ListSipMediaApplicationsCommand({}))).SipMediaApplications ?? [];
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await chime.voice.send(
        new ListSipMediaApplicationsCommand({ MaxResults: 2, NextToken: token }),
      );
      expect(page.SipMediaApplications!.length).toBeLessThanOrEqual(2);
      ids.push(...page.SipMediaApplications!.map((application) => application.SipMediaApplicationId!));
      token = page.NextToken;
    } while (token);
    expect(ids).toEqual(all.map((application) => application.SipMediaApplicationId));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    await expectBadRequest(
      chime.voice.send(new ListSipMediaApplicationsCommand({ MaxResults: 100 })),
      'MaxResults',
    );
    await expectBadRequest(
      chime.voice.send(new ListSipMediaApplicationsCommand({ NextToken: 'forged' })),
      'NextToken',
    );
  });
});

describe('SIP rules', () => {
  it('creates (201), reads, updates (202) and deletes (204) a rule, disabled first', async () => {
    const east = await newApplication('rule-east');
    const west = await newApplication('rule-west', 'us-west-2');
    const created = await chime.voice.send(
      new CreateSipRuleCommand({
        Name: 'inbound',
        TriggerType: 'ToPhoneNumber',
        TriggerValue: '+12065550123',
        TargetApplications: [{ SipMediaApplicationId: east, AwsRegion: 'us-east-1', Priority: 1 }],
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    const id = created.SipRule!.SipRuleId!;
    expect(created.SipRule).toMatchObject({
      Name: 'inbound',
      Disabled: false,
      TriggerType: 'ToPhoneNumber',
      TriggerValue: '+12065550123',
    });
    expect((await chime.voice.send(new GetSipRuleCommand({ SipRuleId: id }))).SipRule).toEqual(
      created.SipRule,
    );

    const updated = await chime.voice.send(
      new UpdateSipRuleCommand({
        SipRuleId: id,
        Name: 'inbound-2',
        TargetApplications: [
          { SipMediaApplicationId: west, AwsRegion: 'us-west-2', Priority: 1 },
          { SipMediaApplicationId: east, AwsRegion: 'us-east-1', Priority: 2 },
        ],
      }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(202);
    expect(updated.SipRule).toMatchObject({ Name: 'inbound-2', Disabled: false });
    expect(updated.SipRule!.TargetApplications).toHaveLength(2);

    // An enabled rule cannot go, nor an application a rule targets.
    expect(await rejection(chime.voice.send(new DeleteSipRuleCommand({ SipRuleId: id })))).toBeInstanceOf(
      ConflictException,
    );
    expect(
      await rejection(
        chime.voice.send(new DeleteSipMediaApplicationCommand({ SipMediaApplicationId: east })),
      ),
    ).toBeInstanceOf(ConflictException);
    await chime.voice.send(new UpdateSipRuleCommand({ SipRuleId: id, Name: 'inbound-2', Disabled: true }));
    const deleted = await chime.voice.send(new DeleteSipRuleCommand({ SipRuleId: id }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await rejection(chime.voice.send(new GetSipRuleCommand({ SipRuleId: id })))).toBeInstanceOf(
      NotFoundException,
    );
    await chime.voice.send(new DeleteSipMediaApplicationCommand({ SipMediaApplicationId: east }));
  });

  it('validates Name, TriggerType, TriggerValue, TargetApplications and Priority; 409 for a taken trigger', async () => {
    const app = await newApplication('rule-checks');
    const create = (input: Record<string, unknown>) =>
      chime.voice.send(
        new CreateSipRuleCommand({
          Name: 'r',
          TriggerType: 'RequestUriHostname',
          TriggerValue: 'checks.example.com',
          TargetApplications: [{ SipMediaApplicationId: app, AwsRegion: 'us-east-1', Priority: 1 }],
          ...input,
        } as never),
      );
    await expectBadRequest(create({ Name: '' }), 'Name');
    await expectBadRequest(create({ TriggerType: 'FromPhoneNumber' }), 'TriggerType');
    await expectBadRequest(create({ TriggerValue: '  ' }), 'TriggerValue');
    await expectBadRequest(create({ TriggerType: 'ToPhoneNumber', TriggerValue: 'host' }), 'TriggerValue');
    await expectBadRequest(create({ TargetApplications: [] }), 'TargetApplications');
    await expectBadRequest(
      create({ TargetApplications: [{ SipMediaApplicationId: app, AwsRegion: 'us-east-1', Priority: 0 }] }),
      'Priority',
    );
    await expectBadRequest(
      create({
        TargetApplications: [{ SipMediaApplicationId: unknown, AwsRegion: 'us-east-1', Priority: 1 }],
      }),
      'TargetApplications',
    );
    await expectBadRequest(
      create({ TargetApplications: [{ SipMediaApplicationId: app, AwsRegion: 'us-west-2', Priority: 1 }] }),
      'TargetApplications',
    );
    await newRule('taken', 'taken.example.com', [[app]]);
    expect(await rejection(create({ TriggerValue: 'taken.example.com' }))).toBeInstanceOf(ConflictException);
    for (const command of [
      new GetSipRuleCommand({ SipRuleId: unknown }),
      new UpdateSipRuleCommand({ SipRuleId: unknown, Name: 'x' }),
      new DeleteSipRuleCommand({ SipRuleId: unknown }),
    ])
      expect(await rejection(chime.voice.send(command as never))).toBeInstanceOf(NotFoundException);
  });

  it('lists rules by sip-media-application, paging each filter on its own', async () => {
    const [one, two] = [await newApplication('list-one'), await newApplication('list-two', 'us-west-2')];
    const ofOne = [
      await newRule('a', 'a.example.com', [[one]]),
      await newRule('b', 'b.example.com', [[one], [two, 'us-west-2']]),
      await newRule('c', 'c.example.com', [[one]]),
    ];
    const ofTwo = await newRule('d', 'd.example.com', [[two, 'us-west-2']]);
    const listed = async (applicationId: string) => {
      const ids: string[] = [];
      let token: string | undefined;
      do {
        const page = await chime.voice.send(
          new ListSipRulesCommand({ SipMediaApplicationId: applicationId, MaxResults: 2, NextToken: token }),
        );
        ids.push(...page.SipRules!.map((rule) => rule.SipRuleId!));
        token = page.NextToken;
      } while (token);
      return ids;
    };
    expect(await listed(one)).toEqual(ofOne);
    expect(await listed(two)).toEqual([ofOne[1], ofTwo]);
    expect(await listed(unknown)).toEqual([]);
    const first = await chime.voice.send(
      new ListSipRulesCommand({ SipMediaApplicationId: one, MaxResults: 1 }),
    );
    await expectBadRequest(
      chime.voice.send(new ListSipRulesCommand({ SipMediaApplicationId: two, NextToken: first.NextToken })),
      'NextToken',
    );
    const all = (await chime.voice.send(new ListSipRulesCommand({}))).SipRules!.map((rule) => rule.SipRuleId);
    expect(all).toEqual(expect.arrayContaining([...ofOne, ofTwo]));
  });
});
