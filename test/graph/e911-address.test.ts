import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
const log = capturingLogger('debug');

beforeAll(async () => {
  gateway = await startTestGateway({ logger: log.logger });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const VALIDATE = `mutation ($input: ValidateE911AddressInput!) {
  validateE911Address(input: $input) {
    validation {
      validationResult addressExternalId
      address { streetNumber preDirectional streetName streetSuffix city state postalCode postalCodePlus4 country }
      candidateAddresses { streetNumber streetInfo city state postalCode country }
    }
    userErrors { field message code }
  }
}`;

const input = {
  awsAccountId: '111122223333',
  streetNumber: '200',
  streetInfo: 'north 8th avenue',
  city: 'Portland',
  state: 'ME',
  country: 'US',
  postalCode: '04352',
};

describe('validateE911Address', () => {
  it('answers the validation with one upstream call', async () => {
    const result = await gateway.query(VALIDATE, { input });
    expect(result.errors).toBeUndefined();
    const { validation, userErrors } = result.data!.validateE911Address;
    expect(userErrors).toEqual([]);
    expect(validation).toMatchObject({
      validationResult: 1,
      address: {
        streetNumber: '200',
        preDirectional: 'N',
        streetName: '8TH',
        streetSuffix: 'AVE',
        city: 'PORTLAND',
      },
      candidateAddresses: [{ streetInfo: 'N 8TH AVE', city: 'PORTLAND', postalCode: '04352', country: 'US' }],
    });
    expect(validation.addressExternalId).toEqual(expect.any(String));
    expect((await gateway.stats()).calls).toEqual({ ValidateE911Address: 1 });
  });

  it('refuses a bad account id and blank members before any call, without repeating them', async () => {
    const result = await gateway.query(VALIDATE, {
      input: { ...input, awsAccountId: '1111-2222-3333', streetNumber: ' ', city: '\t' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.validateE911Address).toEqual({
      validation: null,
      userErrors: [
        {
          field: ['input', 'awsAccountId'],
          code: 'INVALID',
          message: 'awsAccountId must be an AWS account id of 12 digits',
        },
        {
          field: ['input', 'streetNumber'],
          code: 'INVALID',
          message: 'streetNumber must hold at least one character that is not white space',
        },
        {
          field: ['input', 'city'],
          code: 'INVALID',
          message: 'city must hold at least one character that is not white space',
        },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers an upstream refusal as a user error, and logs no part of the address', async () => {
    const refused = await gateway.query(VALIDATE, { input: { ...input, awsAccountId: '999999999999' } });
    expect(refused.data!.validateE911Address.userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    const logged = JSON.stringify(log.entries);
    expect(log.entries.length).toBeGreaterThan(0);
    for (const value of ['north 8th avenue', 'Portland', '04352', '8TH AVE', 'PORTLAND'])
      expect([value, logged.includes(value)]).toEqual([value, false]);
  });

  it('cannot be sent over GET, so an address never goes into a URL', async () => {
    const url = `/graphql?query=${encodeURIComponent(VALIDATE)}&variables=${encodeURIComponent(JSON.stringify({ input }))}`;
    const response = await gateway.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(response.status).toBe(405);
    expect((await gateway.stats()).total).toBe(0);
  });
});
