import { badRequest } from './errors.ts';

/** Restrictions on a string parameter, as the API reference states them. */
export interface StringRule {
  pattern?: RegExp;
  min?: number;
  max?: number;
}

/** Restrictions on a numeric parameter. */
export interface RangeRule {
  min?: number;
  max?: number;
}

function checkString(value: unknown, name: string, rule: StringRule): string {
  if (typeof value !== 'string') throw badRequest(`${name} must be a string, got ${typeof value}`);
  if (rule.min !== undefined && value.length < rule.min)
    throw badRequest(`${name} must be at least ${rule.min} characters long, got ${value.length}`);
  if (rule.max !== undefined && value.length > rule.max)
    throw badRequest(`${name} must be at most ${rule.max} characters long, got ${value.length}`);
  if (rule.pattern && !rule.pattern.test(value))
    throw badRequest(`${name} must match the pattern ${rule.pattern.source}, got ${JSON.stringify(value)}`);
  return value;
}

/** A string parameter that must be present. */
export function requiredString(value: unknown, name: string, rule: StringRule = {}): string {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  return checkString(value, name, rule);
}

/** A string parameter that may be absent. */
export function optionalString(value: unknown, name: string, rule: StringRule = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  return checkString(value, name, rule);
}

/** An enum parameter that must be present and one of `values`. */
export function requiredEnum<T extends string>(value: unknown, name: string, values: readonly T[]): T {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  return optionalEnum(value, name, values) as T;
}

/** An enum parameter that may be absent; when present it must be one of `values`. */
export function optionalEnum<T extends string>(
  value: unknown,
  name: string,
  values: readonly T[],
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
    throw badRequest(`${name} must be one of ${values.join(' | ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** An integer parameter (body member or query string) that may be absent. */
export function optionalInt(value: unknown, name: string, rule: RangeRule = {}): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw badRequest(`${name} must be an integer, got ${JSON.stringify(value)}`);
  if (rule.min !== undefined && number < rule.min)
    throw badRequest(`${name} must be at least ${rule.min}, got ${number}`);
  if (rule.max !== undefined && number > rule.max)
    throw badRequest(`${name} must be at most ${rule.max}, got ${number}`);
  return number;
}

/** An integer parameter that must be present. */
export function requiredInt(value: unknown, name: string, rule: RangeRule = {}): number {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  return optionalInt(value, name, rule) as number;
}

/** A boolean body member that may be absent. */
export function optionalBoolean(value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${name} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

/** A boolean body member that must be present. */
export function requiredBoolean(value: unknown, name: string): boolean {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  return optionalBoolean(value, name) as boolean;
}

/** A list body member that must be present, with a bound on its length. */
export function requiredArray(value: unknown, name: string, rule: RangeRule = {}): unknown[] {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  if (!Array.isArray(value)) throw badRequest(`${name} must be a list, got ${typeof value}`);
  if (rule.min !== undefined && value.length < rule.min)
    throw badRequest(`${name} must have at least ${rule.min} members, got ${value.length}`);
  if (rule.max !== undefined && value.length > rule.max)
    throw badRequest(`${name} must have at most ${rule.max} members, got ${value.length}`);
  return value;
}

/** An object body member that may be absent. */
export function optionalObject(value: unknown, name: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw badRequest(`${name} must be an object, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  return value as Record<string, unknown>;
}

/** An object body member that must be present. */
export function requiredObject(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined || value === null) throw badRequest(`${name} is required`);
  return optionalObject(value, name) as Record<string, unknown>;
}
