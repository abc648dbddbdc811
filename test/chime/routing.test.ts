import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';
import { CreatePhoneNumberOrder } from '../../src/chime/operations/phone-number-orders.ts';
import {
  BatchUpdatePhoneNumber,
  GetPhoneNumber,
  ListPhoneNumbers,
  ListSupportedPhoneNumberCountries,
  SearchAvailablePhoneNumbers,
} from '../../src/chime/operations/phone-numbers.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { testClient } from './client-helpers.ts';

// Two upstreams: one answers as the legacy Amazon Chime namespace, the other as Chime SDK Voice,
// so each call's arrival shows which namespace the client chose for it.
let legacy: ChimeLocal;
let voice: ChimeLocal;

beforeAll(async () => {
  [legacy, voice] = await Promise.all([
    startChimeLocal({ port: 0, seed: 'demo' }),
    startChimeLocal({ port: 0, seed: 'demo' }),
  ]);
});
afterAll(() => Promise.all([legacy.close(), voice.close()]));
beforeEach(() => {
  legacy.control.resetStats();
  voice.control.resetStats();
});

function client() {
  const endpoints = resolveEndpoints(voice.url);
  return testClient(voice.url, 1, {
    endpoints: { ...endpoints, admin: { ...endpoints.admin, url: legacy.url } },
  });
}

const callsOf = (local: ChimeLocal) => local.control.stats().calls;

describe('which namespace a phone number call goes to', () => {
  it('sends the number inventory, its search and its orders to Chime SDK Voice', async () => {
    const chime = client();
    const { PhoneNumbers } = await chime.send(ListPhoneNumbers, { MaxResults: 5 });
    await chime.send(GetPhoneNumber, { PhoneNumberId: PhoneNumbers[0]!.PhoneNumberId });
    await chime.send(SearchAvailablePhoneNumbers, { AreaCode: '206', MaxResults: 1 });
    await chime.send(ListSupportedPhoneNumberCountries, { ProductType: 'VoiceConnector' });
    expect(callsOf(voice)).toEqual({
      GetPhoneNumber: 1,
      ListPhoneNumbers: 1,
      ListSupportedPhoneNumberCountries: 1,
      SearchAvailablePhoneNumbers: 1,
    });
    expect(callsOf(legacy)).toEqual({});
  });

  it("keeps in the legacy namespace what only it answers: an account's or a user's numbers, Business Calling", async () => {
    const chime = client();
    const { PhoneNumbers } = await chime.send(ListPhoneNumbers, { MaxResults: 5 });
    const id = PhoneNumbers[0]!.PhoneNumberId;
    voice.control.resetStats();
    await chime.send(ListPhoneNumbers, {
      FilterName: 'AccountId',
      FilterValue: 'any-account',
      MaxResults: 5,
    });
    await chime.send(ListPhoneNumbers, { FilterName: 'UserId', FilterValue: 'any-user', MaxResults: 5 });
    await chime.send(ListPhoneNumbers, { ProductType: 'BusinessCalling', MaxResults: 5 });
    await chime.send(ListSupportedPhoneNumberCountries, { ProductType: 'BusinessCalling' });
    await chime.send(BatchUpdatePhoneNumber, {
      UpdatePhoneNumberRequestItems: [{ PhoneNumberId: id, ProductType: 'BusinessCalling' }],
    });
    await chime
      .send(CreatePhoneNumberOrder, { ProductType: 'BusinessCalling', E164PhoneNumbers: ['+12065550199'] })
      .catch(() => undefined);
    expect(callsOf(legacy)).toEqual({
      BatchUpdatePhoneNumber: 1,
      CreatePhoneNumberOrder: 1,
      ListPhoneNumbers: 3,
      ListSupportedPhoneNumberCountries: 1,
    });
    expect(callsOf(voice)).toEqual({});
  });
});
