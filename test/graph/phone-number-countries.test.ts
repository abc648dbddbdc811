import { ListSupportedPhoneNumberCountriesCommand, type PhoneNumberProductType } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof adminSdk>;

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = adminSdk(gateway);
});
afterAll(async () => {
  sdk.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** The upstream's answer for `productType`, as the graph spells it. */
async function upstreamCountries(productType: PhoneNumberProductType) {
  const { PhoneNumberCountries } = await sdk.send(
    new ListSupportedPhoneNumberCountriesCommand({ ProductType: productType }),
  );
  return PhoneNumberCountries!.map((country) => ({
    countryCode: country.CountryCode,
    supportedPhoneNumberTypes: country.SupportedPhoneNumberTypes!.map((type) =>
      type === 'TollFree' ? 'TOLL_FREE' : 'LOCAL',
    ),
  }));
}

describe('supportedPhoneNumberCountries', () => {
  it('answers the countries and number types of each product type, one call each', async () => {
    const result = await gateway.query(`{
      calling: supportedPhoneNumberCountries(productType: BUSINESS_CALLING) { countryCode supportedPhoneNumberTypes }
      trunks: supportedPhoneNumberCountries(productType: VOICE_CONNECTOR) { countryCode supportedPhoneNumberTypes }
      dialIn: supportedPhoneNumberCountries(productType: SIP_MEDIA_APPLICATION_DIAL_IN) { countryCode }
      again: supportedPhoneNumberCountries(productType: BUSINESS_CALLING) { countryCode }
    }`);
    expect(result.errors).toBeUndefined();
    expect((await gateway.stats()).calls).toEqual({ ListSupportedPhoneNumberCountries: 3 });
    const requested = (await gateway.stats()).requests.map(({ query }) => query['product-type']).sort();
    expect(requested).toEqual(['BusinessCalling', 'SipMediaApplicationDialIn', 'VoiceConnector']);

    expect(result.data!.calling).toEqual([{ countryCode: 'US', supportedPhoneNumberTypes: ['LOCAL'] }]);
    expect(result.data!.calling).toEqual(await upstreamCountries('BusinessCalling'));
    expect(result.data!.trunks).toEqual(await upstreamCountries('VoiceConnector'));
    expect(result.data!.dialIn.map((country: { countryCode: string }) => country.countryCode)).toEqual(
      (await upstreamCountries('SipMediaApplicationDialIn')).map((country) => country.countryCode),
    );
    expect(result.data!.again).toEqual([{ countryCode: 'US' }]);
  });

  it('refuses a missing or unknown product type before any upstream call', async () => {
    const missing = await gateway.query('{ supportedPhoneNumberCountries { countryCode } }');
    expect(missing.errors![0]!.message).toContain('productType');
    const unknown = await gateway.query(
      '{ supportedPhoneNumberCountries(productType: FAX) { countryCode } }',
    );
    expect(unknown.errors![0]!.message).toContain('FAX');
    for (const { errors } of [missing, unknown])
      expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await gateway.stats()).total).toBe(0);
  });
});
