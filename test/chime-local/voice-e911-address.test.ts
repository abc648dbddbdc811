import {
  BadRequestException,
  ForbiddenException,
  ValidateE911AddressCommand,
} from '@aws-sdk/client-chime-sdk-voice';
import { describe, expect, it } from 'vitest';
import { rejection, useVoiceLocal } from './voice-helpers.ts';

const chime = useVoiceLocal();

const address = {
  AwsAccountId: '111122223333',
  StreetNumber: '200',
  StreetInfo: '8TH AVE',
  City: 'PORTLAND',
  State: 'ME',
  Country: 'US',
  PostalCode: '04352',
};

describe('ValidateE911Address (Chime SDK Voice client)', () => {
  it('validates an address as given: 0, its parts and an external id', async () => {
    const out = await chime.voice.send(new ValidateE911AddressCommand(address));
    expect(out.$metadata.httpStatusCode).toBe(202);
    expect(out).toMatchObject({
      ValidationResult: 0,
      Address: {
        streetNumber: '200',
        streetName: '8TH',
        streetSuffix: 'AVE',
        city: 'PORTLAND',
        postalCode: '04352',
      },
      CandidateAddressList: [],
    });
    expect(out.AddressExternalId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('corrects an address it can read (1), suggesting the corrected one, and refuses others (2)', async () => {
    const corrected = await chime.voice.send(
      new ValidateE911AddressCommand({
        ...address,
        StreetInfo: 'north 8th avenue',
        PostalCode: '04352-1234',
      }),
    );
    expect(corrected).toMatchObject({
      ValidationResult: 1,
      Address: { preDirectional: 'N', streetName: '8TH', streetSuffix: 'AVE', postalCodePlus4: '1234' },
      CandidateAddressList: [{ streetInfo: 'N 8TH AVE', postalCode: '04352', postalCodePlus4: '1234' }],
    });
    const abroad = await chime.voice.send(new ValidateE911AddressCommand({ ...address, Country: 'FR' }));
    expect(abroad).toMatchObject({ ValidationResult: 2 });
    expect(abroad.Address).toBeUndefined();
  });

  it('refuses a blank member with 400 and another account with 403', async () => {
    expect(
      await rejection(chime.voice.send(new ValidateE911AddressCommand({ ...address, City: '  ' }))),
    ).toBeInstanceOf(BadRequestException);
    expect(
      await rejection(
        chime.voice.send(new ValidateE911AddressCommand({ ...address, AwsAccountId: '999999999999' })),
      ),
    ).toBeInstanceOf(ForbiddenException);
  });
});
