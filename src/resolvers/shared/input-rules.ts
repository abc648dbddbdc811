import { brokenRule, type TextRule } from '../../chime/parameters.ts';
import { invalid, type MutationResult, runMutation, type UserErrorModel } from './user-errors.ts';

export type { TextRule };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** How messages name an input field: `['input', 'items', '2', 'userId']` → `items[2].userId`. */
export function fieldName(field: readonly string[]): string {
  return field
    .slice(field[0] === 'input' ? 1 : 0)
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/**
 * The user error for a string that breaks its rule (the first rule broken), or none.
 * Absent values are not checked: whether a member is required is the schema's business.
 */
export function checkText(
  value: string | null | undefined,
  field: string[],
  rule: TextRule,
): UserErrorModel[] {
  if (value == null) return [];
  const problem = brokenRule(rule, value);
  return problem ? [invalid(field, `${fieldName(field)} ${problem}`)] : [];
}

/** The user error for a list longer than the reference allows, or none. */
export function checkListSize(values: readonly unknown[], field: string[], max: number): UserErrorModel[] {
  return values.length > max
    ? [invalid(field, `${fieldName(field)} must have at most ${plural(max, 'item')}, got ${values.length}`)]
    : [];
}

/** The user error for a list shorter or longer than the reference allows (`Array Members`), or none. */
export function checkItemCount(
  values: readonly unknown[] | null | undefined,
  field: string[],
  rule: { min?: number; max?: number },
): UserErrorModel[] {
  if (values == null) return [];
  const { min, max } = rule;
  const name = fieldName(field);
  if (min !== undefined && max !== undefined && min === max && values.length !== min)
    return [invalid(field, `${name} must have exactly ${plural(min, 'item')}, got ${values.length}`)];
  if (min !== undefined && values.length < min)
    return [invalid(field, `${name} must have at least ${plural(min, 'item')}, got ${values.length}`)];
  return max === undefined ? [] : checkListSize(values, field, max);
}

/** The user error for a number outside the reference's `Valid Range`, or none (absent values are not checked). */
export function checkRange(
  value: number | null | undefined,
  field: string[],
  rule: { min?: number; max?: number },
): UserErrorModel[] {
  if (value == null) return [];
  const { min, max } = rule;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range =
      max === undefined ? `at least ${min}` : min === undefined ? `at most ${max}` : `from ${min} to ${max}`;
    return [invalid(field, `${fieldName(field)} must be ${range}, got ${value}`)];
  }
  return [];
}

/** Every member of a list checked against one rule; each problem names the member's index. */
export function checkEach(values: readonly string[], field: string[], rule: TextRule): UserErrorModel[] {
  return values.flatMap((value, index) => checkText(value, [...field, String(index)], rule));
}

/**
 * A mutation's two steps: when the input breaks a rule, the payload with those user errors
 * and not a single upstream call; otherwise the upstream work, as `runMutation` runs it.
 */
export function validateThenRun<T extends object>(
  userErrors: UserErrorModel[],
  empty: NoInfer<{ [K in keyof T]: null }>,
  work: () => Promise<T>,
  field: string[] | null = null,
): Promise<MutationResult<T>> {
  if (userErrors.length > 0) return Promise.resolve({ ...empty, userErrors } as MutationResult<T>);
  return runMutation<T>(work, empty, field);
}
