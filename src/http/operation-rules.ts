import { GraphQLError, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The longest operation name served; names are identifiers, and they end up in logs. */
export const MAX_OPERATION_NAME_LENGTH = 128;

/**
 * Which operations the gateway serves: queries and mutations (graphql-js would accept a
 * subscription document here and fail in execution with an uncoded message), under
 * names of at most MAX_OPERATION_NAME_LENGTH characters, in the document and in the
 * request's `operationName` alike.
 */
export function useOperationRules(): Plugin {
  return {
    onParams({ params }) {
      const name = params.operationName;
      if (typeof name === 'string' && name.length > MAX_OPERATION_NAME_LENGTH)
        throw createGraphQLError(nameTooLong(name.length), {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(operationRules);
    },
  };
}

const nameTooLong = (length: number) =>
  `An operation name may have at most ${MAX_OPERATION_NAME_LENGTH} characters; this one has ${length}.`;

const operationRules: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(
        new GraphQLError(
          `${node.operation} operations are not supported: the gateway serves queries and mutations.`,
          { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } },
        ),
      );
    const length = node.name?.value.length ?? 0;
    if (length > MAX_OPERATION_NAME_LENGTH)
      context.reportError(
        new GraphQLError(nameTooLong(length), { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }),
      );
  },
});
