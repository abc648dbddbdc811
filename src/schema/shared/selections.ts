import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  type SelectionSetNode,
} from 'graphql';

/** What a document gives field collection: its schema, fragments and coerced variables. */
export interface SelectionSource {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>> | ReadonlyMap<string, FragmentDefinitionNode>;
  variableValues: Readonly<Record<string, unknown>>;
}

/**
 * The fields selected on objects of `type` by `sets`, by response key, as execution collects them:
 * through fragments whose type condition applies to `type` (each fragment once), honouring @skip
 * and @include, the nodes of one response key merged.
 */
export function collectFields(
  source: SelectionSource,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const fragmentNamed = (name: string) =>
    source.fragments instanceof Map
      ? source.fragments.get(name)
      : (source.fragments as Record<string, FragmentDefinitionNode>)[name];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, source.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, source.variableValues)?.if === false)
        continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (applies(source.schema, type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragmentNamed(name);
        if (!fragment || visited.has(name)) continue;
        visited.add(name);
        if (applies(source.schema, type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) if (set) visit(set);
  return fields;
}

/** Whether a fragment on `condition` applies to objects of `type`. */
function applies(schema: GraphQLSchema, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return Boolean(conditionType && isAbstractType(conditionType) && schema.isSubType(conditionType, type));
}
