import type { PhoneNumberCountryModel } from '../../loaders/phone-numbers.ts';
import { listSupportedCountries } from '../../resolvers/phone-numbers/reads.ts';
import { builder } from '../builder.ts';
import { outsideAccounts } from '../shared/access.ts';
import { PhoneNumberProductTypeEnum, PhoneNumberTypeEnum } from '../shared/enums.ts';

const PhoneNumberCountryRef = builder.objectRef<PhoneNumberCountryModel>('PhoneNumberCountry');
PhoneNumberCountryRef.implement({
  description: 'A country phone numbers of a product type can be ordered in.',
  fields: (t) => ({
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
    supportedPhoneNumberTypes: t.expose('supportedPhoneNumberTypes', {
      type: [PhoneNumberTypeEnum],
      description: 'The types of number the country offers the product type.',
    }),
  }),
});

builder.queryField('supportedPhoneNumberCountries', (t) =>
  t.field({
    authScopes: outsideAccounts,
    type: [PhoneNumberCountryRef],
    nullable: true,
    description:
      'The countries phone numbers of a product type can be ordered in, with their number types (ListSupportedPhoneNumberCountries).',
    args: { productType: t.arg({ type: PhoneNumberProductTypeEnum, required: true }) },
    resolve: (_root, { productType }, ctx) => listSupportedCountries(ctx, productType),
  }),
);
