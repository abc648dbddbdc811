import type { IdentityModel } from '../../resolvers/channels/identities.ts';
import { builder } from '../builder.ts';

export const IdentityRef = builder.objectRef<IdentityModel>('Identity');
IdentityRef.implement({
  description: 'An app instance user (or bot) as messaging records cite it.',
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
  }),
});
