import type { VoiceConnectorMutationResult } from '../../resolvers/voice-connectors/commands.ts';
import { getVoiceConnector } from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { VoiceConnectorRef } from './voice-connector.ts';

/**
 * A payload type with `voiceConnector` (read through the request's loader, which the mutation
 * primed or cleared) and `userErrors`; add a mutation's own fields with `builder.objectField`.
 */
export function voiceConnectorPayload(name: string, description?: string) {
  const ref = builder.objectRef<VoiceConnectorMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      voiceConnector: t.field({
        type: VoiceConnectorRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.voiceConnectorId === null ? null : getVoiceConnector(ctx, payload.voiceConnectorId),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
}
