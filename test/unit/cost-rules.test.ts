import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { COST_RULES } from '../../src/schema/shared/costs.ts';

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);
// Relay's structure answers from the connection its field read: no call of its own.
const isRelayStructure = (type: GraphQLObjectType) =>
  /(Connection|Edge)$/.test(type.name) || type.name === 'PageInfo';
// A field Pothos only exposes reads its parent's model.
const isExposed = (field: GraphQLField<unknown, unknown>) => Boolean(field.extensions?.pothosExposedField);
const isNodeId = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  field.name === 'id' && type.getInterfaces().some((iface) => iface.name === 'Node');
const ruleOf = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  COST_RULES[type.name]?.[field.name];

/** Whether resolving a selection on `type` can reach a field that calls upstream. */
function reachesUpstream(type: GraphQLObjectType, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    const rule = ruleOf(type, field);
    if (rule?.calls !== undefined || rule?.batch !== undefined) return true;
    const named = getNamedType(field.type);
    return isObjectType(named) && reachesUpstream(named, seen);
  });
}

describe('cost rules', () => {
  it('give every field that resolves on its own a rule, so the estimate cannot forget one', () => {
    const missing = objectTypes
      .filter((type) => !isRelayStructure(type))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => !isExposed(field) && !isNodeId(type, field) && !ruleOf(type, field))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(missing).toEqual([]);
  });

  it('bound every plain list whose items call upstream', () => {
    const unbounded = objectTypes.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isListType(getNullableType(field.type)) && !isRelayStructure(type))
        .filter((field) => {
          const named = getNamedType(field.type);
          return isObjectType(named) && reachesUpstream(named) && ruleOf(type, field)?.items === undefined;
        })
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(unbounded).toEqual([]);
  });

  it('name only fields the schema has', () => {
    const stale = Object.entries(COST_RULES).flatMap(([typeName, fields]) => {
      const type = schema.getType(typeName);
      return Object.keys(fields)
        .filter((name) => !isObjectType(type) || !type.getFields()[name])
        .map((name) => `${typeName}.${name}`);
    });
    expect(stale).toEqual([]);
  });
});
