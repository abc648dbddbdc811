import {
  BadRequestException,
  GetPhoneNumberSettingsCommand,
  ListSupportedPhoneNumberCountriesCommand,
  type PhoneNumberProductType,
  UpdatePhoneNumberSettingsCommand,
} from '@aws-sdk/client-chime';
import { describe, expect, it } from 'vitest';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();

describe('GetPhoneNumberSettings and UpdatePhoneNumberSettings', () => {
  it('has no calling name until one is set, then answers it with the time it was set', async () => {
    const before = await chime.admin.send(new GetPhoneNumberSettingsCommand({}));
    expect(before.CallingName).toBeUndefined();
    expect(before.CallingNameUpdatedTimestamp).toBeUndefined();

    const updated = await chime.admin.send(
      new UpdatePhoneNumberSettingsCommand({ CallingName: 'Front Desk' }),
    );
    expect(updated.$metadata.httpStatusCode).toBe(204);
    const after = await chime.admin.send(new GetPhoneNumberSettingsCommand({}));
    expect(after.CallingName).toBe('Front Desk');
    expect(after.CallingNameUpdatedTimestamp).toBeInstanceOf(Date);

    await chime.admin.send(new UpdatePhoneNumberSettingsCommand({ CallingName: '' }));
    expect((await chime.admin.send(new GetPhoneNumberSettingsCommand({}))).CallingName).toBe('');
  });

  it('refuses a calling name that breaks the pattern, keeping the one set', async () => {
    await chime.admin.send(new UpdatePhoneNumberSettingsCommand({ CallingName: 'Reception' }));
    for (const name of ['x', 'Sixteen chars ok', 'No_Underscores']) {
      const error = await rejection(
        chime.admin.send(new UpdatePhoneNumberSettingsCommand({ CallingName: name })),
      );
      expect(error).toBeInstanceOf(BadRequestException);
      expect(error.message).toContain('CallingName');
    }
    expect((await chime.admin.send(new GetPhoneNumberSettingsCommand({}))).CallingName).toBe('Reception');
  });
});

describe('ListSupportedPhoneNumberCountries', () => {
  const countries = async (productType: PhoneNumberProductType) =>
    (await chime.admin.send(new ListSupportedPhoneNumberCountriesCommand({ ProductType: productType })))
      .PhoneNumberCountries;

  it('answers the countries and number types each product type can order', async () => {
    expect(await countries('BusinessCalling')).toEqual([
      { CountryCode: 'US', SupportedPhoneNumberTypes: ['Local'] },
    ]);
    expect(await countries('VoiceConnector')).toEqual([
      { CountryCode: 'US', SupportedPhoneNumberTypes: ['Local', 'TollFree'] },
    ]);
    const dialIn = await countries('SipMediaApplicationDialIn');
    expect(dialIn!.map((country) => country.CountryCode)).toEqual(['US', 'GB', 'IE', 'DE', 'FR']);
    for (const country of dialIn!) expect(country.SupportedPhoneNumberTypes).toEqual(['Local', 'TollFree']);
  });

  it('refuses a product type outside the valid values, naming it', async () => {
    const error = await rejection(
      chime.admin.send(
        new ListSupportedPhoneNumberCountriesCommand({ ProductType: 'Fax' as PhoneNumberProductType }),
      ),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('ProductType');
  });
});
