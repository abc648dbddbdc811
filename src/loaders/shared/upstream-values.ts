/**
 * How upstream values become model values, once, when a loader maps a shape: enum members
 * keep only values this gateway knows, and timestamps become ISO 8601 strings.
 */

/** `value` when it is one of `known`, otherwise null (absent, or added upstream after this gateway). */
export function knownValue<T extends string>(
  known: readonly T[],
  value: string | null | undefined,
): T | null {
  return value != null && (known as readonly string[]).includes(value) ? (value as T) : null;
}

/** Every known value of `value` that is a list, unknown ones left out. */
export function knownValues<T extends string>(
  known: readonly T[],
  values: readonly string[] | undefined,
): T[] {
  return (values ?? []).flatMap((value) => knownValue(known, value) ?? []);
}

/** An ISO 8601 string from the messaging and identity groups' epoch seconds, or null. */
export function epochTimestamp(seconds: number | null | undefined): string | null {
  return seconds == null ? null : new Date(seconds * 1000).toISOString();
}
