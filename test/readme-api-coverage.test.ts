import { readdirSync, readFileSync } from 'node:fs';
import { type GraphQLField, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../src/chime/operation.ts';
import * as catalog from '../src/chime/operations/index.ts';
import { ALL_ACCOUNTS } from '../src/identity.ts';
import { schema } from '../src/schema/index.ts';
import { COST_RULES, type CostInput } from '../src/schema/shared/costs.ts';

/** The exports of a module that are operations (as test/chime/catalog.test.ts tells them). */
const operationsOf = (module: Record<string, unknown>) =>
  Object.values(module).filter(
    (value): value is Operation<object, unknown> =>
      typeof value === 'object' && value !== null && 'successStatus' in value,
  );
const operationNames = operationsOf(catalog).map((operation) => operation.name);

// The module each operation is declared in: its family.
const operationsDirectory = new URL('../src/chime/operations/', import.meta.url);
const moduleOf = new Map<string, string>();
for (const file of readdirSync(operationsDirectory).filter(
  (name) => name.endsWith('.ts') && name !== 'index.ts',
))
  for (const operation of operationsOf(await import(new URL(file, operationsDirectory).href)))
    moduleOf.set(operation.name, file);

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = /\n## API coverage\n([\s\S]*?)(?=\n## )/.exec(readme)?.[1] ?? '';

interface Row {
  family: string;
  action: string;
  /** Every backticked name in the "reached by" cell. */
  references: string[];
}

/** The table's rows, header and delimiter left out; lines between rows (a comment) are skipped. */
const rows: Row[] = section
  .split('\n')
  .filter((line) => line.startsWith('|') && !/^\|\s*family\s*\|/.test(line) && !/^\|[-:|\s]+\|$/.test(line))
  .map((line) => {
    const [family = '', action = '', reachedBy = '', ...rest] = line.slice(1, -1).split('|');
    if (rest.length > 0 || !line.endsWith('|')) throw new Error(`not a row of three cells: ${line}`);
    const references = [...reachedBy.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    return { family: family.trim(), action: action.trim(), references };
  });

interface Reference {
  type: string;
  field: GraphQLField<unknown, unknown>;
}

/**
 * The schema field a backticked name means: `Type.field`, or a bare `field` of Query or Mutation,
 * each optionally with the arguments it is read with (`Channel.ban(memberArn:)`); undefined when the
 * schema has no such field or argument.
 */
function resolve(reference: string): Reference | undefined {
  const match = /^(?:([A-Z]\w*)\.)?([a-z]\w*)(?:\(([\w:, ]+)\))?$/.exec(reference);
  if (!match) return undefined;
  const [, typeName, fieldName = '', argumentList] = match;
  const candidates = typeName ? [typeName] : ['Query', 'Mutation'];
  for (const name of candidates) {
    const type = schema.getType(name);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const argumentNames = (argumentList ?? '')
      .split(',')
      .map((argument) => argument.trim().replace(/:$/, ''))
      .filter((argument) => argument !== '');
    if (argumentNames.every((argument) => field.args.some((arg) => arg.name === argument)))
      return { type: name, field };
  }
  return undefined;
}

/** A global id of each Node type, so that `node`/`nodes` rules name the read of every one. */
const nodeIds = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node'))
  .map((type) => Buffer.from(`${type.name}:an-id`).toString('base64'));

/**
 * Inputs that make every branch of a rule name its operation: each Node type's id, callers with
 * every account and with some, filters, a cursor, a parent that frees no field, mutation inputs
 * with one item in each list.
 */
const ruleInputs: CostInput[] = nodeIds.flatMap((id) =>
  [[ALL_ACCOUNTS], ['an-account']].flatMap((accounts) =>
    ['Query.node', 'Query.nodes'].map((parentField) => {
      const list = ['an-item'];
      const input = {
        items: list,
        userIds: list,
        phoneNumberIds: list,
        e164PhoneNumbers: list,
        memberArns: list,
      };
      const args = { id, ids: [id], first: 20, after: 'a-cursor', name: 'n', userEmail: 'e', input };
      return { args, parent: { field: parentField, args }, root: { field: parentField, args }, accounts };
    }),
  ),
);

/** The operations a field's cost rule names for any of `ruleInputs`; undefined for a field with no rule. */
function ruleOperations(type: string, field: string): Set<string> | undefined {
  const rule = COST_RULES[type]?.[field];
  if (!rule) return undefined;
  const names = new Set<string>(rule.batch ? [rule.batch.list, rule.batch.get] : []);
  for (const input of ruleInputs)
    for (const call of typeof rule.calls === 'function' ? rule.calls(input) : (rule.calls ?? []))
      names.add(call.operation);
  return names;
}

describe("README's API coverage table", () => {
  it('is there, with rows', () => {
    expect(section, 'a "## API coverage" section').not.toBe('');
    expect(operationNames.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('names each operation of the catalog in exactly one row, and nothing else', () => {
    const actions = rows.map((row) => row.action);
    const missing = operationNames.filter((name) => !actions.includes(name));
    const unknown = actions.filter((action) => !operationNames.includes(action));
    const repeated = actions.filter((action, index) => actions.indexOf(action) !== index);
    expect.soft(missing, 'operations without a row').toEqual([]);
    expect.soft(unknown, 'rows naming no operation of the catalog').toEqual([]);
    expect.soft(repeated, 'operations in more than one row').toEqual([]);
  });

  it("groups the rows by family, one family for each operation module's operations", () => {
    const familiesOf = new Map<string, Set<string>>();
    for (const row of rows) {
      const file = moduleOf.get(row.action) ?? `(no module for ${row.action})`;
      familiesOf.set(file, (familiesOf.get(file) ?? new Set()).add(row.family));
    }
    const split = [...familiesOf]
      .filter(([, families]) => families.size > 1)
      .map(([file, families]) => `${file}: ${[...families].join(', ')}`);
    const runs = rows.map((row) => row.family).filter((family, index, all) => family !== all[index - 1]);
    const scattered = runs.filter((family, index) => runs.indexOf(family) !== index);
    expect.soft(split, 'modules whose operations are in more than one family').toEqual([]);
    expect.soft(scattered, 'families whose rows are not together').toEqual([]);
  });

  it('says what reaches each action, with fields the schema has', () => {
    const unreached = rows.filter((row) => row.references.length === 0).map((row) => row.action);
    const unknown = rows.flatMap((row) =>
      row.references
        .filter((reference) => !resolve(reference))
        .map((reference) => `${row.action}: ${reference}`),
    );
    expect.soft(unreached, 'rows naming no field or mutation').toEqual([]);
    expect
      .soft(unknown, 'names that are no field of the schema (`Type.field`, `Query.x`, `Mutation.y`)')
      .toEqual([]);
  });

  it('names for each action only fields whose cost rule calls it, where the field has a rule', () => {
    const wrong = rows.flatMap((row) =>
      row.references.flatMap((reference) => {
        const resolved = resolve(reference);
        const operations = resolved && ruleOperations(resolved.type, resolved.field.name);
        return operations && !operations.has(row.action)
          ? [`${row.action}: ${reference} calls ${[...operations].join(', ') || 'nothing'}`]
          : [];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
