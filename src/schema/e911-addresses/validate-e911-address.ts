import {
  type CandidateAddressModel,
  type E911AddressModel,
  type E911ValidationModel,
  validateE911Address,
} from '../../resolvers/e911-addresses/commands.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const E911AddressRef = builder.objectRef<E911AddressModel>('E911Address');
E911AddressRef.implement({
  description: 'A validated address, in the parts a PIDF-LO location object takes.',
  fields: (t) => ({
    streetNumber: t.exposeString('streetNumber', { nullable: true }),
    preDirectional: t.exposeString('preDirectional', { nullable: true }),
    streetName: t.exposeString('streetName', { nullable: true }),
    streetSuffix: t.exposeString('streetSuffix', { nullable: true }),
    postDirectional: t.exposeString('postDirectional', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    state: t.exposeString('state', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    postalCodePlus4: t.exposeString('postalCodePlus4', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
  }),
});

const E911CandidateAddressRef = builder.objectRef<CandidateAddressModel>('E911CandidateAddress');
E911CandidateAddressRef.implement({
  description: 'An address suggested instead of the one given.',
  fields: (t) => ({
    streetNumber: t.exposeString('streetNumber', { nullable: true }),
    streetInfo: t.exposeString('streetInfo', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    state: t.exposeString('state', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    postalCodePlus4: t.exposeString('postalCodePlus4', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
  }),
});

const E911AddressValidationRef = builder.objectRef<E911ValidationModel>('E911AddressValidation');
E911AddressValidationRef.implement({
  fields: (t) => ({
    validationResult: t.exposeInt('validationResult', {
      nullable: true,
      description:
        '0: the address is valid as given; 1: it was corrected (see address); 2: it is not close enough to validate (see candidateAddresses).',
    }),
    addressExternalId: t.exposeString('addressExternalId', {
      nullable: true,
      description: 'The id of the validated address.',
    }),
    address: t.expose('address', { type: E911AddressRef, nullable: true }),
    candidateAddresses: t.expose('candidateAddresses', { type: [E911CandidateAddressRef] }),
  }),
});

const ValidateE911AddressInput = builder.inputType('ValidateE911AddressInput', {
  description: 'An address to validate for 911 calls; every member is required and may not be blank.',
  fields: (t) => ({
    awsAccountId: t.string({ required: true, description: 'The AWS account id: 12 digits.' }),
    streetNumber: t.string({ required: true, description: 'e.g. 200' }),
    streetInfo: t.string({ required: true, description: 'e.g. 8th Avenue' }),
    city: t.string({ required: true }),
    state: t.string({ required: true, description: 'e.g. ME' }),
    country: t.string({ required: true, description: 'e.g. US' }),
    postalCode: t.string({ required: true }),
  }),
});

const ValidateE911AddressPayload = builder.objectRef<MutationResult<{ validation: E911ValidationModel }>>(
  'ValidateE911AddressPayload',
);
ValidateE911AddressPayload.implement({
  fields: (t) => ({
    validation: t.expose('validation', { type: E911AddressValidationRef, nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationField('validateE911Address', (t) =>
  t.field({
    authScopes: writeOutsideAccounts,
    type: ValidateE911AddressPayload,
    nullable: true,
    description:
      'Validates an address for 911 calls made through voice connectors (ValidateE911Address). It changes nothing; it is a mutation so that an address, personal data, never goes into a GET URL or a cache.',
    args: { input: t.arg({ type: ValidateE911AddressInput, required: true }) },
    resolve: (_root, { input }, ctx) => validateE911Address(ctx, input),
  }),
);
