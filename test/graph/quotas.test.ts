import { afterEach, describe, expect, it } from 'vitest';
import { createQuotaGate, type Quotas } from '../../src/chime/quotas.ts';
import { DEMO_GENERAL_CHANNEL_ARN } from '../../src/chime-local/messaging/seed.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectPaced, SEND_TO_GENERAL } from '../support/quotas.ts';

let gateway: TestGateway | undefined;
afterEach(() => gateway?.close());

/** A gateway over the demo data whose upstream calls keep to `quotas`. */
async function gatewayWith(quotas: Partial<Quotas>): Promise<TestGateway> {
  gateway = await startTestGateway({ seed: 'demo', client: { quota: createQuotaGate({ quotas }) } });
  await gateway.resetStats();
  return gateway;
}

describe('upstream quotas', () => {
  it('pace a burst of messages to one channel below its quota, each sent', async () => {
    const quota = { ratePerSecond: 2, burst: 1 };
    const { query, stats } = await gatewayWith({ channel: quota });
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, n) => query(SEND_TO_GENERAL, { content: `message ${n}` })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.sendChannelMessage).toEqual({ messageId: expect.any(String), userErrors: [] });
    }
    expect(expectPaced(await stats(), 'SendChannelMessage', quota)).toHaveLength(4);
  });

  it('answer THROTTLED, with no upstream call, for a read that would wait beyond the bound', async () => {
    const { query, stats } = await gatewayWith({ bearer: { ratePerSecond: 0.1, burst: 1 } });
    const CHANNEL = `query ($channelArn: String!) { channel(channelArn: $channelArn) { name } }`;
    const first = await query(CHANNEL, { channelArn: DEMO_GENERAL_CHANNEL_ARN });
    expect(first).toEqual({ data: { channel: { name: 'General' } } });
    const second = await query(CHANNEL, { channelArn: DEMO_GENERAL_CHANNEL_ARN });
    expect(second).toEqual({
      data: { channel: null },
      errors: [
        {
          message: expect.stringMatching(
            /^DescribeChannel failed: not sent: Chime allows 0\.1 calls per second per chime bearer, and this one would wait [\d.]+ s/,
          ),
          path: ['channel'],
          extensions: {
            code: 'THROTTLED',
            upstream: { operation: 'DescribeChannel', status: null, requestId: null },
          },
        },
      ],
    });
    expect((await stats()).calls).toEqual({ DescribeChannel: 1 });
  });
});
