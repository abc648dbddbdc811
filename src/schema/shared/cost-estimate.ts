import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ALL_ACCOUNTS } from '../../identity.ts';
import { COST_RULES, type CostInput, type CostRule } from './costs.ts';

// biome-ignore lint/suspicious/noExplicitAny: variables and arguments as GraphQL coerced them
type Values = Record<string, any>;

/** Where the walk stands: how many times the selections run and how many of them share a group. */
interface Scope {
  /** How many times the selection set is resolved in the whole request. */
  times: number;
  /** How many of those come from one list (keys that a list-or-get loader batches together). */
  together: number;
  parent: CostInput['parent'];
  root: CostInput['root'];
}

/**
 * The upstream requests a document's operation will make at most, from its selections, their
 * arguments (with `variables` applied, @skip and @include honoured) and each field's rule in
 * COST_RULES: a connection costs its pages, a field under a list counts once per item, a
 * list-or-get read costs the pages that hold the keys that come together. Aliases and repeated
 * Gets are counted each time, so the figure errs high. Unknown operations, fields or bad
 * variables count nothing: execution refuses them before any call. `accounts` are the account
 * ids the caller may see (its identity's), which change how some lists are read.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Values,
  operationName?: string | null,
  accounts: readonly string[] = [ALL_ACCOUNTS],
): number {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return 0;
  const walker = new CostWalker(schema, fragments, coerced.coerced, accounts);
  return walker.selectionCost(rootType, [operation.selectionSet], {
    times: 1,
    together: 1,
    parent: { field: rootType.name, args: {} },
    root: { field: rootType.name, args: {} },
  });
}

class CostWalker {
  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Map<string, FragmentDefinitionNode>,
    readonly variables: Values,
    readonly accounts: readonly string[],
  ) {}

  /** The cost of the selection sets `sets`, resolved on objects of `type`. */
  selectionCost(type: GraphQLObjectType, sets: readonly SelectionSetNode[], scope: Scope): number {
    const shared = new Set<string>();
    let total = 0;
    for (const nodes of this.collectFields(type, sets).values()) {
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
      if (rule && !(rule.shares && shared.has(rule.shares))) {
        const own = ownCost(rule, input, scope, items);
        if (rule.shares && own > 0) shared.add(rule.shares);
        total += own;
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
      };
      const possible = isAbstractType(named)
        ? this.schema.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
      total += Math.max(0, ...possible.map((each) => this.selectionCost(each, childSets, child)));
    }
    return total;
  }

  /** The fields selected on `type`, by response key, through fragments, honouring @skip and @include. */
  collectFields(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (getDirectiveValues(GraphQLSkipDirective, selection, this.variables)?.if === true) continue;
        if (getDirectiveValues(GraphQLIncludeDirective, selection, this.variables)?.if === false) continue;
        if (selection.kind === 'Field') {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
        } else if (selection.kind === 'InlineFragment') {
          if (this.applies(type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.fragments.get(name);
          if (!fragment || visited.has(name)) continue;
          visited.add(name);
          if (this.applies(type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) visit(set);
    return fields;
  }

  /** Whether a fragment on `condition` applies to objects of `type`. */
  applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return Boolean(
      conditionType && isAbstractType(conditionType) && this.schema.isSubType(conditionType, type),
    );
  }
}

/** What the field itself sends, over every time it is resolved. */
function ownCost(rule: CostRule, input: CostInput, scope: Scope, items: number): number {
  if (rule.batchPageSize !== undefined) {
    // Keys that come together share a group: its pages, and one call for what they missed.
    const keys = rule.items === undefined ? scope.together : items;
    const groups = rule.items === undefined ? scope.times / Math.max(1, scope.together) : scope.times;
    const perGroup = keys <= 1 ? keys : Math.ceil(keys / rule.batchPageSize) + 1;
    return Math.ceil(groups * perGroup);
  }
  return scope.times * ruleValue(rule.calls, input, 0);
}

function ruleValue(
  value: number | ((input: CostInput) => number) | undefined,
  input: CostInput,
  fallback: number,
) {
  if (value === undefined) return fallback;
  return typeof value === 'function' ? value(input) : value;
}
