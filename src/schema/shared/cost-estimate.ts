import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ALL_ACCOUNTS } from '../../identity.ts';
import { type Calls, COST_RULES, type CostInput, type CostRule } from './costs.ts';
import { collectFields, type SelectionSource } from './selections.ts';

// biome-ignore lint/suspicious/noExplicitAny: variables and arguments as GraphQL coerced them
type Values = Record<string, any>;

/** Requests the estimate expects a field to send: part of the plan of a dry run. */
export interface PlannedCall {
  /** The upstream operation. */
  operation: string;
  /** The field's response keys from the root; a field under a list is one entry for all its items. */
  path: string[];
  /** How many requests of `operation` the field sends in this wave, over every time it is resolved. */
  count: number;
  /**
   * When they are sent, resolving level by level: 1 waits for no call; a field's calls wait for the
   * last wave of the nearest enclosing field that makes calls, a List page for the page before it, a
   * mutation for the mutation before it and all its payload read. Execution may start some sooner.
   */
  wave: number;
}

/** Where the walk stands: how many times the selections run and how many of them share a group. */
interface Scope {
  /** How many times the selection set is resolved in the whole request. */
  times: number;
  /** How many of those come from one list (keys that a list-or-get loader batches together). */
  together: number;
  parent: CostInput['parent'];
  root: CostInput['root'];
  /** The response keys down to the selection set. */
  path: string[];
  /** The last wave the selections' calls wait for (0: none). */
  after: number;
}

/**
 * The upstream requests a document's operation will make at most, by operation, field and wave, in
 * wave order (document order within a wave): their counts add up to the estimate, and a dry run
 * shows them. They follow from the selections, their arguments (with `variables` applied, @skip and
 * @include honoured) and each field's rule in COST_RULES: a connection costs its pages, a field
 * under a list counts once per item, a list-or-get read costs the pages that hold the keys that come
 * together. Aliases and repeated Gets are counted each time, so the figure errs high. Unknown
 * operations, fields or bad variables count nothing: execution refuses them before any call.
 * `accounts` are the account ids the caller may see (its identity's), which change how some lists
 * are read.
 */
export function planCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Values,
  operationName?: string | null,
  accounts: readonly string[] = [ALL_ACCOUNTS],
): PlannedCall[] {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return [];
  const walker = new CostWalker(schema, fragments, coerced.coerced, accounts);
  const planned = walker.selectionCalls(rootType, [operation.selectionSet], {
    times: 1,
    together: 1,
    parent: { field: rootType.name, args: {} },
    root: { field: rootType.name, args: {} },
    path: [],
    after: 0,
  });
  // One entry per field, operation and wave: the ids of `nodes` that name the same type, say.
  const merged = new Map<string, PlannedCall>();
  for (const call of planned) {
    const key = JSON.stringify([call.wave, call.path, call.operation]);
    const known = merged.get(key);
    if (known) known.count += call.count;
    else merged.set(key, { ...call });
  }
  return [...merged.values()].sort((a, b) => a.wave - b.wave);
}

class CostWalker {
  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Map<string, FragmentDefinitionNode>,
    readonly variables: Values,
    readonly accounts: readonly string[],
  ) {}

  get selections(): SelectionSource {
    return { schema: this.schema, fragments: this.fragments, variableValues: this.variables };
  }

  /** The calls of the selection sets `sets`, resolved on objects of `type`. */
  selectionCalls(type: GraphQLObjectType, sets: readonly SelectionSetNode[], scope: Scope): PlannedCall[] {
    const shared = new Set<string>();
    const planned: PlannedCall[] = [];
    // Root mutation fields run one after the other, each once the one before has answered in full.
    const serial = scope.path.length === 0 && type === this.schema.getMutationType();
    for (const [key, nodes] of collectFields(this.selections, type, sets)) {
      const node = nodes[0]!;
      const field = type.getFields()[node.name.value];
      if (!field) continue;
      let args: Values;
      try {
        args = getArgumentValues(field, node, this.variables);
      } catch {
        continue; // Bad arguments: GraphQL refuses the field before its resolver runs.
      }
      const name = `${type.name}.${field.name}`;
      const rule: CostRule | undefined = COST_RULES[type.name]?.[field.name];
      const input: CostInput = { args, parent: scope.parent, root: scope.root, accounts: this.accounts };
      const items = rule ? ruleValue(rule.items, input, 1) : 1;
      const path = [...scope.path, key];
      const after = serial ? Math.max(scope.after, ...planned.map(({ wave }) => wave)) : scope.after;
      let own: PlannedCall[] = [];
      if (rule && !(rule.shares && shared.has(rule.shares))) {
        own = ownCalls(rule, input, scope, items)
          .filter(({ count }) => count > 0)
          .map(({ operation, count, step }) => ({ operation, path, count, wave: after + 1 + step }));
        if (rule.shares && own.length > 0) shared.add(rule.shares);
        planned.push(...own);
      }
      const named = getNamedType(field.type);
      const childSets = nodes.flatMap((each) => (each.selectionSet ? [each.selectionSet] : []));
      if (childSets.length === 0) continue;
      const here = { field: name, args };
      const child: Scope = {
        times: scope.times * items,
        together: rule?.items === undefined ? scope.together : items,
        parent: rule ? here : scope.parent,
        root: scope.root.field === type.name ? here : scope.root,
        path,
        after: Math.max(after, ...own.map(({ wave }) => wave)),
      };
      const possible = isAbstractType(named)
        ? this.schema.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
      // The object is of one of the possible types: the costliest counts.
      let costliest: PlannedCall[] = [];
      for (const each of possible) {
        const calls = this.selectionCalls(each, childSets, child);
        if (total(calls) > total(costliest)) costliest = calls;
      }
      planned.push(...costliest);
    }
    return planned;
  }
}

/** What the field itself sends, over every time it is resolved, by operation and step. */
function ownCalls(rule: CostRule, input: CostInput, scope: Scope, items: number): Calls[] {
  if (rule.batch !== undefined) {
    // Keys that come together share a group: its pages, and one call for what they missed.
    const { list, get, pageSize } = rule.batch;
    const keys = rule.items === undefined ? scope.together : items;
    const groups = rule.items === undefined ? scope.times / Math.max(1, scope.together) : scope.times;
    if (keys <= 1) return [{ operation: get, count: Math.ceil(groups * keys), step: 0 }];
    const pages = Math.ceil(keys / pageSize);
    // Rounded up over the groups as a whole, as the pages and the Get after them add up.
    const upTo = (page: number) => Math.ceil(groups * page);
    return [
      ...Array.from({ length: pages }, (_, step) => ({
        operation: list,
        count: upTo(step + 1) - upTo(step),
        step,
      })),
      { operation: get, count: upTo(pages + 1) - upTo(pages), step: pages },
    ];
  }
  const calls = typeof rule.calls === 'function' ? rule.calls(input) : (rule.calls ?? []);
  return calls.map((each) => ({ ...each, count: scope.times * each.count }));
}

const total = (calls: readonly PlannedCall[]) => calls.reduce((sum, { count }) => sum + count, 0);

function ruleValue(
  value: number | ((input: CostInput) => number) | undefined,
  input: CostInput,
  fallback: number,
) {
  if (value === undefined) return fallback;
  return typeof value === 'function' ? value(input) : value;
}
