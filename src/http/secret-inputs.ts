import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Options of {@link useSecretInputs}. */
export interface SecretInputsOptions {
  /**
   * Input fields whose values are secrets (the SIP passwords of termination credentials, the
   * attendee join tokens of meeting dial-outs).
   * @default ['password', 'joinToken']
   */
  fields?: readonly string[];
}

/** What stands for a secret in a message that would repeat it. */
const REDACTED = '[redacted]';

/** The values, as messages may print them, found anywhere in `value` under a secret field's name. */
function secretsIn(value: unknown, fields: ReadonlySet<string>, name?: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => secretsIn(item, fields, name));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([field, inner]) => secretsIn(inner, fields, field));
  if (name === undefined || !fields.has(name)) return [];
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  const text = String(value);
  // graphql-js quotes a string as JSON does, so one with quotes or backslashes appears escaped.
  return text === '' ? [] : [text, JSON.stringify(text).slice(1, -1)];
}

/**
 * Takes secrets out of the errors of a request whose variables hold some: graphql-js repeats a
 * variable's value when it does not coerce (`got invalid value { username: …, password: "…" }`),
 * and that message would otherwise reach the client and anything that records the response.
 */
export function useSecretInputs({ fields = ['password', 'joinToken'] }: SecretInputsOptions = {}): Plugin {
  const secretFields = new Set(fields);
  return {
    onExecute({ args }) {
      const secrets = [...new Set(secretsIn(args.variableValues ?? {}, secretFields))].sort(
        // The longest first, so that a secret containing another is taken out whole.
        (a, b) => b.length - a.length,
      );
      if (secrets.length === 0) return;
      const redact = (message: string) =>
        secrets.reduce((text, secret) => text.replaceAll(secret, REDACTED), message);
      return {
        onExecuteDone({ result, setResult }) {
          const { errors } = result as ExecutionResult;
          if (!errors?.some((error) => redact(error.message) !== error.message)) return;
          setResult({
            ...(result as ExecutionResult),
            errors: errors.map((error) =>
              redact(error.message) === error.message
                ? error
                : new GraphQLError(redact(error.message), {
                    nodes: error.nodes,
                    path: error.path,
                    originalError: error.originalError,
                    extensions: error.extensions,
                  }),
            ),
          });
        },
      };
    },
  };
}
