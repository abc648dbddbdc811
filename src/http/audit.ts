import { useOnResolve } from '@envelop/on-resolve';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type AuditEntry, audit } from '../audit.ts';
import { ChimeError } from '../chime/errors.ts';
import type { RequestContext } from '../context.ts';
import { clientCode } from './errors.ts';

/** Input fields whose values identify what a mutation touches. */
const ID_FIELD = /^(ids?|.+(Id|Ids|Arn|Arns)|e164PhoneNumbers?)$/;

/**
 * Writes one `audit` line for each root mutation field a request executes (see {@link audit}): the
 * ids read from its arguments, its outcome from the result (user error codes from the payload's
 * `userErrors`, error codes and upstream request ids from the errors at its path).
 */
export function useAudit(): Plugin<RequestContext> {
  // The upstream request ids each root mutation field's resolver received, by response key. GraphQL
  // runs a document's mutations one after the other, so the ids answered while one resolves are its own.
  const writesOf = new WeakMap<RequestContext, Map<string, string[]>>();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useOnResolve(({ context, info }) => {
          if (info.path.prev !== undefined || info.parentType !== info.schema.getMutationType()) return;
          const ctx = context as RequestContext;
          const before = ctx.client.requestIds.length;
          return () => {
            const writes = writesOf.get(ctx) ?? new Map<string, string[]>();
            writes.set(String(info.path.key), ctx.client.requestIds.slice(before));
            writesOf.set(ctx, writes);
          };
        }),
      );
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const mutationType = args.schema.getMutationType();
      if (operation?.operation !== 'mutation' || !mutationType) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const fields = rootFields(operation.selectionSet, fragmentsOf(args.document), variables).flatMap(
        (node) => {
          const definition = mutationType.getFields()[node.name.value];
          return definition ? [{ node, ids: idsOf(definition, node, variables) }] : [];
        },
      );
      const ctx = args.contextValue as RequestContext;
      return {
        onExecuteDone({ result }) {
          if (!('data' in result || 'errors' in result)) return;
          for (const { node, ids } of fields) {
            const key = node.alias?.value ?? node.name.value;
            const errors = (result.errors ?? []).filter((error) => error.path?.[0] === key);
            const payload = (result.data as Record<string, unknown> | null | undefined)?.[key];
            if (errors.length === 0 && payload === undefined) continue; // never ran
            const outcome = outcomeOf(payload, errors);
            const written = writesOf.get(ctx)?.get(key) ?? [];
            const requestIds = [...new Set([...written, ...outcome.requestIds])];
            audit(ctx, { mutation: node.name.value, ids, ...outcome, requestIds });
          }
        },
      };
    },
  };
}

function outcomeOf(
  payload: unknown,
  errors: readonly { originalError?: Error | null | undefined }[],
): Pick<AuditEntry, 'outcome' | 'codes' | 'requestIds'> {
  const requestIds = errors.flatMap(({ originalError }) =>
    originalError instanceof ChimeError && originalError.requestId ? [originalError.requestId] : [],
  );
  if (errors.length > 0) return { outcome: 'error', codes: [...new Set(errors.map(clientCode))], requestIds };
  const userErrors = (payload as { userErrors?: { code?: unknown }[] } | null)?.userErrors ?? [];
  if (userErrors.length > 0)
    return {
      outcome: 'user_errors',
      codes: [...new Set(userErrors.map(({ code }) => String(code)))],
      requestIds,
    };
  return { outcome: 'ok', codes: [], requestIds };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
}

/** The root fields the operation runs, through fragments, minus those `@skip`/`@include` leave out. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): FieldNode[] {
  const byKey = new Map<string, FieldNode>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (
        getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true ||
        getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false
      )
        continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!selection.name.value.startsWith('__') && !byKey.has(key)) byKey.set(key, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return [...byKey.values()];
}

/** The id-shaped values anywhere in a field's arguments, by input field name. */
function idsOf(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): AuditEntry['ids'] {
  const ids: AuditEntry['ids'] = {};
  const add = (name: string, value: string) => {
    const known = ids[name];
    if (known === undefined) ids[name] = value;
    else if (typeof known === 'string') {
      if (known !== value) ids[name] = [known, value];
    } else if (!known.includes(value)) known.push(value);
  };
  const walk = (value: unknown, name: string | undefined) => {
    if (Array.isArray(value)) for (const item of value) walk(item, name);
    else if (value !== null && typeof value === 'object')
      for (const [field, inner] of Object.entries(value)) walk(inner, field);
    else if (typeof value === 'string' && name !== undefined && ID_FIELD.test(name)) add(name, value);
  };
  try {
    walk(getArgumentValues(definition, node, variables), undefined);
  } catch {
    // Arguments that do not coerce fail the field itself; its error is the outcome.
  }
  return ids;
}
