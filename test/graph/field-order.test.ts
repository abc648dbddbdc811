import { Kind, parse, type SelectionSetNode } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;

beforeAll(async () => {
  // Throttled calls are retried, so fields settle in an order that varies; with this many attempts
  // (0.3^12 to fail for good) the lists the test looks into come back.
  gateway = await startTestGateway({ seed: 'demo', client: { maxAttempts: 12 } });
});
afterAll(() => gateway.close());
afterEach(() => gateway.faults({}));

// Fields answered at once (name, ids) sit between fields that wait on upstream calls, at every level.
const document = `{
  globalSettings { voiceConnector { cdrBucket } businessCalling { cdrBucket } }
  __typename
  accounts(first: 3) {
    nodes {
      users(first: 3) {
        nodes { settings { telephony { sms inboundCalling } } primaryEmail account { name accountId } userId }
        pageInfo { hasNextPage endCursor }
      }
      name
      settings { enableDialOut disableRemoteControl }
      accountId
      phoneNumbers(first: 2) { nodes { e164PhoneNumber phoneNumberId } }
      id
    }
  }
  voiceConnectors(first: 3) {
    nodes {
      termination { cpsLimit disabled }
      name
      origination { disabled routes { port host } }
      voiceConnectorId
      loggingConfiguration { enableSipLogs }
    }
  }
  kind: __typename
}`;

/**
 * Expects every object of `value` to list exactly its selection's response keys (alias or field name), in
 * the selection's order, recursing into objects and lists. The document uses no fragments.
 */
function expectSelectionOrder(value: unknown, selectionSet: SelectionSetNode, path: string): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      expectSelectionOrder(item, selectionSet, `${path}[${index}]`);
    });
    return;
  }
  const fields = selectionSet.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD) throw new Error(`${path}: the document must not use fragments`);
    return selection;
  });
  expect(Object.keys(value as object), path).toEqual(
    fields.map((field) => (field.alias ?? field.name).value),
  );
  for (const field of fields) {
    const key = (field.alias ?? field.name).value;
    if (field.selectionSet)
      expectSelectionOrder((value as Record<string, unknown>)[key], field.selectionSet, `${path}.${key}`);
  }
}

describe('response field order', () => {
  const operation = parse(document).definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('the document must be one operation');

  it.each([1, 2, 3, 4, 5])(
    'follows the selection set at every level while throttled calls are retried (run %i)',
    async () => {
      await gateway.faults({ throttleRate: 0.3 });
      const result = await gateway.query(document);
      await gateway.faults({});

      expect(result.data!.accounts.nodes.length).toBeGreaterThan(0);
      expect(result.data!.voiceConnectors.nodes.length).toBeGreaterThan(0);
      expectSelectionOrder(result.data, operation.selectionSet, 'data');
    },
  );

  it('follows the selection set when the first calls of the request are throttled', async () => {
    await gateway.faults({ throttleNext: 6 });
    const result = await gateway.query(document);

    expect(result.errors).toBeUndefined();
    expectSelectionOrder(result.data, operation.selectionSet, 'data');
  });
});
